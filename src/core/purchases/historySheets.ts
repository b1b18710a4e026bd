/**
 * The two sheets that hold a customer's history beside the customer sheet: Purchases (one row
 * per sale or visit) and Interactions (calls, visits, messages… with the next contact date).
 * Each has its name and headers in the six languages, and its columns are recognised from the
 * headers people and tills write (an export from a shop system says "Order date", "Итого",
 * "金额"); columns with no role are kept as they are.
 *
 * `customerId` and `counted` are Clientele's: it writes the customer a row was linked to, and
 * what the row added to that customer's totals (so an edited or cleared row can be taken back
 * out exactly).
 */
import { normaliseHeader } from '../headerRoles';
import type { Language } from '../i18n/languages';

export const PURCHASE_FIELDS = ['date', 'customer', 'customerId', 'amount', 'currency', 'item', 'quantity', 'branch', 'staff', 'payment', 'note', 'points', 'counted'] as const;
export type PurchaseField = (typeof PURCHASE_FIELDS)[number];

export const INTERACTION_FIELDS = ['date', 'customer', 'customerId', 'kind', 'staff', 'text', 'nextContact', 'done'] as const;
export type InteractionField = (typeof INTERACTION_FIELDS)[number];

export type HistoryColumns<F extends string> = Partial<Record<F, number>>;

export const PURCHASES_SHEET_NAMES: Record<Language, string> = {
  en: 'Purchases',
  ru: 'Покупки',
  kk: 'Сатып алулар',
  mn: 'Худалдан авалт',
  fa: 'خریدها',
  zh: '购买记录',
};

export const INTERACTIONS_SHEET_NAMES: Record<Language, string> = {
  en: 'Interactions',
  ru: 'Взаимодействия',
  kk: 'Байланыстар',
  mn: 'Харилцаа',
  fa: 'تعاملات',
  zh: '互动记录',
};

export const PURCHASE_HEADERS: Record<Language, Record<PurchaseField, string>> = {
  en: { date: 'Date', customer: 'Customer', customerId: 'Customer ID', amount: 'Amount', currency: 'Currency', item: 'Item or service', quantity: 'Quantity', branch: 'Branch', staff: 'Staff', payment: 'Payment method', note: 'Note', points: 'Points', counted: 'Counted' },
  ru: { date: 'Дата', customer: 'Клиент', customerId: 'ID клиента', amount: 'Сумма', currency: 'Валюта', item: 'Товар или услуга', quantity: 'Количество', branch: 'Филиал', staff: 'Сотрудник', payment: 'Способ оплаты', note: 'Примечание', points: 'Баллы', counted: 'Учтено' },
  kk: { date: 'Күні', customer: 'Клиент', customerId: 'Клиент ID', amount: 'Сомасы', currency: 'Валюта', item: 'Тауар немесе қызмет', quantity: 'Саны', branch: 'Филиал', staff: 'Қызметкер', payment: 'Төлем тәсілі', note: 'Ескертпе', points: 'Ұпай', counted: 'Есепке алынды' },
  mn: { date: 'Огноо', customer: 'Харилцагч', customerId: 'Харилцагчийн ID', amount: 'Дүн', currency: 'Валют', item: 'Бараа эсвэл үйлчилгээ', quantity: 'Тоо ширхэг', branch: 'Салбар', staff: 'Ажилтан', payment: 'Төлбөрийн хэлбэр', note: 'Тэмдэглэл', points: 'Оноо', counted: 'Тооцсон' },
  fa: { date: 'تاریخ', customer: 'مشتری', customerId: 'شناسه مشتری', amount: 'مبلغ', currency: 'واحد پول', item: 'کالا یا خدمت', quantity: 'تعداد', branch: 'شعبه', staff: 'کارمند', payment: 'روش پرداخت', note: 'یادداشت', points: 'امتیاز', counted: 'محاسبه‌شده' },
  zh: { date: '日期', customer: '客户', customerId: '客户编号', amount: '金额', currency: '币种', item: '商品或服务', quantity: '数量', branch: '门店', staff: '员工', payment: '支付方式', note: '备注', points: '积分', counted: '已计入' },
};

