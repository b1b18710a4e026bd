import fc from 'fast-check';
import { CUSTOMER_FIELDS, NEW_SHEET_FIELDS, type CustomerField } from '../../src/core/customerFields';
import { DEFAULT_HEADERS, normaliseHeader, npsDateColumn, recogniseColumns, roleOfHeader, type ColumnRoles } from '../../src/core/headerRoles';
import { LANGUAGES } from '../../src/core/i18n/languages';

describe('normaliseHeader', () => {
  test.each([
    ['  Эл. почта: ', 'эл почта'],
    ['E-mail', 'email'],
    ['ＥＭＡＩＬ　Address', 'email address'],
    ['ايميل', 'ایمیل'], // Arabic yeh
    ['كد مشتري', 'کد مشتری'], // Arabic kaf and yeh
    ['نام‌خانوادگی', 'نام خانوادگی'], // ZWNJ
    ['شـــهر', 'شهر'], // tatweel
    ['\u200fتلفن\u200e', 'تلفن'], // bidi marks
    ['۱- تلفن', 'تلفن'],
    ['1. Имя', 'имя'],
    ['(2) Phone', 'phone'],
    ['3) Город', 'город'],
    ['12 Email', 'email'],
    ['一、姓名', '姓名'],
    ['№ клиента', '№ клиента'],
    ['Customer #', 'customer №'],
    ['Изменён', 'изменен'],
    ['Tелефон', 'телефон'], // Latin T in a Cyrillic word
    ['Еmail', 'email'], // Cyrillic Е in a Latin word
    ['Аты-жөні', 'атыжөні'],
    ['Телефон (моб.)', 'телефон моб'],
    ["Customer's name", 'customers name'],
    ['📞 Телефон *', 'телефон'],
    ['2024', '2024'],
    ['  ---  ', ''],
    ['', ''],
  ])('%j -> %j', (header, expected) => {
    expect(normaliseHeader(header)).toBe(expected);
  });

  test('normalising twice is normalising once', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 20 }), (text) => {
      const once = normaliseHeader(text);
      return normaliseHeader(once) === once;
    }));
  });
});

