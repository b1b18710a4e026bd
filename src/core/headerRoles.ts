import type { CustomerField } from './customerFields';
import type { Language } from './i18n/languages';

/** Field -> 0-based column index. */
export type ColumnRoles = Partial<Record<CustomerField, number>>;

export interface RecognisedColumns {
  roles: ColumnRoles;
  /** Indexes of the columns with no role: the user's own columns, kept as they are. */
  extras: number[];
}

/**
 * The header a new Customers sheet gets in each interface language; also the field labels the sidebar shows.
 * Each one is recognised by `recogniseColumns`, so a sheet made in one language works in every other.
 */
export const DEFAULT_HEADERS: Record<Language, Record<CustomerField, string>> = {
  en: {
    id: 'Customer ID',
    name: 'Name',
    firstName: 'First name',
    lastName: 'Last name',
    email: 'Email',
    phone: 'Phone',
    company: 'Company',
    address: 'Address',
    city: 'City',
    postcode: 'Postcode',
    country: 'Country',
    birthDate: 'Date of birth',
    source: 'Source',
    consent: 'Marketing consent',
    created: 'Created',
    updated: 'Updated',
    lastPurchase: 'Last purchase',
    totalSpent: 'Total spent',
    nps: 'NPS',
    notes: 'Notes',
    otherContacts: 'Other contacts',
  },
  ru: {
    id: 'ID клиента',
    name: 'ФИО',
    firstName: 'Имя',
    lastName: 'Фамилия',
    email: 'Эл. почта',
    phone: 'Телефон',
    company: 'Компания',
    address: 'Адрес',
    city: 'Город',
    postcode: 'Индекс',
    country: 'Страна',
    birthDate: 'Дата рождения',
    source: 'Источник',
    consent: 'Согласие на рассылку',
    created: 'Добавлен',
    updated: 'Изменён',
    lastPurchase: 'Последняя покупка',
    totalSpent: 'Сумма покупок',
    nps: 'NPS',
    notes: 'Примечания',
    otherContacts: 'Другие контакты',
  },
  kk: {
    id: 'Клиент ID',
    name: 'Аты-жөні',
    firstName: 'Аты',
    lastName: 'Тегі',
    email: 'Эл. пошта',
    phone: 'Телефон',
    company: 'Компания',
    address: 'Мекенжай',
    city: 'Қала',
    postcode: 'Пошта индексі',
    country: 'Ел',
    birthDate: 'Туған күні',
    source: 'Дереккөз',
    consent: 'Хабарламаға келісім',
    created: 'Қосылған күні',
    updated: 'Өзгертілген күні',
    lastPurchase: 'Соңғы сатып алу',
    totalSpent: 'Сатып алу сомасы',
    nps: 'NPS',
    notes: 'Ескертпелер',
    otherContacts: 'Басқа байланыстар',
  },
  mn: {
    id: 'Харилцагчийн ID',
    name: 'Овог нэр',
    firstName: 'Нэр',
    lastName: 'Овог',
    email: 'И-мэйл',
    phone: 'Утас',
    company: 'Байгууллага',
    address: 'Хаяг',
    city: 'Хот',
    postcode: 'Шуудангийн код',
    country: 'Улс',
    birthDate: 'Төрсөн огноо',
    source: 'Эх сурвалж',
    consent: 'Мэдээлэл авах зөвшөөрөл',
    created: 'Бүртгэсэн огноо',
    updated: 'Шинэчилсэн огноо',
    lastPurchase: 'Сүүлийн худалдан авалт',
    totalSpent: 'Нийт худалдан авалт',
    nps: 'NPS',
    notes: 'Тэмдэглэл',
    otherContacts: 'Бусад холбоо барих',
  },
  fa: {
    id: 'کد مشتری',
    name: 'نام و نام خانوادگی',
    firstName: 'نام',
    lastName: 'نام خانوادگی',
    email: 'ایمیل',
    phone: 'تلفن',
    company: 'شرکت',
    address: 'آدرس',
    city: 'شهر',
    postcode: 'کد پستی',
    country: 'کشور',
    birthDate: 'تاریخ تولد',
    source: 'منبع آشنایی',
    consent: 'رضایت دریافت پیام',
    created: 'تاریخ ثبت',
    updated: 'تاریخ ویرایش',
    lastPurchase: 'آخرین خرید',
    totalSpent: 'مجموع خرید',
    nps: 'NPS',
    notes: 'یادداشت',
    otherContacts: 'سایر راه‌های ارتباطی',
  },
  zh: {
    id: '客户编号',
    name: '姓名',
    firstName: '名',
    lastName: '姓',
    email: '邮箱',
    phone: '电话',
    company: '公司',
    address: '地址',
    city: '城市',
    postcode: '邮编',
    country: '国家',
    birthDate: '出生日期',
    source: '来源',
    consent: '营销同意',
    created: '创建时间',
    updated: '更新时间',
    lastPurchase: '最近购买',
    totalSpent: '消费总额',
    nps: 'NPS',
    notes: '备注',
    otherContacts: '其他联系方式',
  },
};