export const INTERACTION_HEADERS: Record<Language, Record<InteractionField, string>> = {
  en: { date: 'Date', customer: 'Customer', customerId: 'Customer ID', kind: 'Kind', staff: 'Staff', text: 'What happened', nextContact: 'Next contact', done: 'Done' },
  ru: { date: 'Дата', customer: 'Клиент', customerId: 'ID клиента', kind: 'Тип', staff: 'Сотрудник', text: 'Что было', nextContact: 'Следующий контакт', done: 'Выполнено' },
  kk: { date: 'Күні', customer: 'Клиент', customerId: 'Клиент ID', kind: 'Түрі', staff: 'Қызметкер', text: 'Не болды', nextContact: 'Келесі байланыс', done: 'Орындалды' },
  mn: { date: 'Огноо', customer: 'Харилцагч', customerId: 'Харилцагчийн ID', kind: 'Төрөл', staff: 'Ажилтан', text: 'Юу болсон', nextContact: 'Дараагийн холбоо', done: 'Хийсэн' },
  fa: { date: 'تاریخ', customer: 'مشتری', customerId: 'شناسه مشتری', kind: 'نوع', staff: 'کارمند', text: 'شرح', nextContact: 'تماس بعدی', done: 'انجام شد' },
  zh: { date: '日期', customer: '客户', customerId: '客户编号', kind: '类型', staff: '员工', text: '内容', nextContact: '下次联系', done: '已完成' },
};

/** Headers of tills, shop systems and marketplace exports, beyond Clientele's own, in the six languages. */
const PURCHASE_SYNONYMS: Record<PurchaseField, readonly string[]> = {
  date: ['order date', 'purchase date', 'sale date', 'visit date', 'date of purchase', 'time', 'created at', 'дата покупки', 'дата заказа', 'дата продажи',
    'дата визита', 'сатып алу күні', 'тапсырыс күні', 'худалдан авсан огноо', 'захиалгын огноо', 'تاریخ خرید', 'تاریخ سفارش', '购买日期', '订单日期', '下单时间', '时间', '日期时间'],
  customer: ['client', 'buyer', 'customer name', 'client name', 'покупатель', 'заказчик', 'имя клиента', 'сатып алушы', 'клиент аты', 'худалдан авагч',
    'خریدار', 'نام مشتری', '顾客', '买家', '客户姓名', '会员'],
  customerId: ['client id', 'customer no', 'customer number', 'код клиента', 'номер клиента', 'клиент коды', 'харилцагчийн код', 'کد مشتری', '客户id', '会员编号'],
  amount: ['total', 'sum', 'price', 'paid', 'order total', 'total amount', 'revenue', 'итого', 'стоимость', 'цена', 'оплачено', 'сумма заказа', 'сома',
    'жалпы сома', 'баға', 'үнэ', 'нийт дүн', 'төлсөн', 'جمع', 'قیمت', 'مبلغ کل', 'مبلغ پرداختی', '总额', '总价', '实付', '实付金额', '价格', '订单金额'],
  currency: ['валют', 'ارز', '货币'],
  item: ['item', 'items', 'product', 'products', 'service', 'services', 'товар', 'услуга', 'наименование', 'тауар', 'қызмет', 'бараа', 'үйлчилгээ',
    'کالا', 'خدمت', 'محصول', '商品', '服务', '产品', '项目'],
  quantity: ['qty', 'count', 'units', 'кол во', 'количество товара', 'тоо', 'ширхэг', 'تعداد کالا', '件数'],
  branch: ['store', 'shop', 'location', 'outlet', 'магазин', 'точка', 'дүкен', 'дэлгүүр', 'فروشگاه', 'شعبه فروش', '分店', '店铺', '店面'],
  staff: ['employee', 'cashier', 'seller', 'salesperson', 'master', 'кассир', 'продавец', 'мастер', 'менеджер', 'сатушы', 'худалдагч', 'кассчин',
    'فروشنده', 'صندوقدار', '收银员', '店员', '技师', '销售'],
  payment: ['payment', 'paid by', 'payment type', 'оплата', 'тип оплаты', 'төлем', 'төлбөр', 'پرداخت', 'نوع پرداخت', '付款方式', '支付'],
  note: ['notes', 'comment', 'comments', 'комментарий', 'примечания', 'пікір', 'тайлбар', 'توضیحات', 'نظر', '评论', '说明'],
  points: ['loyalty points', 'points redeemed', 'bonus points', 'бонусы', 'бонусные баллы', 'списано баллов', 'бонус ұпайлары', 'урамшууллын оноо', 'امتیاز باشگاه', '积分抵扣', '会员积分'],
  counted: [],
};