const HEADER_ROLES: Record<CustomerField, readonly string[]> = {
  id: ['Customer ID', 'ID', 'id', 'Client ID', 'Customer #', '№ клиента', 'Код клиента', 'ID клиента', 'Номер клиента', 'Клиент ID',
    'Харилцагчийн ID', 'کد مشتری', 'شناسه مشتری', '客户编号', '客戶編號', '客户ID'],
  name: ['Full name', 'Name', 'Customer name', 'ФИО', 'Ф.И.О.', 'Фамилия, имя', 'Имя и фамилия', 'Имя', 'Ваше имя', 'Клиент', 'Аты-жөні',
    'Аты жөні', 'Аты', 'Нэр', 'Овог нэр', 'Овог, нэр', 'Харилцагчийн нэр', 'نام و نام خانوادگی', 'نام', 'نام مشتری', '姓名', '客户姓名', '联系人'],
  firstName: ['First name', 'First Name', 'Given name', 'Өөрийн нэр', 'نام کوچک', '名'],
  lastName: ['Last name', 'Surname', 'Фамилия', 'Фамилия клиента', 'Тегі', 'Овог', 'نام خانوادگی', 'نام‌خانوادگی', 'فامیلی', '姓', '姓氏'],
  email: ['Email', 'E-mail', 'e-mail address', 'E mail', 'Email Address', 'Эл. почта', 'Эл.почта', 'Электронная почта', 'Адрес эл. почты',
    'E-mail клиента', 'Почта', 'Электрондық пошта', 'Эл. пошта', 'И-мэйл', 'Имэйл хаяг', 'Цахим шуудан', 'ایمیل', 'ايميل', 'پست الکترونیک',
    'پست‌الکترونیکی', 'آدرس ایمیل', '邮箱', '电子邮件', '邮箱地址', '電子郵件', 'Ｅ－ｍａｉｌ'],
  phone: ['Phone', 'Phone number', 'Mobile', 'Tel.', 'WhatsApp', 'Телефон', 'Тел.', 'Моб. телефон', 'Мобильный', 'Номер телефона',
    'Контактный телефон', 'Телефон (мобильный)', 'Ұялы телефон', 'Телефон нөмірі', 'Утас', 'Утасны дугаар', 'Гар утас', 'شماره تماس',
    'تلفن همراه', 'تلفن', 'موبایل', 'شماره موبایل', '手机', '电话', '手机号码', '联系电话', '手機', '電話'],
  company: ['Company', 'Company name', 'Organisation', 'Компания', 'Организация', 'Название компании', 'Место работы', 'Компания атауы',
    'Байгууллага', 'Байгууллагын нэр', 'شرکت', 'نام شرکت', '公司', '公司名称', '工作单位'],
  address: ['Address', 'Street address', 'Mailing address', 'Адрес', 'Почтовый адрес', 'Адрес доставки', 'Мекенжай', 'Хаяг', 'Гэрийн хаяг',
    'آدرس', 'نشانی', '地址', '收货地址'],
  city: ['City', 'Town', 'Город', 'Населённый пункт', 'Қала', 'Хот', 'Хот/аймаг', 'شهر', '城市'],
  postcode: ['Postcode', 'ZIP code', 'Postal code', 'Индекс', 'Почтовый индекс', 'Пошта индексі', 'Шуудангийн код', 'کد پستی', '邮编', '邮政编码'],
  country: ['Country', 'Страна', 'Ел', 'Улс', 'کشور', '国家', '國家', '国家/地区'],
  birthDate: ['Date of birth', 'Birthday', 'DOB', 'Дата рождения', 'День рождения', 'Д.р.', 'Туған күні', 'Төрсөн огноо', 'تاریخ تولد', '生日',
    '出生日期'],
  source: ['Source', 'Lead source', 'How did you hear about us?', 'Источник', 'Откуда узнали', 'Как вы о нас узнали?', 'Канал привлечения',
    'Дереккөз', 'Қайдан білдіңіз?', 'Эх сурвалж', 'از کجا با ما آشنا شدید؟', 'منبع آشنایی', 'نحوه آشنایی', '来源', '客户来源', '渠道'],
  consent: ['Consent', 'Marketing consent', 'Opt-in', 'Newsletter', 'Согласие на рассылку', 'Согласие', 'Рассылка', 'Келісім', 'Зөвшөөрөл',
    'رضایت', 'رضایت دریافت پیام', '同意', '是否同意接收营销信息'],
  created: ['Created', 'Created at', 'Date added', 'Timestamp', 'Дата добавления', 'Дата создания', 'Дата регистрации', 'Отметка времени',
    'Қосылған күні', 'Бүртгэсэн огноо', 'تاریخ ثبت', 'تاریخ ثبت نام', '创建时间', '注册时间'],
  updated: ['Updated', 'Last updated', 'Last modified', 'Изменено', 'Изменён', 'Дата изменения', 'Обновлено', 'Өзгертілген күні',
    'Шинэчилсэн огноо', 'تاریخ ویرایش', 'آخرین ویرایش', 'به‌روزرسانی', '更新时间', '修改时间'],
  lastPurchase: ['Last purchase', 'Last order date', 'Дата последней покупки', 'Последняя покупка', 'Последний заказ', 'Соңғы сатып алу',
    'Сүүлийн худалдан авалт', 'آخرین خرید', 'تاریخ آخرین خرید', '最近购买', '最后购买时间'],
  totalSpent: ['Total spent', 'Lifetime value', 'LTV', 'Сумма покупок', 'Сумма покупок, ₸', 'Общая сумма', 'Всего потрачено',
    'Сатып алу сомасы', 'Нийт худалдан авалт', 'مجموع خرید', 'جمع خرید (تومان)', '消费总额', '累计消费'],
  nps: ['NPS', 'NPS score', 'Net Promoter Score', 'Оценка', 'Оценка (0-10)', 'Как вероятно, что вы порекомендуете нас?', 'Бағалау', 'Үнэлгээ',
    'امتیاز', 'امتیاز NPS', '评分', 'NPS评分'],
  notes: ['Notes', 'Comments', 'Any other comments?', 'Примечания', 'Примечание', 'Заметки', 'Комментарий', 'Комментарий менеджера', 'Ескертпе',
    'Тэмдэглэл', 'Тайлбар', 'یادداشت', 'توضیحات', '备注', '備註'],
  otherContacts: ['Other contacts', 'Telegram', 'Instagram', 'Другие контакты', 'Доп. контакты', 'Соцсети', 'Басқа байланыстар',
    'Бусад холбоо барих', 'سایر راه‌های ارتباطی', 'تلگرام', '其他联系方式', '微信'],
};