/**
 * "Name", "Имя", "Нэр", "نام", "名字": the first name when the sheet also has a surname
 * column (or another column for the whole name), else the whole name.
 */
const GIVEN_OR_FULL = 'givenOrFull';
/** `null`: a header known to be about someone or something else ("Отчество", "Manager email"): no role, not even by containment. */
type Role = CustomerField | typeof GIVEN_OR_FULL | null;

/**
 * The date an NPS answer was given, when a customer sheet keeps one beside its score column ("Survey
 * date"): not a customer field, but the date `nps --by month` groups the sheet's answers by. Listed
 * as no role below, so that "Дата оценки" or "NPS date" is never read as the score column itself.
 */
const NPS_DATE_HEADERS: readonly string[] = [
  'survey date', 'date of survey', 'nps date', 'score date', 'rating date', 'response date', 'date answered',
  'дата опроса', 'дата оценки', 'дата анкетирования', 'дата ответа', 'дата nps',
  'сауалнама күні', 'бағалау күні', 'жауап күні',
  'судалгааны огноо', 'үнэлгээний огноо', 'хариултын огноо',
  'تاریخ نظرسنجی', 'تاریخ امتیاز', 'تاریخ پاسخ',
  '调查日期', '评分日期', '回答日期', '調查日期', '評分日期',
];