const INTERACTION_SYNONYMS: Record<InteractionField, readonly string[]> = {
  date: ['time', 'когда', 'қашан', 'хэзээ', 'زمان', '时间'],
  customer: ['client', 'покупатель', 'сатып алушы', 'худалдан авагч', 'خریدار', '顾客'],
  customerId: ['client id', 'код клиента', 'کد مشتری', '客户id'],
  kind: ['type', 'channel', 'вид', 'канал', 'түр', 'суваг', 'کانال', '方式', '渠道'],
  staff: ['employee', 'manager', 'менеджер', 'ответственный', 'ажилтан', 'مسئول', '负责人'],
  text: ['text', 'summary', 'notes', 'note', 'comment', 'описание', 'комментарий', 'сипаттама', 'тайлбар', 'توضیحات', 'یادداشت', '备注', '记录'],
  nextContact: ['follow up', 'follow up date', 'next contact date', 'дата следующего контакта', 'перезвонить', 'келесі байланыс күні', 'дараагийн холбоо барих',
    'تاریخ تماس بعدی', '跟进日期', '下次跟进'],
  done: ['completed', 'closed', 'готово', 'сделано', 'дайын', 'дууссан', 'تمام شد', '完成'],
};

function headerMap<F extends string>(headers: Record<Language, Record<F, string>>, synonyms: Record<F, readonly string[]>): ReadonlyMap<string, F> {
  const map = new Map<string, F>();
  for (const byField of Object.values(headers) as Record<F, string>[]) {
    for (const [field, header] of Object.entries(byField) as [F, string][]) map.set(normaliseHeader(header), field);
  }
  for (const [field, words] of Object.entries(synonyms) as [F, readonly string[]][]) {
    for (const word of words) if (!map.has(normaliseHeader(word))) map.set(normaliseHeader(word), field);
  }
  return map;
}

const PURCHASE_ROLES = headerMap(PURCHASE_HEADERS, PURCHASE_SYNONYMS);
const INTERACTION_ROLES = headerMap(INTERACTION_HEADERS, INTERACTION_SYNONYMS);

function recognise<F extends string>(headers: readonly unknown[], roles: ReadonlyMap<string, F>): HistoryColumns<F> {
  const columns: HistoryColumns<F> = {};
  headers.forEach((header, index) => {
    const field = roles.get(normaliseHeader(String(header ?? '')));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** Which column holds which purchase field; headers in any of the six languages (and tills' own) are recognised, the first wins. */
export function recognisePurchaseColumns(headers: readonly unknown[]): HistoryColumns<PurchaseField> {
  return recognise(headers, PURCHASE_ROLES);
}

export function recogniseInteractionColumns(headers: readonly unknown[]): HistoryColumns<InteractionField> {
  return recognise(headers, INTERACTION_ROLES);
}

export function isPurchasesSheetName(name: string): boolean {
  return Object.values(PURCHASES_SHEET_NAMES).includes(name);
}

export function isInteractionsSheetName(name: string): boolean {
  return Object.values(INTERACTIONS_SHEET_NAMES).includes(name);
}

/**
 * The header row of a sheet after the columns Clientele needs are added at its end (never
 * reordering or dropping the user's): a new sheet gets every field, an existing one the
 * missing `required` fields.
 */
export function headersWith<F extends string>(existing: readonly unknown[], columns: HistoryColumns<F>, required: readonly F[], labels: Record<F, string>): { headers: string[]; added: F[] } {
  const headers = existing.map((header) => String(header ?? ''));
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const added = required.filter((field) => columns[field] === undefined);
  return { headers: [...headers, ...added.map((field) => labels[field])], added };
}

/** A history sheet's description: what the server needs to find, make and read it. */
export interface HistoryKind<F extends string> {
  names: Record<Language, string>;
  headers: Record<Language, Record<F, string>>;
  recognise: (headers: readonly unknown[]) => HistoryColumns<F>;
  /** Every field, in the order a new sheet lays them out. */
  fields: readonly F[];
  /** What Clientele needs and adds to a sheet the user made. */
  required: readonly F[];
  /** Written by Clientele: protected with a warning. */
  system: readonly F[];
  /** Kept as plain text. */
  text: readonly F[];
}

export const PURCHASES: HistoryKind<PurchaseField> = {
  names: PURCHASES_SHEET_NAMES,
  headers: PURCHASE_HEADERS,
  recognise: recognisePurchaseColumns,
  // Points is optional (loyalty redemptions): recognised when the owner adds it, never laid out unasked.
  fields: PURCHASE_FIELDS.filter((field) => field !== 'points'),
  required: ['date', 'customer', 'customerId', 'amount', 'counted'],
  system: ['customerId', 'counted'],
  text: ['customer', 'customerId', 'counted'],
};

export const INTERACTIONS: HistoryKind<InteractionField> = {
  names: INTERACTIONS_SHEET_NAMES,
  headers: INTERACTION_HEADERS,
  recognise: recogniseInteractionColumns,
  fields: INTERACTION_FIELDS,
  required: ['date', 'customer', 'customerId', 'kind', 'text', 'nextContact', 'done'],
  system: ['customerId'],
  text: ['customer', 'customerId'],
};