describe('roleOfHeader', () => {
  const cases = CUSTOMER_FIELDS.flatMap((field) => HEADER_ROLES[field].map((header) => [header, field] as const));
  test.each(cases)('%j is %s', (header, field) => {
    expect(roleOfHeader(header)).toBe(field);
  });

  test.each([
    'Скидка, %', 'Статус', 'Дата', 'Сумма', 'Отчество', 'Әкесінің аты', 'Эцэг/эхийн нэр', 'نام پدر', 'Имя менеджера', 'Manager email',
    'Телефон менеджера', 'Регистрийн дугаар', 'ردیف', '序号', 'Loyalty tier', '№', '', '   ', ':',
  ])('%j has no role', (header) => {
    expect(roleOfHeader(header)).toBeNull();
  });

  test('numbering, case, spacing, colons and full-width letters do not change the role', () => {
    const known = CUSTOMER_FIELDS.flatMap((field) => HEADER_ROLES[field]);
    const fullWidth = (text: string) => text.replace(/[!-~]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));
    fc.assert(
      fc.property(fc.constantFrom(...known), fc.integer({ min: 1, max: 99 }), fc.constantFrom('. ', ') ', '- '), fc.boolean(), fc.boolean(),
        (header, number, separator, upper, wide) => {
          let decorated = `  ${number}${separator}${upper ? header.toUpperCase() : header.toLowerCase()}:  `;
          if (wide) decorated = fullWidth(decorated);
          return roleOfHeader(decorated) === roleOfHeader(header);
        }),
    );
  });
});

interface SheetCase {
  title: string;
  headers: unknown[];
  roles: ColumnRoles;
  extras: number[];
}