/** Whole headers, compared after `normaliseHeader` with spaces removed ("E-mail" = "Email" = "E mail"). */
const EXACT_HEADERS: readonly [Role, readonly string[]][] = [
  [null, NPS_DATE_HEADERS],
  [null, ['patronymic', 'middle name', 'отчество', 'әкесінің аты', 'эцгийн нэр', 'эцэг эхийн нэр', 'نام پدر', 'manager', 'менеджер', 'ответственный', 'сотрудник']],
  ['id', ['id', 'customer id', 'client id', 'customer no', 'customer number', 'customer №', 'client number', 'customer code', 'uid', 'uuid',
    'id клиента', 'клиент id', 'код клиента', 'номер клиента', '№ клиента', 'клиент №', 'код', 'клиент коды', 'клиенттің коды',
    'харилцагчийн id', 'харилцагчийн код', 'харилцагчийн дугаар', 'کد مشتری', 'شناسه', 'شناسه مشتری', 'شماره مشتری', 'کد',
    '客户编号', '客户id', '客户代码', '客户号', '编号', '客戶編號', '編號']],
  ['name', ['full name', 'customer name', 'client name', 'contact name', 'contact person', 'фио', 'фамилия имя', 'фамилия имя отчество',
    'фамилия и имя', 'имя и фамилия', 'имя фамилия', 'полное имя', 'контактное лицо', 'аты жөні', 'толық аты', 'тегі аты',
    'овог нэр', 'бүтэн нэр', 'نام و نام خانوادگی', 'نام کامل', 'اسم کامل', '姓名', '全名', '客户姓名', '客户名称', '联系人', '聯絡人']],
  [GIVEN_OR_FULL, ['name', 'your name', 'customer', 'client', 'имя', 'ваше имя', 'клиент', 'покупатель', 'аты', 'атыңыз', 'сіздің атыңыз',
    'нэр', 'таны нэр', 'харилцагч', 'نام', 'اسم', 'نام شما', 'مشتری', '名字', '客户', '顾客', '客戶']],
  ['firstName', ['first name', 'given name', 'forename', 'личное имя', 'өөрийн нэр', 'نام کوچک', '名']],
  ['lastName', ['last name', 'surname', 'family name', 'фамилия', 'тегі', 'фамилиясы', 'овог', 'ургийн овог', 'نام خانوادگی', 'فامیلی', 'فامیل', '姓', '姓氏']],
  ['email', ['email', 'email address', 'mail', 'эл почта', 'электронная почта', 'адрес электронной почты', 'почта', 'емейл', 'имейл', 'мейл',
    'эл пошта', 'электрондық пошта', 'пошта', 'имэйл', 'цахим шуудан', 'цахим хаяг', 'мэйл хаяг', 'ایمیل', 'پست الکترونیک',
    'پست الکترونیکی', 'رایانامه', 'آدرس ایمیل', '邮箱', '电子邮件', '电子邮箱', '邮件', '邮箱地址', '电邮', '郵箱', '電子郵件', '電郵']],
  ['phone', ['phone', 'telephone', 'tel', 'phone number', 'contact number', 'mobile', 'mobile phone', 'cell', 'cell phone', 'whatsapp',
    'телефон', 'тел', 'моб', 'моб телефон', 'мобильный', 'мобильный телефон', 'номер телефона', 'сотовый', 'контактный телефон',
    'ұялы телефон', 'телефон нөмірі', 'байланыс телефоны', 'утас', 'утасны дугаар', 'гар утас', 'تلفن', 'شماره تماس', 'شماره تلفن',
    'تلفن همراه', 'موبایل', 'شماره موبایل', 'شماره همراه', 'همراه', '手机', '电话', '手机号', '手机号码', '联系电话', '电话号码', '手機', '電話']],
  ['company', ['company', 'company name', 'organisation', 'organization', 'business', 'business name', 'employer', 'компания', 'организация',
    'название компании', 'фирма', 'место работы', 'компания атауы', 'ұйым', 'мекеме', 'байгууллага', 'компани', 'байгууллагын нэр',
    'شرکت', 'نام شرکت', 'سازمان', '公司', '公司名称', '单位', '企业', '工作单位']],
  ['address', ['address', 'street address', 'street', 'mailing address', 'адрес', 'почтовый адрес', 'адрес доставки', 'мекенжай',
    'хаяг', 'гэрийн хаяг', 'آدرس', 'نشانی', '地址', '住址', '收货地址']],
  ['city', ['city', 'town', 'город', 'населенный пункт', 'қала', 'хот', 'хот аймаг', 'شهر', '城市', '市']],
  ['postcode', ['postcode', 'postal code', 'zip', 'zip code', 'индекс', 'почтовый индекс', 'пошта индексі', 'шуудангийн код',
    'шуудангийн индекс', 'کد پستی', '邮编', '邮政编码', '郵遞區號', '郵編']],
  ['country', ['country', 'страна', 'ел', 'мемлекет', 'улс', 'کشور', '国家', '國家', '国家 地区']],
  ['birthDate', ['birth date', 'date of birth', 'birthday', 'dob', 'дата рождения', 'день рождения', 'др', 'туған күні', 'туған күн',
    'төрсөн огноо', 'төрсөн өдөр', 'تاریخ تولد', 'تولد', '生日', '出生日期', '出生年月']],
  ['source', ['source', 'lead source', 'how did you hear about us', 'referral', 'channel', 'источник', 'откуда узнали', 'как вы о нас узнали',
    'откуда вы узнали о нас', 'канал привлечения', 'дереккөз', 'қайдан білдіңіз', 'эх сурвалж', 'хаанаас мэдсэн', 'منبع', 'منبع آشنایی',
    'نحوه آشنایی', 'از کجا با ما آشنا شدید', 'معرف', '来源', '客户来源', '渠道', '來源']],
  ['consent', ['consent', 'marketing consent', 'opt in', 'newsletter', 'subscribed', 'согласие', 'согласие на рассылку', 'рассылка', 'подписка',
    'келісім', 'хабарламаға келісім', 'зөвшөөрөл', 'мэдээлэл авах зөвшөөрөл', 'رضایت', 'رضایت دریافت پیام', '同意', '营销同意', '订阅']],
  ['created', ['created', 'created at', 'created on', 'date created', 'date added', 'added', 'timestamp', 'customer since', 'registered',
    'создан', 'создано', 'дата создания', 'добавлен', 'добавлено', 'дата добавления', 'дата регистрации', 'отметка времени', 'метка времени',
    'қосылған күні', 'тіркелген күні', 'бүртгэсэн огноо', 'нэмсэн огноо', 'تاریخ ثبت', 'تاریخ ایجاد', 'مهر زمانی', 'برچسب زمانی',
    '创建时间', '创建日期', '添加时间', '注册时间', '时间戳', '时间戳记', '建立時間', '創建時間']],
  ['updated', ['updated', 'updated at', 'last updated', 'modified', 'last modified', 'date modified', 'изменен', 'изменено', 'дата изменения',
    'обновлен', 'обновлено', 'өзгертілген', 'өзгертілген күні', 'жаңартылған', 'шинэчилсэн огноо', 'өөрчилсөн огноо', 'تاریخ ویرایش',
    'آخرین ویرایش', 'تاریخ به روزرسانی', 'به روزرسانی', 'بروزرسانی', '更新时间', '修改时间', '更新日期', '更新時間']],
  ['lastPurchase', ['last purchase', 'last purchase date', 'last order', 'last order date', 'дата последней покупки', 'последняя покупка',
    'последний заказ', 'дата последнего заказа', 'соңғы сатып алу', 'сүүлийн худалдан авалт', 'آخرین خرید', 'تاریخ آخرین خرید',
    '最近购买', '最后购买时间', '最近购买时间', '上次购买', '最後購買']],
  ['totalSpent', ['total spent', 'total spend', 'spent', 'lifetime value', 'ltv', 'total purchases', 'сумма покупок', 'сумма заказов',
    'общая сумма', 'потрачено', 'всего потрачено', 'сатып алу сомасы', 'жалпы сома', 'нийт худалдан авалт', 'нийт дүн', 'مجموع خرید',
    'جمع خرید', 'مبلغ کل خرید', '消费总额', '累计消费', '消费金额', '總消費']],
  ['nps', ['nps', 'nps score', 'net promoter score', 'оценка', 'рейтинг', 'бағалау', 'үнэлгээ', 'امتیاز', 'امتیاز nps', '评分', 'nps评分', '净推荐值']],
  ['notes', ['notes', 'note', 'comments', 'comment', 'remarks', 'memo', 'примечания', 'примечание', 'прим', 'заметки', 'комментарий', 'комментарии',
    'ескертпе', 'ескертпелер', 'түсініктеме', 'тэмдэглэл', 'тайлбар', 'یادداشت', 'یادداشت ها', 'توضیحات', 'ملاحظات', '备注', '備註', '说明', '附注']],
  ['otherContacts', ['other contacts', 'other contact', 'additional contacts', 'social media', 'другие контакты', 'доп контакты',
    'дополнительные контакты', 'соцсети', 'басқа байланыстар', 'бусад холбоо барих', 'бусад холбоо', 'سایر راه های ارتباطی',
    'راه های ارتباطی دیگر', 'سایر تماس ها', '其他联系方式', '其他聯絡方式', '社交账号']],
];

/**
 * Keywords for headers that are not listed whole ("Телефон (мобильный)", "Ваш e-mail для скидок"),
 * tried in this order: the first rule with a matching keyword decides. The order settles overlaps:
 * "Комментарий менеджера" is a note but "Телефон менеджера" no customer's phone; "Email consent" is consent,
 * "Company phone" a phone, "Адрес эл. почты" an email, "Company name" a company.
 * A keyword is whole words; `*` ends a word that may continue ("почт*" matches "почты"); keywords in
 * Chinese characters match anywhere in the header, because Chinese does not separate words.
 */
const CONTAINED_KEYWORDS: readonly [Role, readonly string[]][] = [
  ['notes', ['note*', 'comment*', 'remark*', 'memo*', 'примечан*', 'замет*', 'коммент*', 'ескерт*', 'түсініктеме*', 'тэмдэглэл*', 'тайлбар*',
    'یادداشت*', 'توضیح*', 'ملاحظات', '备注', '備註', '附注', '注释', '评论', '評論']],
  [null, ['manager*', 'менеджер*', 'ответствен*', 'сотрудник*', 'employee*']],
  ['name', ['full name*', 'фио', 'фамилия имя*', 'фамилия и имя*', 'имя и фамилия*', 'имя фамилия*', 'аты жөні*', 'атыжөні*', 'толық аты*',
    'овог нэр*', 'бүтэн нэр*', 'نام و نام خانوادگی', 'نام کامل', '姓名', '全名', 'contact person', 'контактное лицо']],
  [null, ['patronymic*', 'middle name*', 'отчеств*', 'әкесінің*', 'эцгийн*', 'эцэг*', 'نام پدر']],
  ['otherContacts', ['other contact*', 'additional contact*', 'другие контакт*', 'доп контакт*', 'дополнительн* контакт*', 'басқа байланыс*',
    'бусад холбоо*', 'سایر راه*', 'سایر تماس*', 'ارتباطی دیگر', 'telegram*', 'instagram*', 'wechat*', 'skype*', 'соцсет*', 'телеграм*',
    'инстаграм*', 'تلگرام*', 'اینستاگرام*', '其他联系', '其他聯絡', '微信']],
  ['birthDate', ['birth*', 'dob', 'born', 'рожд*', 'туған*', 'төрсөн*', 'تولد*', '生日', '出生']],
  ['lastPurchase', ['last purchase*', 'last order*', 'последн* покуп*', 'последн* заказ*', 'дата покупки', 'соңғы сатып*', 'сүүлийн худалдан*',
    'сүүлд худалдан*', 'آخرین خرید*', 'تاریخ خرید', '最后购买', '最近购买', '上次购买', '最近消费', '最后消费', '最後購買']],
  ['totalSpent', ['total spen*', 'spent', 'lifetime value*', 'ltv', 'revenue', 'сумм* покуп*', 'сумм* заказ*', 'потрач*', 'общая сумма*',
    'сатып алу сома*', 'жалпы сома*', 'нийт худалдан*', 'нийт зарцуул*', 'нийт дүн', 'مجموع خرید*', 'جمع خرید*', 'کل خرید*', 'مبلغ کل*',
    '消费总额', '累计消费', '总消费', '消费金额', '總消費', '累計消費']],
  ['created', ['created*', 'date added', 'added on', 'registered*', 'registration date', 'signup*', 'sign up*', 'timestamp', 'customer since',
    'создан*', 'добавлен*', 'регистрац*', 'зарегистр*', 'отметка времени', 'метка времени', 'қосылған*', 'тіркелген*', 'бүртгэсэн*',
    'бүртгүүлсэн*', 'нэмсэн*', 'үүсгэсэн*', 'تاریخ ثبت*', 'ثبت نام*', 'ایجاد*', 'عضویت*', '创建', '添加时间', '注册', '时间戳', '建立時間', '創建']],
  ['updated', ['updated*', 'modified*', 'last change*', 'last edit*', 'изменен*', 'обновлен*', 'отредактир*', 'өзгертілген*', 'жаңартылған*',
    'шинэчилсэн*', 'өөрчилсөн*', 'засварласан*', 'ویرایش*', 'به روز*', 'بروز*', 'بهروز*', 'تغییر*', '更新', '修改']],
  ['consent', ['consent*', 'opt in*', 'optin*', 'newsletter*', 'subscri*', 'gdpr', 'соглас*', 'рассылк*', 'подписк*', 'келісім*', 'зөвшөөр*',
    'رضایت*', 'موافق*', '同意', '订阅', '訂閱']],
  ['nps', ['nps*', 'net promoter*', 'recommend*', 'оценк*', 'рекоменд*', 'порекоменд*', 'бағалау*', 'үнэлгээ*', 'امتیاز*', 'توصیه*', 'نمره*',
    '评分', '推荐', '評分', '推薦']],
  ['source', ['source*', 'hear', 'heard', 'referr*', 'how did you find*', 'источник*', 'откуда*', 'узнал*', 'канал*', 'дереккөз*', 'қайдан*',
    'эх сурвалж*', 'хаанаас*', 'منبع*', 'از کجا', 'آشنا*', 'معرف*', '来源', '來源', '渠道', '从哪里', '從哪裡']],
  ['postcode', ['postcode*', 'post code*', 'postal code*', 'zip*', 'индекс*', 'шуудангийн код*', 'шуудангийн индекс*', 'کد پستی', '邮编',
    '邮政编码', '郵遞區號', '郵編', '郵政編碼']],
  ['email', ['email*', 'e mail*', 'mail', 'эл почт*', 'электрон* почт*', 'почта', 'почты', 'почту', 'емейл*', 'имейл*', 'мейл*', 'эл пошта*',
    'электрон* пошта*', 'пошта', 'поштасы', 'имэйл*', 'мэйл*', 'цахим шуудан*', 'цахим хаяг*', 'ایمیل*', 'پست الکترونیک*', 'رایانامه*',
    '邮箱', '邮件', '电邮', '郵箱', '郵件', '電郵']],
  ['phone', ['phone*', 'telephone*', 'tel', 'mobile*', 'cell', 'cellphone*', 'contact number*', 'whatsapp*', 'телефон*', 'тел', 'моб',
    'мобильн*', 'сотов*', 'ватсап*', 'вотсап*', 'ұялы*', 'утас*', 'تلفن*', 'موبایل*', 'شماره تماس*', 'شماره همراه*', 'همراه', 'واتساپ*',
    '手机', '电话', '手機', '電話']],
  ['address', ['address*', 'street*', 'адрес*', 'мекенжай*', 'мекен жай*', 'хаяг*', 'آدرس*', 'نشانی*', '地址', '住址']],
  ['company', ['company*', 'organisation*', 'organization*', 'business*', 'employer*', 'компани*', 'организаци*', 'фирм*', 'предприяти*',
    'место работы', 'ұйым*', 'мекеме*', 'байгууллага*', 'شرکت*', 'سازمان*', '公司', '单位', '企业', '單位', '企業']],
  ['city', ['city', 'cities', 'town', 'город*', 'населен* пункт*', 'қала*', 'хот', 'хотын', 'شهر*', '城市']],
  ['country', ['country*', 'countries', 'стран*', 'ел', 'елі', 'мемлекет*', 'улс*', 'کشور*', '国家', '國家']],
  ['lastName', ['last name*', 'surname*', 'family name*', 'фамили*', 'тегі', 'овог', 'نام خانوادگی*', 'فامیل*', '姓氏']],
  ['firstName', ['first name*', 'given name*', 'forename*', 'өөрийн нэр*', 'نام کوچک*']],
  [GIVEN_OR_FULL, ['name', 'names', 'имя', 'имени', 'аты', 'атыңыз', 'нэр', 'نام', 'اسم', '名字']],
  ['id', ['customer id', 'client id', 'id клиент*', 'клиент* id', 'код клиент*', 'номер клиент*', '№ клиент*', 'клиент коды*',
    'харилцагчийн id', 'харилцагчийн код*', 'کد مشتری*', 'شناسه*', 'شماره مشتری*', '客户编号', '客户id', '客户代码', '编号', '客戶編號', '編號']],
];