const SHEETS: SheetCase[] = [
  {
    title: 'an English contact export',
    headers: ['Customer ID', 'First Name', 'Last Name', 'E-mail address', 'Mobile', 'Company', 'City', 'Country', 'Notes', 'Loyalty tier'],
    roles: { id: 0, firstName: 1, lastName: 2, email: 3, phone: 4, company: 5, city: 6, country: 7, notes: 8 },
    extras: [9],
  },
  {
    title: 'a Russian client list with surname first and a patronymic',
    headers: ['№ клиента', 'Фамилия', 'Имя', 'Отчество', 'Тел.', 'Эл. почта', 'Город', 'Дата рождения', 'Откуда узнали', 'Сумма покупок', 'Скидка, %'],
    roles: { id: 0, lastName: 1, firstName: 2, phone: 4, email: 5, city: 6, birthDate: 7, source: 8, totalSpent: 9 },
    extras: [3, 10],
  },
  {
    title: 'a Russian list with second phones and a manager’s columns',
    headers: ['ФИО', 'Телефон', 'Телефон 2', 'WhatsApp', 'Email', 'Комментарий менеджера', 'Телефон менеджера', 'Telegram'],
    roles: { name: 0, phone: 1, email: 4, notes: 5, otherContacts: 7 },
    extras: [2, 3, 6],
  },
  {
    title: 'a Kazakh list',
    headers: ['Аты-жөні', 'Ұялы телефон', 'Эл. пошта', 'Қала', 'Ел', 'Туған күні', 'Ескертпе'],
    roles: { name: 0, phone: 1, email: 2, city: 3, country: 4, birthDate: 5, notes: 6 },
    extras: [],
  },
  {
    title: 'a Kazakh list with surname, name and patronymic',
    headers: ['Тегі', 'Аты', 'Әкесінің аты', 'Телефон нөмірі', 'Мекенжай', 'Пошта индексі'],
    roles: { lastName: 0, firstName: 1, phone: 3, address: 4, postcode: 5 },
    extras: [2],
  },
  {
    title: 'a Mongolian list with family and given name',
    headers: ['Овог', 'Нэр', 'Утасны дугаар', 'И-мэйл хаяг', 'Хот/аймаг', 'Регистрийн дугаар', 'Тэмдэглэл'],
    roles: { lastName: 0, firstName: 1, phone: 2, email: 3, city: 4, notes: 6 },
    extras: [5],
  },
  {
    title: 'a Mongolian list with one name column',
    headers: ['Харилцагчийн нэр', 'Утас', 'Хаяг', 'Улс', 'Эх сурвалж', 'Үнэлгээ'],
    roles: { name: 0, phone: 1, address: 2, country: 3, source: 4, nps: 5 },
    extras: [],
  },
  {
    title: 'a Persian list typed on an Arabic keyboard, with a father’s name',
    headers: ['ردیف', 'نام', 'نام خانوادگی', 'نام پدر', 'شماره تماس', 'ايميل', 'شهر', 'کد پستی', 'تاریخ تولد', 'از کجا با ما آشنا شدید؟', 'توضیحات'],
    roles: { firstName: 1, lastName: 2, phone: 4, email: 5, city: 6, postcode: 7, birthDate: 8, source: 9, notes: 10 },
    extras: [0, 3],
  },
  {
    title: 'a Persian list with a landline',
    headers: ['کد مشتری', 'نام و نام خانوادگی', 'تلفن همراه', 'تلفن ثابت', 'آدرس', 'رضایت', 'امتیاز'],
    roles: { id: 0, name: 1, phone: 2, address: 4, consent: 5, nps: 6 },
    extras: [3],
  },
  {
    title: 'a simplified Chinese list with mobile and landline',
    headers: ['序号', '客户编号', '姓名', '手机', '电话', '邮箱', '公司', '地址', '邮编', '国家', '来源', '备注'],
    roles: { id: 1, name: 2, phone: 3, email: 5, company: 6, address: 7, postcode: 8, country: 9, source: 10, notes: 11 },
    extras: [0, 4],
  },
  {
    title: 'a traditional Chinese list with family and given name',
    headers: ['姓', '名', '手機', '電子郵件', '城市', '生日', '備註'],
    roles: { lastName: 0, firstName: 1, phone: 2, email: 3, city: 4, birthDate: 5, notes: 6 },
    extras: [],
  },
  {
    title: 'a Russian Google Forms response sheet',
    headers: ['Отметка времени', 'Ваше имя', 'Ваш номер телефона', 'Адрес электронной почты', 'Как вы о нас узнали?', 'Согласны ли вы получать рассылку?'],
    roles: { created: 0, name: 1, phone: 2, email: 3, source: 4, consent: 5 },
    extras: [],
  },
  {
    title: 'an English Google Forms response sheet',
    headers: ['Timestamp', 'Full name', 'Phone number', 'Email address', 'How did you hear about us?',
      'How likely are you to recommend us to a friend?', 'Any other comments?'],
    roles: { created: 0, name: 1, phone: 2, email: 3, source: 4, nps: 5, notes: 6 },
    extras: [],
  },
  {
    title: 'a sheet mixing languages',
    headers: ['Name', 'Телефон', 'ایمیل', '城市', 'Ел', 'Оценка'],
    roles: { name: 0, phone: 1, email: 2, city: 3, country: 4, nps: 5 },
    extras: [],
  },
  {
    title: 'an exact header beats an earlier keyword match',
    headers: ['Email 2', 'Телефон (рабочий)', 'Email', 'Тел.'],
    roles: { email: 2, phone: 3 },
    extras: [0, 1],
  },
  {
    title: 'duplicate headers: the first wins',
    headers: ['Phone', 'Email', 'Phone', 'EMAIL '],
    roles: { phone: 0, email: 1 },
    extras: [2, 3],
  },
  {
    title: 'non-string and empty headers have no role',
    headers: [null, 42, '', '   ', new Date(0), 'Email', undefined, true],
    roles: { email: 5 },
    extras: [0, 1, 2, 3, 4, 6, 7],
  },
  { title: 'no headers', headers: [], roles: {}, extras: [] },
];