/** Arabic letter forms and hamza carriers folded to the letters Persian keyboards type. */
const PERSIAN_LETTERS: Record<string, string> = {
  'ي': 'ی', 'ى': 'ی', 'ئ': 'ی', 'ك': 'ک', 'ة': 'ه', 'ۀ': 'ه', 'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ؤ': 'و', 'ـ': '',
};

/** Latin and Cyrillic letters that look alike: a Cyrillic word typed partly on a Latin layout ("Tелефон") still matches. */
const LATIN_TO_CYRILLIC: Record<string, string> = {
  a: 'а', b: 'в', c: 'с', e: 'е', h: 'н', i: 'і', k: 'к', m: 'м', o: 'о', p: 'р', t: 'т', x: 'х', y: 'у',
};
const CYRILLIC_TO_LATIN: Record<string, string> = Object.fromEntries(
  Object.entries(LATIN_TO_CYRILLIC).map(([latin, cyrillic]) => [cyrillic, latin]),
);

/** "1.", "2)", "(3)", "4 -", "一、" before the header text. */
const LEADING_NUMBERING = /^[([]?(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.)\]:、-]\s*/u;

/** A word in a mixed-script word is written in the script most of its letters are in. */
function unifyScript(word: string): string {
  const latin = word.match(/[a-z]/g)?.length ?? 0;
  const cyrillic = word.match(/\p{Script=Cyrillic}/gu)?.length ?? 0;
  if (latin === 0 || cyrillic === 0) return word;
  const lookalikes = cyrillic >= latin ? LATIN_TO_CYRILLIC : CYRILLIC_TO_LATIN;
  return Array.from(word, (char) => lookalikes[char] ?? char).join('');
}

/**
 * A header reduced to lower-case words separated by single spaces, so that spelling variants compare equal:
 * full-width and presentation forms unified (NFKC), Arabic letter forms folded to Persian, ZWNJ as a space,
 * "ё" as "е", Persian/Arabic digits as ASCII, leading numbering and punctuation dropped, hyphenated words
 * joined ("E-mail" -> "email", "Аты-жөні" -> "атыжөні"). "№" and "#" are kept as "№" ("№ клиента").
 */
export function normaliseHeader(text: string): string {
  const unified = text
    .split('№') // NFKC would spell "№" as "No".
    .map((part) => part.normalize('NFKC'))
    .join('№')
    .toLowerCase()
    .replace(/#/g, '№')
    .replace(/ё/g, 'е')
    .replace(/[يىئكةۀأإآٱؤـ]/g, (char) => PERSIAN_LETTERS[char] ?? char)
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .replace(/[۰-۹]/g, (digit) => String(digit.charCodeAt(0) - 0x06f0))
    .replace(/\u200c/g, ' ')
    .replace(/[\p{Cf}\p{Mn}]/gu, '')
    .trim()
    .replace(LEADING_NUMBERING, '')
    .replace(/(\p{L})[-‐‑'’ʼ](?=\p{L})/gu, '$1');
  const words = unified
    .replace(/[^\p{L}\p{M}\p{N}№]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '')
    .map(unifyScript);
  while (words.length > 1 && /^\d+$/.test(words[0] ?? '')) words.shift();
  return words.join(' ');
}

function compact(normalised: string): string {
  return normalised.replace(/ /g, '');
}

interface KeywordWord {
  text: string;
  prefix: boolean;
}
type Keyword = { chinese: string } | { words: KeywordWord[] };

function parseKeyword(keyword: string): Keyword {
  if (/\p{Script=Han}/u.test(keyword)) return { chinese: compact(normaliseHeader(keyword)) };
  return {
    words: keyword.split(' ').map((word) => ({ text: normaliseHeader(word.replace(/\*$/, '')), prefix: word.endsWith('*') })),
  };
}

function keywordMatches(keyword: Keyword, words: readonly string[], compacted: string): boolean {
  if ('chinese' in keyword) return compacted.includes(keyword.chinese);
  const needed = keyword.words;
  for (let start = 0; start + needed.length <= words.length; start++) {
    const fits = needed.every((want, offset) => {
      const word = words[start + offset] ?? '';
      return want.prefix ? word.startsWith(want.text) : word === want.text;
    });
    if (fits) return true;
  }
  return false;
}

/** Built once per script run: pure data, no service is touched. The first listing of a header wins. */
const EXACT_ROLES = new Map<string, Role>();
for (const [role, headers] of EXACT_HEADERS) {
  for (const header of headers) {
    const key = compact(normaliseHeader(header));
    if (!EXACT_ROLES.has(key)) EXACT_ROLES.set(key, role);
  }
}
const CONTAINMENT_RULES = CONTAINED_KEYWORDS.map(([role, keywords]) => ({ role, keywords: keywords.map(parseKeyword) }));

interface HeaderMatch {
  role: Exclude<Role, null>;
  exact: boolean;
}

function matchHeader(header: unknown): HeaderMatch | null {
  if (typeof header !== 'string') return null;
  const normalised = normaliseHeader(header);
  if (normalised === '') return null;
  const compacted = compact(normalised);
  const exactRole = EXACT_ROLES.get(compacted);
  if (exactRole !== undefined) return exactRole === null ? null : { role: exactRole, exact: true };
  const words = normalised.split(' ');
  const rule = CONTAINMENT_RULES.find(({ keywords }) => keywords.some((keyword) => keywordMatches(keyword, words, compacted)));
  return rule?.role ? { role: rule.role, exact: false } : null;
}

const NPS_DATE_KEYS = new Set(NPS_DATE_HEADERS.map((header) => compact(normaliseHeader(header))));

/** The column holding the date of each NPS answer ("Survey date", "Дата опроса", "调查日期"…), if any. */
export function npsDateColumn(headers: readonly unknown[]): number | undefined {
  const index = headers.findIndex((header) => typeof header === 'string' && NPS_DATE_KEYS.has(compact(normaliseHeader(header))));
  return index < 0 ? undefined : index;
}

/** The role of one header judged alone: "Имя" with no surname column beside it is the whole name. */
export function roleOfHeader(header: string): CustomerField | null {
  const match = matchHeader(header);
  if (!match) return null;
  return match.role === GIVEN_OR_FULL ? 'name' : match.role;
}

/**
 * Which column holds which field. Each column gets at most one role and each role at most one column:
 * exact headers are placed first, then headers recognised by a keyword, each pass left to right.
 */
export function recogniseColumns(headers: readonly unknown[]): RecognisedColumns {
  const matches = headers.map(matchHeader);
  const present = (role: Role) => matches.some((match) => match?.role === role);
  const givenOrFull: CustomerField =
    !present('firstName') && (present('lastName') || present('name')) ? 'firstName' : 'name';

  const roles: ColumnRoles = {};
  for (const exactPass of [true, false]) {
    matches.forEach((match, index) => {
      if (!match || match.exact !== exactPass) return;
      const field = match.role === GIVEN_OR_FULL ? givenOrFull : match.role;
      if (roles[field] === undefined) roles[field] = index;
    });
  }
  const placed = new Set(Object.values(roles));
  const extras = headers.map((_, index) => index).filter((index) => !placed.has(index));
  return { roles, extras };
}