describe('recogniseColumns', () => {
  test.each(SHEETS)('$title', ({ headers, roles, extras }) => {
    expect(recogniseColumns(headers)).toEqual({ roles, extras });
  });

  test.each<[string[], ColumnRoles]>([
    [['Имя'], { name: 0 }],
    [['Имя', 'Телефон'], { name: 0, phone: 1 }],
    [['Имя', 'Фамилия'], { firstName: 0, lastName: 1 }],
    [['Фамилия', 'Имя'], { lastName: 0, firstName: 1 }],
    [['ФИО', 'Имя'], { name: 0, firstName: 1 }],
    [['Name', 'Surname'], { firstName: 0, lastName: 1 }],
    [['Name', 'First name', 'Last name'], { name: 0, firstName: 1, lastName: 2 }],
    [['First name', 'Email'], { firstName: 0, email: 1 }],
    [['Нэр'], { name: 0 }],
    [['Нэр', 'Овог'], { firstName: 0, lastName: 1 }],
    [['نام'], { name: 0 }],
    [['نام', 'نام خانوادگی'], { firstName: 0, lastName: 1 }],
    [['Имя клиента', 'Фамилия клиента'], { firstName: 0, lastName: 1 }],
  ])('given or whole name: %j', (headers, roles) => {
    expect(recogniseColumns(headers).roles).toEqual(roles);
  });

  test.each(LANGUAGES)('the default headers in %s map every field, in any order', (language) => {
    const headers = CUSTOMER_FIELDS.map((field) => DEFAULT_HEADERS[language][field]);
    const inOrder = recogniseColumns(headers);
    expect(inOrder.extras).toEqual([]);
    CUSTOMER_FIELDS.forEach((field, index) => expect([field, inOrder.roles[field]]).toEqual([field, index]));

    const reversed = [...headers].reverse();
    const last = headers.length - 1;
    const backwards = recogniseColumns(reversed);
    CUSTOMER_FIELDS.forEach((field, index) => expect([field, backwards.roles[field]]).toEqual([field, last - index]));
  });

  test.each(LANGUAGES)('a new %s sheet maps the fields it is made with', (language) => {
    const headers = NEW_SHEET_FIELDS.map((field) => DEFAULT_HEADERS[language][field]);
    const expected = Object.fromEntries(NEW_SHEET_FIELDS.map((field, index) => [field, index]));
    expect(recogniseColumns(headers)).toEqual({ roles: expected, extras: [] });
  });

  test('each role has one column, each column one role, and every column is placed or extra', () => {
    const known = [...CUSTOMER_FIELDS.flatMap((field) => HEADER_ROLES[field]), 'Скидка', 'Отчество'];
    const header = fc.oneof(fc.constantFrom(...known), fc.string({ maxLength: 8 }), fc.constant(null));
    fc.assert(
      fc.property(fc.array(header, { maxLength: 30 }), (headers) => {
        const { roles, extras } = recogniseColumns(headers);
        const placed = Object.values(roles);
        expect(new Set(placed).size).toBe(placed.length);
        expect([...placed, ...extras].sort((a, b) => a - b)).toEqual(headers.map((_, index) => index));
      }),
    );
  });
});

describe('npsDateColumn', () => {
  test.each<[string[], number | undefined]>([
    [['Name', 'NPS', 'Survey date'], 2],
    [['Имя', 'Дата оценки', 'Оценка'], 1],
    [['نام', 'امتیاز', 'تاریخ نظرسنجی'], 2],
    [['名字', '调查日期', '评分'], 1],
    [['Name', 'NPS', 'Created'], undefined],
    [['Name', 'NPS', 'Date'], undefined],
  ])('%j: the answers are dated by column %s', (headers, column) => {
    expect(npsDateColumn(headers)).toBe(column);
  });

  // "Дата оценки" holds the word "оценк*" that marks a score column: it must not become the score column.
  test.each([['Дата оценки', 'Оценка'], ['NPS date', 'NPS'], ['评分日期', '评分'], ['Бағалау күні', 'Бағалау']])('%s is the date, %s the score', (date, score) => {
    expect(recogniseColumns([date, score])).toEqual({ roles: { nps: 1 }, extras: [0] });
  });
});
