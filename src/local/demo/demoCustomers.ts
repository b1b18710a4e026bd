/**
 * The bundled demo customer workbook: about 200 customers of small beauty studios, clinics and
 * shops in Almaty, Astana, Moscow, Ulaanbaatar, Tehran, Isfahan, Shanghai and Beijing, typed the
 * way a real mixed team types them. It is deterministic (a seeded PRNG, every date relative to
 * DEMO_TODAY), so tests and docs of later features can point at its rows.
 *
 * Columns (header row in English, two columns in Russian as a mixed team's sheet has them):
 *   A Name  B Phone  C Email  D City  E Country  F Адрес  G How did you hear about us
 *   H Last purchase  I Total spent  J NPS  K Notes  L Любимый мастер (an extra user column, kept as is)
 *   M Purchases  N First purchase (the purchase history predictions learn from, see purchaseHistory)
 *   O Currency (of the row's Total spent: each studio counts in its country's money, so no total adds two)
 *   P Updated (when the row last changed: the last visit, else a day the team typed it; NPS answers and
 *     the follow-up list date the customer's score by it)
 * There is no customer ID column: "Set up customer sheet" adds it.
 *
 * Mess on purpose (each kind appears several times; row numbers are 1-based data rows, row 1 is the
 * first customer under the header):
 * | kind                                   | examples                                                        |
 * |----------------------------------------|-----------------------------------------------------------------|
 * | leading / trailing / double spaces     | "  айгерим  нурланова " (87), "陈静 " (139), "Алматы " (117)     |
 * | non-breaking space U+00A0              | "Мария\u00A0Петрова" (51), phone "+7\u00A0903\u00A0111…" (133)   |
 * | zero-width space U+200B                | "Мария Петрова\u200B" (133), emails ending in U+200B             |
 * | names in ALL CAPS / all lower case     | "JOHN SMITH" (78), "ӘСЕЛ СЕРІКОВА" (188), "нурсултан абенов" (125)|
 * | Arabic letter forms ي ك for Persian ی ک | "علي رضايي" (96), "كيانا كريمي" (150)                            |
 * | Chinese names with and without a space | "王芳" (15) / "王 芳" (121)                                     |
 * | emails with capitals                   | "Aigerim.Nurlanova@Mail.ru" (87), "38291045@QQ.COM" (139)        |
 * | email domain typos                     | gmial.com (129, 194), yandx.ru (142), mial.ru (125), 163.con (167)|
 * | invalid emails                         | no "@", a space inside                                           |
 * | phone formats                          | +7 701 234 56 78, 8 (701) 234-56-78, 87017778899, 0912 345 6789,  |
 * |                                        | +98 912 111 2233, ۰۹۱۲۳۴۵۶۷۸۹, 138 0013 8000, +976 9911 2233   |
 * | invalid phones                         | too short ("90118"), an extra digit, words ("无", "n/a")          |
 * | countries as codes / names / scripts   | KZ, Kazakhstan, Казахстан, Қазақстан, РК, Иран, ایران, IR, 中国,  |
 * |                                        | China, Монгол, Mongolia, MN, Россия, РФ, RU                      |
 * | acquisition source as free text        | Instagram, инста, Telegram, телеграм, от подруги, از طریق دوست,  |
 * |                                        | 朋友推荐, walk-in, Google, 2GIS, 2ГИС, найзаасаа, досымнан          |
 * | last purchase as text                  | "03.10.2026" (87), "2026年9月30日" (121), "۱۴۰۵/۰۷/۲۰" (Jalali, 96)  |
 * | total spent as text                    | "12 500" (87), "12,5" (125), "54 000 тг", "3680元", "۴٬۵۰۰٬۰۰۰"   |
 * | NPS blank or invalid                   | blanks, "десять", "семь", 11, 7.5, "۹" (Persian digit)           |
 * | notes in every language, multi-line    | "Аллергия на орехи\nпредупредить мастера" (117), quotes, commas |
 *
 * Duplicate groups (the same customer, which dedupe should merge; DEMO_DUPLICATE_GROUPS):
 * | id  | rows          | how the rows differ                                                        |
 * |-----|---------------|----------------------------------------------------------------------------|
 * | D01 | 3, 87         | spacing and case; +7 701… vs 8 (701)…; email capitals; Алматы vs Almaty      |
 * | D02 | 7, 142        | "Иванов Иван" vs "Ivan Ivanov" (script and order); yandex.ru vs yandx.ru     |
 * | D03 | 12, 96        | Persian ی vs Arabic ي; 0912 345 6789 vs ۰۹۱۲۳۴۵۶۷۸۹                         |
 * | D04 | 15, 121       | "王芳" vs "王 芳"; 138 0013 8000 vs +86 13800138000                          |
 * | D05 | 21, 160       | Mongolian name order swapped; +976 9911 2233 vs 99112233                    |
 * | D06 | 26, 74, 188   | Kazakh Cyrillic, Latin transliteration, ALL CAPS                             |
 * | D07 | 30, 111, 177  | "Соколов Дмитрий", "Dmitry Sokolov", "Dmitriy  Sokolov"                      |
 * | D08 | 34, 129       | O'Connor vs o’connor (typographic apostrophe); gmail vs gmial                |
 * | D09 | 39, 150       | Persian ک ی vs Arabic ك ي; +98 935… vs 0935…; email capitals                 |
 * | D10 | 44, 167       | "李娜" vs "Li Na"; 163.com vs 163.con                                         |
 * | D11 | 50, 51, 133   | the same row pasted twice, with a non-breaking space; zero-width spaces      |
 * | D12 | 55, 119, 182  | "Дорж Оюунчимэг", "Д.Оюунчимэг", "Oyunchimeg Dorj"                           |
 * | D13 | 60, 104       | Kazakh Қ vs Russian К in "Қасымов" / "Касымов"                               |
 * | D14 | 65, 139       | trailing space; QQ email in capitals; 上海 vs 上海市                            |
 * | D15 | 69, 156       | "محمد حسینی" vs "Mohammad Hosseini"; +98 912… vs 0912…                      |
 * | D16 | 78, 194       | ALL CAPS row vs normal; gmail vs gmial                                        |
 * | D17 | 83, 117       | "Ольга Ким" vs "Ким Ольга"; 87017778899 vs +7 701 777 88 99                   |
 * | D18 | 91, 125, 199  | normal, lower case with mial.ru, Latin transliteration                        |
 *
 * Hard negatives (look alike but are different people, never to be merged; DEMO_HARD_NEGATIVES):
 * | id  | rows     | why they look alike                                                          |
 * |-----|----------|------------------------------------------------------------------------------|
 * | N01 | 46, 47   | mother and daughter Ахметова: same phone and address                          |
 * | N02 | 57, 58   | husband and wife احمدی: same landline and address                              |
 * | N03 | 18, 135  | namesakes "Александр Смирнов" in Moscow and Almaty, different contacts        |
 * | N04 | 23, 171  | namesakes "王伟" in Shanghai and Beijing, different contacts                   |
 * | N05 | 36, 146  | namesakes "Болд Баатар" in Ulaanbaatar and Darkhan, different contacts         |
 * | N06 | 62, 63   | husband and wife Петров / Петрова: one family email and address              |
 * | N07 | 80, 185  | namesakes "محمد رضایی" in Tehran and Shiraz, different contacts               |
 * | N08 | 107, 108 | a couple 刘洋 / 刘丽 sharing one phone                                          |
 * | N09 | 7, 98    | "Иванов Иван" of Moscow (D02) and "Иван Иванов" of Almaty                      |
 * | N10 | 198, 200 | sister and brother Аружан / Бауыржан Каримовы sharing one phone                |
 *
 * Every other row is generated from name pools with the seeded PRNG and is a distinct person:
 * no two rows share a name, a phone or an email unless the tables above say so.
 */
import type { LocalHost } from '../localHost';
import { putTable } from '../files/sheetTable';
import { seededRandom } from '../../core/seededRandom';

export type DemoCell = string | number | Date;

export const DEMO_TODAY = new Date(Date.UTC(2026, 10, 1));

export const DEMO_HEADER: readonly string[] = [
  'Name', 'Phone', 'Email', 'City', 'Country', 'Адрес', 'How did you hear about us',
  'Last purchase', 'Total spent', 'NPS', 'Notes', 'Любимый мастер', 'Purchases', 'First purchase', 'Currency', 'Updated',
];

/** 0-based columns of DEMO_HEADER. */
export const DEMO_COLUMNS = {
  name: 0, phone: 1, email: 2, city: 3, country: 4, address: 5, source: 6,
  lastPurchase: 7, totalSpent: 8, nps: 9, notes: 10, favouriteMaster: 11, purchases: 12, firstPurchase: 13, currency: 14, updated: 15,
} as const;

export const DEMO_ROW_COUNT = 200;
export const DEMO_SPREADSHEET_NAME = 'Clientele demo';
export const DEMO_SHEET_NAME = 'Customers';

const SEED = 20261101;
const DAY_MS = 86_400_000;
const NBSP = '\u00A0';
const ZWSP = '\u200B';

/** A customer as typed: `last` is days before DEMO_TODAY (a Date cell) or text as someone typed it. */
interface Customer {
  name: string;
  phone?: string;
  email?: string;
  city?: string;
  country?: string;
  address?: string;
  source?: string;
  last?: number | string;
  total?: number | string;
  nps?: number | string;
  notes?: string;
  master?: string;
}

interface CuratedRow extends Customer {
  at: number;
  duplicate?: string;
  negative?: string[];
}

const daysAgo = (days: number) => new Date(DEMO_TODAY.getTime() - days * DAY_MS);

function customerRow(customer: Customer): DemoCell[] {
  const last = customer.last === undefined ? '' : typeof customer.last === 'number' ? daysAgo(customer.last) : customer.last;
  return [
    customer.name, customer.phone ?? '', customer.email ?? '', customer.city ?? '', customer.country ?? '',
    customer.address ?? '', customer.source ?? '', last, customer.total ?? '', customer.nps ?? '',
    customer.notes ?? '', customer.master ?? '',
  ];
}

// ---- hand-written rows: the duplicate groups, the hard negatives and their neighbours ----

const CURATED: readonly CuratedRow[] = [
  // D01
  { at: 3, duplicate: 'D01', name: 'Айгерим Нурланова', phone: '+7 701 234 56 78', email: 'aigerim.nurlanova@mail.ru', city: 'Алматы',
    country: 'Казахстан', source: 'Instagram', last: 12, total: 85000, nps: 10, notes: 'Постоянный клиент, маникюр раз в 3 недели', master: 'Алия' },
  { at: 87, duplicate: 'D01', name: '  айгерим  нурланова ', phone: '8 (701) 234-56-78', email: 'Aigerim.Nurlanova@Mail.ru', city: 'Almaty',
    country: 'KZ', source: 'инста', last: '03.10.2026', total: '12 500', master: 'алия' },
  // D02, N09
  { at: 7, duplicate: 'D02', negative: ['N09'], name: 'Иванов Иван', phone: '+7 916 555 12 34', email: 'ivan.ivanov@yandex.ru', city: 'Москва',
    country: 'Россия', source: 'Яндекс Карты', last: 40, total: 15400, nps: 8, notes: 'Стрижка по субботам' },
  { at: 142, duplicate: 'D02', name: 'Ivan Ivanov', phone: '89165551234', email: 'ivan.ivanov@yandx.ru', city: 'Moscow', country: 'RU',
    source: 'Google', last: 200, total: 3200, nps: 7, notes: 'Old record from the English form' },
  { at: 98, negative: ['N09'], name: 'Иван Иванов', phone: '+7 777 310 44 21', email: 'ivanov.ivan.kz@gmail.com', city: 'Алматы',
    country: 'Kazakhstan', source: '2GIS', last: 5, total: 12000, nps: 9, notes: 'Не путать с Иваном из Москвы' },
  // D03
  { at: 12, duplicate: 'D03', name: 'علی رضایی', phone: '0912 345 6789', email: 'ali.rezaei@gmail.com', city: 'تهران', country: 'ایران',
    source: 'از طریق دوست', last: 25, total: 4500000, nps: 9, notes: 'مشتری ثابت' },
  { at: 96, duplicate: 'D03', name: 'علي رضايي', phone: '۰۹۱۲۳۴۵۶۷۸۹', email: 'Ali.Rezaei@gmail.com', city: 'Tehran', country: 'IR',
    source: 'اینستاگرام', last: '۱۴۰۵/۰۷/۲۰', total: '۴٬۵۰۰٬۰۰۰', nps: '۹', notes: 'از فرم تلگرام ثبت شد' },
  // D04
  { at: 15, duplicate: 'D04', name: '王芳', phone: '138 0013 8000', email: 'wangfang88@163.com', city: '上海', country: '中国',
    source: '朋友推荐', last: 18, total: 3680, nps: 10, notes: '办了会员卡', master: '小王' },
  { at: 121, duplicate: 'D04', name: '王 芳', phone: '+86 13800138000', email: 'WangFang88@163.com', city: 'Shanghai', country: 'China',
    source: '小红书', last: '2026年9月30日', total: '3680元' },
  // D05
  { at: 21, duplicate: 'D05', name: 'Ганбаатар Бат-Эрдэнэ', phone: '+976 9911 2233', email: 'baterdene.g@gmail.com', city: 'Улаанбаатар',
    country: 'Монгол', source: 'Facebook', last: 33, total: 450000, nps: 8, notes: 'Картаар төлдөг' },
  { at: 160, duplicate: 'D05', name: 'Бат-Эрдэнэ Ганбаатар', phone: '99112233', city: 'УБ', country: 'Mongolia', source: 'найзаасаа',
    last: 95, total: '450 000₮', nps: 8 },
  // D06
  { at: 26, duplicate: 'D06', name: 'Әсел Серікова', phone: '+7 705 118 90 12', email: 'asel.serikova@gmail.com', city: 'Астана',
    country: 'Қазақстан', source: 'досымнан', last: 9, total: 62000, nps: 10, notes: 'Тұрақты клиент', master: 'Дана' },
  { at: 74, duplicate: 'D06', name: 'Asel Serikova', phone: '+77051189012', email: 'asel.serikova@gmail.com', city: 'Astana',
    country: 'Kazakhstan', source: 'Instagram', last: 150, total: 18500, nps: 9, notes: 'Prefers Latin spelling in messages' },
  { at: 188, duplicate: 'D06', name: 'ӘСЕЛ СЕРІКОВА', phone: '8 705 118 9012', email: 'ASEL.SERIKOVA@GMAIL.COM', city: 'Нур-Султан',
    country: 'РК', source: 'инста', master: 'Дана' },
  // D07
  { at: 30, duplicate: 'D07', name: 'Соколов Дмитрий', phone: '+7 925 640 17 08', email: 'd.sokolov@yandex.ru', city: 'Москва', country: 'РФ',
    source: 'Telegram', last: 60, total: 22800, nps: 6, notes: 'Просил счёт на компанию, "ИП Соколов"' },
  { at: 111, duplicate: 'D07', name: 'Dmitry Sokolov', phone: '8 (925) 640-17-08', email: 'd.sokolov@yandex.ru', city: 'Moscow',
    country: 'Russia', source: 'телеграм', last: 14, total: 5400, nps: 7 },
  { at: 177, duplicate: 'D07', name: 'Dmitriy  Sokolov', phone: '+7 925 6401708', email: 'D.Sokolov@yandex.ru ', city: 'москва',
    last: '14.10.2026', total: '5 400', nps: 'семь' },
  // D08
  { at: 34, duplicate: 'D08', name: "Sarah O'Connor", phone: '+7 747 555 20 30', email: 'sarah.oconnor@gmail.com', city: 'Almaty',
    country: 'Kazakhstan', source: 'Google', last: 20, total: 54000, nps: 10, notes: 'Speaks English only', master: 'Dana' },
  { at: 129, duplicate: 'D08', name: 'sarah o’connor', phone: '87475552030', email: 'sarah.oconnor@gmial.com', city: 'Алматы', country: 'KZ',
    source: 'walk-in', last: 61, total: '54 000 тг', nps: 9 },
  // D09
  { at: 39, duplicate: 'D09', name: 'کیانا کریمی', phone: '+98 935 221 4455', email: 'kiana.karimi@yahoo.com', city: 'اصفهان', country: 'ایران',
    source: 'اینستاگرام', last: 45, total: 2300000, nps: 7, notes: 'حساسیت به لاتکس\nفقط صبح‌ها' },
  { at: 150, duplicate: 'D09', name: 'كيانا كريمي', phone: '09352214455', email: 'KIANA.KARIMI@YAHOO.COM', city: 'Esfahan', country: 'Iran',
    source: 'Instagram', last: 110, total: 800000 },
  // D10
  { at: 44, duplicate: 'D10', name: '李娜', phone: '139 1722 5068', email: '13917225068@163.com', city: '北京', country: '中国',
    source: '大众点评', last: 7, total: 1299.5, nps: 9, notes: '对香料过敏' },
  { at: 167, duplicate: 'D10', name: 'Li Na', phone: '+86-139-1722-5068', email: '13917225068@163.con', city: 'Beijing', country: 'CN',
    source: 'dianping', last: '2026/10/02', total: '1299,5', nps: 9, notes: 'Registered through the English form' },
  // D11
  { at: 50, duplicate: 'D11', name: 'Мария Петрова', phone: '+7 (903) 111-22-33', email: 'maria.petrova@mail.ru', city: 'Москва',
    country: 'Россия', source: 'от подруги', last: 3, total: 9800, nps: 10, master: 'Света' },
  { at: 51, duplicate: 'D11', name: `Мария${NBSP}Петрова`, phone: '8 903 111 22 33', email: 'maria.petrova@mail.ru', city: 'Москва',
    country: 'Россия', source: 'от подруги', last: 3, total: 9800, nps: 10, notes: 'вставлено из WhatsApp' },
  { at: 133, duplicate: 'D11', name: `Мария Петрова${ZWSP}`, phone: `+7${NBSP}903${NBSP}111${NBSP}22${NBSP}33`,
    email: `Maria.Petrova@mail.ru${ZWSP}`, city: 'Moscow', country: 'Russia', source: 'Instagram', last: 230, total: 4100, nps: 9 },
  // D12
  { at: 55, duplicate: 'D12', name: 'Дорж Оюунчимэг', phone: '8811 4455', email: 'oyunchimeg.d@gmail.com', city: 'Улаанбаатар',
    country: 'Монгол Улс', source: 'Instagram', last: 28, total: 320000, nps: 10, notes: 'Байнгын үйлчлүүлэгч', master: 'Сараа' },
  { at: 119, duplicate: 'D12', name: 'Д.Оюунчимэг', phone: '88114455', city: 'УБ', country: 'Монгол', source: 'найзаасаа', last: 180,
    total: 95000, nps: 8, master: 'Сараа' },
  { at: 182, duplicate: 'D12', name: 'Oyunchimeg Dorj', phone: '+976 88114455', email: 'Oyunchimeg.D@gmail.com', city: 'Ulaanbaatar',
    country: 'MN', source: 'instagram', last: 90, total: 120000 },
  // D13
  { at: 60, duplicate: 'D13', name: 'Ержан Қасымов', phone: '+7 707 402 33 11', email: 'erzhan.kasymov@mail.ru', city: 'Шымкент',
    country: 'Қазақстан', source: '2ГИС', last: 70, total: 41000, nps: 5, notes: 'Жаңа клиент' },
  { at: 104, duplicate: 'D13', name: 'Ержан Касымов', phone: '8-707-402-33-11', email: 'erzhan.kasymov@mail.ru', city: 'Shymkent',
    country: 'Казахстан', source: '2GIS', last: 8, total: '41000', nps: 6 },
  // D14
  { at: 65, duplicate: 'D14', name: '陈静', phone: '186 2100 7788', email: '38291045@qq.com', city: '上海', country: '中国', source: '微信',
    last: 15, total: 2150, nps: 8, notes: '只在周末来' },
  { at: 139, duplicate: 'D14', name: '陈静 ', phone: '18621007788', email: '38291045@QQ.COM', city: '上海市', country: '中华人民共和国',
    source: '朋友推荐', last: '2026年10月17日', total: 2150, nps: 8 },
  // D15
  { at: 69, duplicate: 'D15', name: 'محمد حسینی', phone: '+98 912 111 2233', email: 'm.hosseini@gmail.com', city: 'تهران', country: 'ایران',
    source: 'گوگل', last: 52, total: 12000000, nps: 6, notes: 'تخفیف ۱۰٪ داده شد' },
  { at: 156, duplicate: 'D15', name: 'Mohammad Hosseini', phone: '09121112233', email: 'M.Hosseini@gmail.com', city: 'Tehran', country: 'Иран',
    source: 'Google', last: 300, total: 5000000 },
  // D16
  { at: 78, duplicate: 'D16', name: 'JOHN SMITH', phone: '+7 701 900 11 22', email: 'JOHN.SMITH@GMAIL.COM', city: 'ALMATY', country: 'KAZAKHSTAN',
    source: 'WALK-IN', last: 100, total: 30000, nps: 8 },
  { at: 194, duplicate: 'D16', name: 'John Smith', phone: '8 701 900 1122', email: 'john.smith@gmial.com', city: 'Almaty', country: 'Kazakhstan',
    source: 'walk-in', last: 2, total: 15000, nps: 9, notes: 'Paid in cash' },
  // D17
  { at: 83, duplicate: 'D17', name: 'Ольга Ким', phone: '87017778899', email: 'olga.kim@inbox.ru', city: 'Алматы', country: 'Казахстан',
    source: 'от подруги', last: 11, total: 27000, nps: 10, master: 'Жанна' },
  { at: 117, duplicate: 'D17', name: 'Ким Ольга', phone: '+7 701 777 88 99', city: 'Алматы ', country: 'KZ', source: 'подруга посоветовала',
    last: '21.09.2026', total: '27 000', nps: 10, notes: 'Аллергия на орехи\nпредупредить мастера', master: 'Жанна' },
  // D18
  { at: 91, duplicate: 'D18', name: 'Нурсултан Абенов', phone: '+7 771 250 60 70', email: 'n.abenov@mail.ru', city: 'Астана',
    country: 'Казахстан', source: 'Telegram', last: 35, total: 18000, nps: 4, notes: 'Жаловался на ожидание' },
  { at: 125, duplicate: 'D18', name: 'нурсултан абенов', phone: '+7 (771) 250 6070', email: 'n.abenov@mial.ru', city: 'астана', country: 'kz',
    source: 'тг', total: '12,5', nps: 3, notes: 'сумма в тысячах' },
  { at: 199, duplicate: 'D18', name: 'Nursultan Abenov', phone: '7712506070', email: 'N.Abenov@mail.ru', city: 'Astana', country: 'Kazakhstan',
    source: 'Telegram', last: 4, total: 6000, nps: 'десять' },
  // N01
  { at: 46, negative: ['N01'], name: 'Гульнара Ахметова', phone: '+7 702 300 40 50', email: 'gulnara.akhmetova@mail.ru', city: 'Астана',
    country: 'Казахстан', address: 'пр. Кабанбай батыра 11, кв. 45', source: 'от подруги', last: 22, total: 56000, nps: 9 },
  { at: 47, negative: ['N01'], name: 'Айдана Ахметова', phone: '+7 702 300 40 50', email: 'aidana.akhmetova@gmail.com', city: 'Астана',
    country: 'Казахстан', address: 'пр. Кабанбай батыра 11, кв. 45', source: 'Instagram', last: 22, total: 14000, nps: 10,
    notes: 'Дочь Гульнары, записывает мама' },
  // N02
  { at: 57, negative: ['N02'], name: 'رضا احمدی', phone: '021 8888 1234', email: 'reza.ahmadi@gmail.com', city: 'تهران', country: 'ایران',
    address: 'تهران، خیابان ولیعصر، پلاک ۱۲', source: 'حضوری', last: 80, total: 1500000, nps: 7 },
  { at: 58, negative: ['N02'], name: 'مریم احمدی', phone: '021 8888 1234', email: 'maryam.ahmadi@yahoo.com', city: 'تهران', country: 'ایران',
    address: 'تهران، خیابان ولیعصر، پلاک ۱۲', source: 'از طریق دوست', last: 12, total: 6200000, nps: 10, notes: 'همسر رضا احمدی' },
  // N03
  { at: 18, negative: ['N03'], name: 'Александр Смирнов', phone: '+7 926 410 77 05', email: 'smirnov.a@yandex.ru', city: 'Москва', country: 'Россия',
    source: 'Google', last: 48, total: 7600, nps: 8 },
  { at: 135, negative: ['N03'], name: 'Александр Смирнов', phone: '+7 778 120 09 83', email: 'alex.smirnov.almaty@mail.ru', city: 'Алматы',
    country: 'Казахстан', source: '2GIS', last: 19, total: 23000, nps: 9, notes: 'Тёзка клиента из Москвы' },
  // N04
  { at: 23, negative: ['N04'], name: '王伟', phone: '135 2468 1357', email: '551208734@qq.com', city: '上海', country: '中国', source: '抖音',
    last: 26, total: 880, nps: 7 },
  { at: 171, negative: ['N04'], name: '王伟', phone: '150 1010 2323', email: 'wangwei.bj@163.com', city: '北京', country: '中国', source: '美团',
    last: 64, total: 2400, nps: 9, notes: '北京的王伟，不是上海那位' },
  // N05
  { at: 36, negative: ['N05'], name: 'Болд Баатар', phone: '9505 1122', email: 'bold.baatar@gmail.com', city: 'Улаанбаатар', country: 'Монгол',
    source: 'Facebook', last: 41, total: 210000, nps: 9 },
  { at: 146, negative: ['N05'], name: 'Болд Баатар', phone: '+976 8600 3344', city: 'Дархан', country: 'Монгол', source: 'зар', last: 130,
    total: 60000, nps: 6 },
  // N06
  { at: 62, negative: ['N06'], name: 'Иван Петров', phone: '+7 985 123 00 11', email: 'petrovy.family@mail.ru', city: 'Москва', country: 'Россия',
    address: 'ул. Профсоюзная 56, кв. 7', source: 'VK', last: 37, total: 6500, nps: 7 },
  { at: 63, negative: ['N06'], name: 'Анна Петрова', phone: '+7 985 123 00 12', email: 'petrovy.family@mail.ru', city: 'Москва', country: 'Россия',
    address: 'ул. Профсоюзная 56, кв. 7', source: 'VK', last: 10, total: 19800, nps: 10, notes: 'Жена Ивана Петрова, общая почта', master: 'Света' },
  // N07
  { at: 80, negative: ['N07'], name: 'محمد رضایی', phone: '0919 870 1122', email: 'mohammad.rezaei@gmail.com', city: 'تهران', country: 'ایران',
    source: 'دیوار', last: 56, total: 3100000, nps: 8 },
  { at: 185, negative: ['N07'], name: 'محمد رضایی', phone: '0917 330 6655', email: 'rezaei.shiraz@yahoo.com', city: 'شیراز', country: 'ایران',
    source: 'از طریق دوست', last: 140, total: 900000, nps: 6 },
  // N08
  { at: 107, negative: ['N08'], name: '刘洋', phone: '177 5566 8899', email: 'liuyang@126.com', city: '杭州', country: '中国', source: '朋友推荐',
    last: 31, total: 1560, nps: 8 },
  { at: 108, negative: ['N08'], name: '刘丽', phone: '177 5566 8899', city: '杭州', country: '中国', source: '朋友推荐', last: 31, total: 2380,
    nps: 10, notes: '刘洋的妻子，用丈夫的手机' },
  // N10 (the last rows, so the generated rows before them stay as they were)
  { at: 198, negative: ['N10'], name: 'Аружан Каримова', phone: '8 707 415 26 37', city: 'Алматы', country: 'Казахстан', source: 'Instagram',
    last: 12, total: 42000, nps: 9 },
  { at: 200, negative: ['N10'], name: 'Бауыржан Каримов', phone: '+7 707 415 26 37', email: 'bauyrzhan.karimov@mail.kz', city: 'Алматы',
    country: 'Казахстан', source: 'от сестры', last: 75, total: 18500, nps: 8, notes: 'Брат Аружан, телефон общий' },
];

// ---- generated rows ----

type Locale = 'ru' | 'kz' | 'mn' | 'fa' | 'zh' | 'en';
type Country = 'RU' | 'KZ' | 'MN' | 'IR' | 'CN';
/** A name in its own script with a Latin spelling, for emails and transliterated rows. */
type Named = readonly [native: string, latin: string];

interface CityChoice {
  country: Country;
  spellings: readonly string[];
  addresses: readonly string[];
}

interface LocalePool {
  weight: number;
  given: readonly Named[];
  family: readonly Named[];
  /** Female family names are the male ones with this ending (Russian and Kazakh -ов/-ова), else unchanged. */
  femaleEnding?: Named;
  femaleGiven?: readonly Named[];
  cities: readonly CityChoice[];
  sources: readonly string[];
  notes: readonly string[];
  masters: readonly string[];
}

const COUNTRY_SPELLINGS: Record<Country, readonly string[]> = {
  RU: ['Россия', 'Россия', 'РФ', 'Russia', 'RU', 'россия'],
  KZ: ['Казахстан', 'Казахстан', 'KZ', 'Kazakhstan', 'Қазақстан', 'РК', 'Kazakstan'],
  MN: ['Монгол', 'Монгол', 'Mongolia', 'MN', 'Монгол Улс', 'Монголия'],
  IR: ['ایران', 'ایران', 'Iran', 'IR', 'Иран', 'ايران'],
  CN: ['中国', '中国', 'China', 'CN', '中华人民共和国', 'Китай'],
};

const EMAIL_DOMAINS: Record<Country, readonly string[]> = {
  RU: ['mail.ru', 'yandex.ru', 'gmail.com', 'bk.ru', 'list.ru', 'inbox.ru'],
  KZ: ['mail.ru', 'gmail.com', 'inbox.ru', 'yandex.kz', 'mail.ru'],
  MN: ['gmail.com', 'yahoo.com', 'gmail.com'],
  IR: ['gmail.com', 'yahoo.com', 'gmail.com'],
  CN: ['qq.com', '163.com', '126.com', 'qq.com'],
};

const DOMAIN_TYPOS: Record<string, readonly string[]> = {
  'gmail.com': ['gmial.com', 'gmail.co', 'gmai.com'],
  'mail.ru': ['mial.ru', 'mail.r', 'mail.ry'],
  'yandex.ru': ['yandx.ru', 'yande.ru'],
  'yahoo.com': ['yaho.com', 'yahoo.co'],
  'qq.com': ['qq.co', 'qq.con'],
  '163.com': ['163.con', '163.cm'],
};

const ALMATY: CityChoice = {
  country: 'KZ', spellings: ['Алматы', 'Алматы', 'Almaty', 'алматы', 'Алма-Ата', 'г. Алматы'],
  addresses: ['ул. Абая', 'пр. Достык', 'мкр. Самал-2, д.', 'ул. Толе би', 'ул. Жандосова'],
};
const ASTANA: CityChoice = {
  country: 'KZ', spellings: ['Астана', 'Астана', 'Astana', 'Нур-Султан', 'Нұр-Сұлтан'],
  addresses: ['пр. Мангилик Ел', 'ул. Сыганак', 'пр. Туран'],
};
const MOSCOW: CityChoice = {
  country: 'RU', spellings: ['Москва', 'Москва', 'Moscow', 'г. Москва', 'МСК', 'москва'],
  addresses: ['ул. Тверская', 'Ленинский пр-т', 'ул. Бутлерова', 'Мичуринский пр-т'],
};
const ULAANBAATAR: CityChoice = {
  country: 'MN', spellings: ['Улаанбаатар', 'Улаанбаатар', 'УБ', 'Ulaanbaatar', 'Ulan Bator', 'улаанбаатар'],
  addresses: ['СБД, 1-р хороо, байр', 'ХУД, 15-р хороо, байр', 'БЗД, 3-р хороо, байр'],
};
const TEHRAN: CityChoice = {
  country: 'IR', spellings: ['تهران', 'تهران', 'Tehran', 'Teheran', 'تهران '],
  addresses: ['تهران، خیابان شریعتی، پلاک', 'تهران، سعادت آباد، پلاک', 'تهران، نارمک، پلاک'],
};
const SHANGHAI: CityChoice = {
  country: 'CN', spellings: ['上海', '上海', '上海市', 'Shanghai', 'shanghai'],
  addresses: ['上海市徐汇区衡山路', '上海市静安区南京西路', '上海市浦东新区世纪大道'],
};
const BEIJING: CityChoice = {
  country: 'CN', spellings: ['北京', '北京', '北京市', 'Beijing'],
  addresses: ['北京市朝阳区建国路', '北京市海淀区中关村大街'],
};

const POOLS: Record<Locale, LocalePool> = {
  ru: {
    weight: 34,
    given: [['Алексей', 'aleksey'], ['Сергей', 'sergey'], ['Андрей', 'andrey'], ['Павел', 'pavel'], ['Михаил', 'mikhail'],
      ['Николай', 'nikolay'], ['Артём', 'artem'], ['Виктор', 'viktor'], ['Денис', 'denis'], ['Роман', 'roman'], ['Игорь', 'igor']],
    femaleGiven: [['Елена', 'elena'], ['Наталья', 'natalya'], ['Татьяна', 'tatyana'], ['Ирина', 'irina'], ['Екатерина', 'ekaterina'],
      ['Светлана', 'svetlana'], ['Юлия', 'yulia'], ['Ксения', 'ksenia'], ['Дарья', 'darya'], ['Людмила', 'lyudmila'], ['Вероника', 'veronika']],
    family: [['Кузнецов', 'kuznetsov'], ['Попов', 'popov'], ['Васильев', 'vasilyev'], ['Морозов', 'morozov'], ['Новиков', 'novikov'],
      ['Фёдоров', 'fedorov'], ['Волков', 'volkov'], ['Лебедев', 'lebedev'], ['Козлов', 'kozlov'], ['Егоров', 'egorov'], ['Орлов', 'orlov'],
      ['Зайцев', 'zaytsev'], ['Белов', 'belov'], ['Тарасов', 'tarasov']],
    femaleEnding: ['а', 'a'],
    cities: [MOSCOW, MOSCOW, MOSCOW, ALMATY, ASTANA],
    sources: ['Instagram', 'инста', 'Инстаграм', 'Telegram', 'телеграм', 'от подруги', 'подруга посоветовала', 'сарафан', 'Google',
      'Яндекс Карты', '2GIS', '2гис', 'проходила мимо', 'walk-in', 'реклама в лифте', 'VK', 'вконтакте'],
    notes: ['Аллергия на латекс', 'Предпочитает утренние записи', 'VIP, скидка 10%', 'Просила не звонить после 20:00', 'Пришла с дочкой',
      'постоянный клиент', 'Оплата только картой', 'Сказала "перезвоните в понедельник", ок', 'маникюр + педикюр',
      'Чувствительная кожа\nтолько гипоаллергенное', 'подарочный сертификат на 5000'],
    masters: ['Света', 'Алия', 'Жанна', 'Света ', 'Дана'],
  },
  kz: {
    weight: 34,
    given: [['Нұрлан', 'nurlan'], ['Ерлан', 'erlan'], ['Дәурен', 'dauren'], ['Арман', 'arman'], ['Бауыржан', 'bauyrzhan'], ['Ғалым', 'galym'],
      ['Асхат', 'askhat'], ['Жандос', 'zhandos'], ['Қайрат', 'kairat'], ['Тимур', 'timur'], ['Азамат', 'azamat']],
    femaleGiven: [['Айгүл', 'aigul'], ['Жанар', 'zhanar'], ['Мадина', 'madina'], ['Гүлнұр', 'gulnur'], ['Аружан', 'aruzhan'], ['Динара', 'dinara'],
      ['Салтанат', 'saltanat'], ['Ботагөз', 'botagoz'], ['Ақмарал', 'akmaral'], ['Жұлдыз', 'zhuldyz'], ['Томирис', 'tomiris']],
    family: [['Омаров', 'omarov'], ['Жұмабаев', 'zhumabayev'], ['Тоқтаров', 'toktarov'], ['Ермеков', 'ermekov'], ['Әбдірахманов', 'abdirakhmanov'],
      ['Сәрсенбаев', 'sarsenbayev'], ['Мұқанов', 'mukanov'], ['Исаев', 'isayev'], ['Байжанов', 'baizhanov'], ['Оспанов', 'ospanov'],
      ['Нұрпейісов', 'nurpeisov'], ['Қожахметов', 'kozhakhmetov'], ['Жақсылықов', 'zhaksylykov']],
    femaleEnding: ['а', 'a'],
    cities: [ALMATY, ALMATY, ALMATY, ASTANA, ASTANA,
      { country: 'KZ', spellings: ['Шымкент', 'Shymkent'], addresses: ['ул. Байтурсынова', 'мкр. Нурсат'] }],
    sources: ['Instagram', 'инста', '2GIS', '2ГИС', 'досымнан', 'от подруги', 'Telegram', 'TikTok', 'walk-in', 'Google', 'тг', 'Instagram '],
    notes: ['Жаңа клиент', 'Тұрақты клиент', 'Жеңілдік картасы бар', 'Кешке ғана', 'Келесі жолы 10% жеңілдік', 'Звонить на WhatsApp',
      'Брови + ресницы', 'Записывать только к Алие'],
    masters: ['Алия', 'Дана', 'Жанна', 'алия', 'Айгерим'],
  },
  mn: {
    weight: 24,
    given: [['Мөнхбат', 'munkhbat'], ['Батбаяр', 'batbayar'], ['Ганзориг', 'ganzorig'], ['Тэмүүлэн', 'temuulen'], ['Энхбаяр', 'enkhbayar'],
      ['Пүрэвдорж', 'purevdorj'], ['Эрдэнэбат', 'erdenebat'], ['Сүхбаатар', 'sukhbaatar'], ['Сарангэрэл', 'sarangerel'],
      ['Энхжаргал', 'enkhjargal'], ['Номин', 'nomin'], ['Цэцэг', 'tsetseg'], ['Анужин', 'anujin'], ['Хулан', 'khulan'], ['Солонго', 'solongo'],
      ['Нарантуяа', 'narantuya'], ['Мөнхзул', 'munkhzul'], ['Уянга', 'uyanga']],
    family: [['Ганболд', 'ganbold'], ['Цэрэн', 'tseren'], ['Лхагва', 'lkhagva'], ['Пүрэв', 'purev'], ['Жаргал', 'jargal'], ['Даваа', 'davaa'],
      ['Нямдорж', 'nyamdorj'], ['Энхтөр', 'enkhtur'], ['Гантулга', 'gantulga'], ['Ариунболд', 'ariunbold'], ['Сүх', 'sukh'], ['Очир', 'ochir']],
    cities: [ULAANBAATAR, ULAANBAATAR, ULAANBAATAR, ULAANBAATAR,
      { country: 'MN', spellings: ['Дархан', 'Darkhan'], addresses: ['Дархан, 5-р баг, байр'] },
      { country: 'MN', spellings: ['Эрдэнэт', 'Erdenet'], addresses: ['Эрдэнэт, Баянбулаг, байр'] }],
    sources: ['Facebook', 'фэйсбүүк', 'Instagram', 'найзаасаа', 'найз', 'Google', 'walk-in', 'зар', 'Telegram'],
    notes: ['Байнгын үйлчлүүлэгч', 'Картаар төлдөг', 'Оройн цагаар ирдэг', 'Хөнгөлөлтийн карттай', 'Англиар ярьдаг', 'Шинэ үйлчлүүлэгч', 'Шинэ үйлчлүүлэгч\nОройн цагаар ирдэг'],
    masters: ['Сараа', 'Номин', 'Сараа'],
  },
  fa: {
    weight: 30,
    given: [['امیر', 'amir'], ['حسین', 'hossein'], ['مهدی', 'mahdi'], ['سعید', 'saeed'], ['کامران', 'kamran'], ['بهرام', 'bahram'],
      ['پویا', 'pouya'], ['آرش', 'arash'], ['کیوان', 'keyvan'], ['فرهاد', 'farhad'], ['سارا', 'sara'], ['زهرا', 'zahra'], ['فاطمه', 'fatemeh'],
      ['نگار', 'negar'], ['پریسا', 'parisa'], ['نیلوفر', 'niloufar'], ['شیرین', 'shirin'], ['الهام', 'elham'], ['یاسمن', 'yasaman'],
      ['لیلا', 'leila'], ['مهسا', 'mahsa'], ['ترانه', 'taraneh']],
    family: [['محمدی', 'mohammadi'], ['موسوی', 'mousavi'], ['جعفری', 'jafari'], ['صادقی', 'sadeghi'], ['نوری', 'nouri'], ['قاسمی', 'ghasemi'],
      ['کاظمی', 'kazemi'], ['رحیمی', 'rahimi'], ['طاهری', 'taheri'], ['اکبری', 'akbari'], ['یزدانی', 'yazdani'], ['شریفی', 'sharifi'],
      ['نجفی', 'najafi']],
    cities: [TEHRAN, TEHRAN, TEHRAN,
      { country: 'IR', spellings: ['اصفهان', 'Isfahan', 'Esfahan'], addresses: ['اصفهان، خیابان چهارباغ، پلاک'] },
      { country: 'IR', spellings: ['شیراز', 'Shiraz'], addresses: ['شیراز، خیابان زند، پلاک'] },
      { country: 'IR', spellings: ['مشهد', 'Mashhad'], addresses: ['مشهد، بلوار وکیل آباد، پلاک'] }],
    sources: ['اینستاگرام', 'Instagram', 'از طریق دوست', 'دوستم معرفی کرد', 'تلگرام', 'گوگل', 'دیوار', 'حضوری', 'Telegram'],
    notes: ['مشتری ثابت', 'حساسیت به لاتکس', 'فقط صبح‌ها', 'کارت هدیه خرید', 'تخفیف ۱۰٪ داده شد', 'با دخترش آمد', 'پرداخت کارت به کارت',
      'لطفاً قبل از نوبت پیامک بزنید'],
    masters: ['مینا', 'مینا', 'سحر'],
  },
  zh: {
    weight: 26,
    given: [['敏', 'min'], ['磊', 'lei'], ['艳', 'yan'], ['勇', 'yong'], ['军', 'jun'], ['杰', 'jie'], ['婷', 'ting'], ['雪', 'xue'], ['晨', 'chen'],
      ['子涵', 'zihan'], ['梓萱', 'zixuan'], ['浩然', 'haoran'], ['一诺', 'yinuo'], ['欣怡', 'xinyi'], ['俊杰', 'junjie'], ['思远', 'siyuan'],
      ['秀英', 'xiuying'], ['建国', 'jianguo'], ['丹', 'dan'], ['超', 'chao']],
    family: [['王', 'wang'], ['李', 'li'], ['张', 'zhang'], ['刘', 'liu'], ['陈', 'chen'], ['杨', 'yang'], ['赵', 'zhao'], ['黄', 'huang'],
      ['周', 'zhou'], ['吴', 'wu'], ['徐', 'xu'], ['孙', 'sun'], ['马', 'ma'], ['朱', 'zhu']],
    cities: [SHANGHAI, SHANGHAI, BEIJING,
      { country: 'CN', spellings: ['深圳', 'Shenzhen'], addresses: ['深圳市南山区科技园'] },
      { country: 'CN', spellings: ['杭州', '杭州市'], addresses: ['杭州市西湖区文三路'] }],
    sources: ['朋友推荐', '小红书', '大众点评', '微信', '抖音', '路过', '美团', '朋友介绍', 'WeChat'],
    notes: ['老顾客', '只在周末来', '对香料过敏', '办了会员卡', '喜欢安静', '微信联系', '生日在十二月\n送小礼物'],
    masters: ['小王', 'Lily', '小李'],
  },
  en: {
    weight: 8,
    given: [['Emily', 'emily'], ['James', 'james'], ['Olivia', 'olivia'], ['Daniel', 'daniel'], ['Sophie', 'sophie'], ['Michael', 'michael'],
      ['Laura', 'laura'], ['Thomas', 'thomas'], ['Hannah', 'hannah'], ['Peter', 'peter']],
    family: [['Brown', 'brown'], ['Taylor', 'taylor'], ['Wilson', 'wilson'], ['Evans', 'evans'], ['Walker', 'walker'], ['Hughes', 'hughes'],
      ['Clarke', 'clarke'], ['Turner', 'turner']],
    cities: [
      { country: 'KZ', spellings: ['Almaty'], addresses: ['Abay Ave'] },
      { country: 'RU', spellings: ['Moscow'], addresses: ['Tverskaya St'] },
      { country: 'CN', spellings: ['Shanghai'], addresses: ['Hengshan Rd'] },
      { country: 'MN', spellings: ['Ulaanbaatar'], addresses: ['Seoul St'] }],
    sources: ['Google', 'Instagram', 'walk-in', 'Walk in', 'friend', 'Google Maps', 'TripAdvisor'],
    notes: ['Prefers evening appointments', 'Gift card buyer', 'Allergic to latex', 'Speaks English only', 'Paid in cash', 'Expat, leaves in June'],
    masters: ['Dana', 'Lily'],
  },
};

class Dice {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = seededRandom(seed);
  }
  chance(probability: number): boolean {
    return this.next() < probability;
  }
  int(low: number, high: number): number {
    return low + Math.floor(this.next() * (high - low + 1));
  }
  /** A gap of an exponential distribution with this mean (the time between a Poisson buyer's purchases). */
  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next());
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  digits(count: number): string {
    return Array.from({ length: count }, () => String(this.int(0, 9))).join('');
  }
}

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const persianDigits = (text: string) => text.replace(/[0-9]/g, (digit) => PERSIAN_DIGITS[Number(digit)] ?? digit);
/** How a Persian name looks typed on an Arabic keyboard layout. */
const arabicLetterForms = (text: string) => text.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
const capitalised = (latin: string) => latin.charAt(0).toUpperCase() + latin.slice(1);
const twoDigits = (n: number) => String(n).padStart(2, '0');

/** The Jalali (Persian calendar) date of a Gregorian one, by the widely used jalaali-js arithmetic. */
function jalaliDate(date: Date): [year: number, month: number, day: number] {
  const gy = date.getUTCFullYear();
  const gm = date.getUTCMonth() + 1;
  const gd = date.getUTCDate();
  const monthStarts = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
  const gy2 = gm > 2 ? gy + 1 : gy;
  let days = 355666 + 365 * gy + Math.floor((gy2 + 3) / 4) - Math.floor((gy2 + 99) / 100) + Math.floor((gy2 + 399) / 400) + gd +
    (monthStarts[gm - 1] ?? 0);
  let jy = -1595 + 33 * Math.floor(days / 12053);
  days %= 12053;
  jy += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    jy += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  return days < 186 ? [jy, 1 + Math.floor(days / 31), 1 + (days % 31)] : [jy, 7 + Math.floor((days - 186) / 30), 1 + ((days - 186) % 30)];
}

/** A purchase date typed as text, the way each locale writes dates. */
function typedDate(locale: Locale, date: Date): string {
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  switch (locale) {
    case 'ru':
    case 'kz':
      return `${twoDigits(d)}.${twoDigits(m)}.${y}`;
    case 'mn':
      return `${y}.${twoDigits(m)}.${twoDigits(d)}`;
    case 'fa': {
      const [jy, jm, jd] = jalaliDate(date);
      return persianDigits(`${jy}/${twoDigits(jm)}/${twoDigits(jd)}`);
    }
    case 'zh':
      return `${y}年${m}月${d}日`;
    case 'en':
      return `${m}/${d}/${y}`;
  }
}

/** National significant numbers, without the country code or trunk prefix. */
function nationalNumber(dice: Dice, country: Country): string {
  switch (country) {
    case 'KZ':
      return dice.pick(['701', '702', '705', '707', '747', '771', '775', '777', '778']) + dice.digits(7);
    case 'RU':
      return dice.pick(['903', '905', '909', '915', '916', '925', '926', '985', '999']) + dice.digits(7);
    case 'MN':
      return dice.pick(['99', '88', '95', '94', '80', '86', '91']) + dice.digits(6);
    case 'IR':
      return dice.pick(['912', '935', '919', '901', '913', '936', '921']) + dice.digits(7);
    case 'CN':
      return dice.pick(['138', '139', '135', '136', '150', '186', '159', '177', '188']) + dice.digits(8);
  }
}

function phoneFormats(country: Country, n: string): string[] {
  const part = (from: number, to: number) => n.slice(from, to);
  switch (country) {
    case 'KZ':
    case 'RU': {
      const [a, b, c, d] = [part(0, 3), part(3, 6), part(6, 8), part(8, 10)];
      return [`+7 ${a} ${b} ${c} ${d}`, `+7 ${a} ${b} ${c} ${d}`, `8 (${a}) ${b}-${c}-${d}`, `8${n}`, `+7${n}`, `8 ${a} ${b} ${c}${d}`,
        `+7 (${a}) ${b}-${c}-${d}`, n, `8-${a}-${b}-${c}-${d}`];
    }
    case 'MN':
      return [`+976 ${part(0, 4)} ${part(4, 8)}`, n, n, `${part(0, 4)}-${part(4, 8)}`, `+976-${n}`, `${part(0, 4)} ${part(4, 8)}`];
    case 'IR': {
      const spaced = `0${part(0, 3)} ${part(3, 6)} ${part(6, 10)}`;
      return [spaced, spaced, `0${n}`, `+98 ${part(0, 3)} ${part(3, 6)} ${part(6, 10)}`, `+98${n}`, persianDigits(`0${n}`),
        persianDigits(spaced), `0098 ${part(0, 3)} ${part(3, 6)} ${part(6, 10)}`];
    }
    case 'CN': {
      const spaced = `${part(0, 3)} ${part(3, 7)} ${part(7, 11)}`;
      return [spaced, n, n, `+86 ${spaced}`, `+86-${part(0, 3)}-${part(3, 7)}-${part(7, 11)}`, `${part(0, 3)}-${part(3, 7)}-${part(7, 11)}`,
        `0086 ${n}`];
    }
  }
}

const NO_PHONE: Record<Locale, readonly string[]> = {
  ru: ['нет', 'не дала номер'], kz: ['нет'], mn: ['байхгүй'], fa: ['ندارد'], zh: ['无'], en: ['n/a'],
};

function amount(dice: Dice, country: Country): number {
  switch (country) {
    case 'KZ':
      return dice.int(10, 900) * 500;
    case 'RU':
      return dice.int(10, 1200) * 100;
    case 'MN':
      return dice.int(20, 2000) * 1000;
    case 'IR':
      return dice.int(20, 2500) * 10000;
    case 'CN':
      return dice.chance(0.15) ? dice.int(200, 40000) / 2 : dice.int(10, 2000) * 10;
  }
}

/** A total as a person types it into a text cell: grouped with spaces, a decimal comma, a currency sign. */
function typedAmount(dice: Dice, country: Country, value: number): string {
  const spaced = String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  switch (country) {
    case 'KZ':
      return dice.pick([spaced, `${spaced} тг`, `${spaced} ₸`, `${String(value / 1000).replace('.', ',')}`]);
    case 'RU':
      return dice.pick([spaced, `${spaced} р.`, `${String(value / 1000).replace('.', ',')}`]);
    case 'MN':
      return dice.pick([`${spaced}₮`, spaced]);
    case 'IR':
      return dice.pick([persianDigits(String(value).replace(/\B(?=(\d{3})+(?!\d))/g, '٬')), `${persianDigits(String(value / 1000000))} میلیون`]);
    case 'CN':
      return dice.pick([`${value}元`, `¥${value}`]);
  }
}

function typedNps(dice: Dice): number | string {
  if (dice.chance(0.15)) return '';
  if (dice.chance(0.05)) return dice.pick(['десять', 11, 7.5, '9/10', '۸', 'n/a']);
  return dice.pick([10, 10, 10, 9, 9, 9, 8, 8, 7, 7, 6, 5, 4, 3, 2, 0]);
}

/** Spacing a person leaves by accident. */
function sloppySpacing(dice: Dice, text: string): string {
  switch (dice.int(0, 4)) {
    case 0:
      return ` ${text}`;
    case 1:
      return `${text} `;
    case 2:
      return text.replace(' ', '  ');
    case 3:
      return text.replace(' ', NBSP);
    default:
      return `${text}${ZWSP}`;
  }
}

interface Person {
  given: Named;
  family: Named;
}

/** What a generated row must not repeat (names in either order, phones, email names, addresses), so it is a distinct person. */
type Taken = Set<string>;

const nameKey = (a: string, b: string) => `name:${[a.toLowerCase(), b.toLowerCase()].sort().join(' ')}`;
const phoneKey = (national: string) => `phone:${national.slice(-8)}`;

function takenByCurated(): Taken {
  const taken: Taken = new Set();
  for (const row of CURATED) {
    const digits = (row.phone ?? '').replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))).replace(/\D/g, '');
    if (digits.length >= 8) taken.add(phoneKey(digits));
    const local = (row.email ?? '').replace(/\u200B/g, '').trim().split('@')[0];
    if (local) taken.add(`email-local:${local.toLowerCase()}`);
    if (row.address) taken.add(`address:${row.address}`);
  }
  return taken;
}

function choosePerson(dice: Dice, locale: Locale, taken: Taken): Person {
  const pool = POOLS[locale];
  for (;;) {
    const female = pool.femaleGiven !== undefined && dice.chance(0.6);
    const given = female && pool.femaleGiven ? dice.pick(pool.femaleGiven) : dice.pick(pool.given);
    const male = dice.pick(pool.family);
    const family: Named = female && pool.femaleEnding ? [male[0] + pool.femaleEnding[0], male[1] + pool.femaleEnding[1]] : male;
    const key = nameKey(given[1], family[1]);
    if (taken.has(key)) continue;
    taken.add(key);
    return { given, family };
  }
}

function typedName(dice: Dice, locale: Locale, person: Person): string {
  const [given, family] = [person.given[0], person.family[0]];
  const latin = `${capitalised(person.given[1])} ${capitalised(person.family[1])}`;
  let name: string;
  switch (locale) {
    case 'zh':
      name = dice.chance(0.12) ? latin : dice.chance(0.2) ? `${family} ${given}` : `${family}${given}`;
      break;
    case 'mn':
      name = dice.chance(0.12) ? latin : dice.chance(0.25) ? `${family.charAt(0)}. ${given}` : `${family} ${given}`;
      break;
    case 'fa':
      name = dice.chance(0.1) ? latin : `${given} ${family}`;
      if (dice.chance(0.2)) name = arabicLetterForms(name);
      break;
    case 'en':
      name = latin;
      break;
    default:
      name = dice.chance(0.1) ? latin : dice.chance(0.4) ? `${family} ${given}` : `${given} ${family}`;
  }
  if (dice.chance(0.06)) name = name.toUpperCase();
  else if (dice.chance(0.05)) name = name.toLowerCase();
  if (dice.chance(0.1)) name = sloppySpacing(dice, name);
  return name;
}

function typedEmail(dice: Dice, country: Country, person: Person, taken: Taken): string {
  if (dice.chance(0.3)) return '';
  const [given, family] = [person.given[1], person.family[1]];
  const domain = dice.pick(EMAIL_DOMAINS[country]);
  let local: string;
  do {
    local = domain === 'qq.com'
      ? String(dice.int(10000000, 2999999999))
      : dice.pick([`${given}.${family}`, `${given}${family}${dice.int(1, 99)}`, `${given}_${family.charAt(0)}`, `${family}${dice.int(70, 99)}`,
        `${given.charAt(0)}.${family}`]);
  } while (taken.has(`email-local:${local}`));
  taken.add(`email-local:${local}`);
  let email = `${local}@${domain}`;
  const typos = DOMAIN_TYPOS[domain];
  if (typos && dice.chance(0.08)) email = `${local}@${dice.pick(typos)}`;
  // A phone keyboard capitalises the first letter (and some people each part of their name); a few type in caps.
  if (dice.chance(0.12)) email = email.replace(/^[a-z]|\.[a-z](?=[^@]*@)/g, (part) => part.toUpperCase());
  else if (dice.chance(0.03)) email = email.toUpperCase();
  if (dice.chance(0.02)) email = email.replace('@', dice.chance(0.5) ? ' @' : '');
  if (dice.chance(0.03)) email = dice.chance(0.5) ? `${email} ` : `${email}${ZWSP}`;
  return email;
}

function typedPhone(dice: Dice, locale: Locale, country: Country, taken: Taken): string {
  if (dice.chance(0.05)) return '';
  let national: string;
  do national = nationalNumber(dice, country);
  while (taken.has(phoneKey(national)));
  taken.add(phoneKey(national));
  if (dice.chance(0.05)) return dice.pick([national.slice(0, 5), `${national}${dice.digits(1)}`, dice.pick(NO_PHONE[locale])]);
  const phone = dice.pick(phoneFormats(country, national));
  return dice.chance(0.04) ? sloppySpacing(dice, phone) : phone;
}

function typedAddress(dice: Dice, locale: Locale, city: CityChoice, taken: Taken): string {
  for (;;) {
    const house = dice.int(1, 120);
    const address = `${dice.pick(city.addresses)} ${locale === 'fa' ? persianDigits(String(house)) : house}`;
    if (taken.has(`address:${address}`)) continue;
    taken.add(`address:${address}`);
    return address;
  }
}

const LOCALES = Object.keys(POOLS) as Locale[];
/** Each locale as often as its weight says: ['ru', 'ru', …, 'en']. */
const LOCALE_DRAW: readonly Locale[] = LOCALES.flatMap((locale) => Array<Locale>(POOLS[locale].weight).fill(locale));

function generatedRow(dice: Dice, taken: Taken): DemoCell[] {
  const locale = dice.pick(LOCALE_DRAW);
  const pool = POOLS[locale];
  const person = choosePerson(dice, locale, taken);
  const city = dice.pick(pool.cities);
  const days = dice.int(1, 900);
  const spent = amount(dice, city.country);
  return customerRow({
    name: typedName(dice, locale, person),
    phone: typedPhone(dice, locale, city.country, taken),
    email: typedEmail(dice, city.country, person, taken),
    city: dice.chance(0.07) ? '' : dice.pick(city.spellings),
    country: dice.chance(0.15) ? '' : dice.pick(COUNTRY_SPELLINGS[city.country]),
    address: dice.chance(0.22) ? typedAddress(dice, locale, city, taken) : '',
    source: dice.chance(0.15) ? '' : dice.pick(pool.sources),
    last: dice.chance(0.1) ? '' : dice.chance(0.08) ? typedDate(locale, daysAgo(days)) : days,
    total: dice.chance(0.08) ? '' : dice.chance(0.08) ? typedAmount(dice, city.country, spent) : spent,
    nps: typedNps(dice),
    notes: dice.chance(0.3) ? dice.pick(pool.notes) : '',
    master: dice.chance(0.35) ? dice.pick(pool.masters) : '',
  });
}

/** What one visit typically costs in each country's currency (a manicure, a haircut, a clinic visit, an order). */
const TICKET: Record<Country, (dice: Dice) => number> = {
  KZ: (dice) => dice.int(5, 25) * 1000,
  RU: (dice) => dice.int(15, 60) * 100,
  MN: (dice) => dice.int(20, 90) * 1000,
  IR: (dice) => dice.int(50, 300) * 10000,
  CN: (dice) => dice.int(8, 60) * 10,
};

/** Each country's currency (ISO 4217; toman, what Iranian prices are written in, as IRT). */
const CURRENCY: Record<Country, string> = { KZ: 'KZT', RU: 'RUB', MN: 'MNT', IR: 'IRT', CN: 'CNY' };

/** A row's country from its country cell, else its city cell (any spelling the demo uses). */
const COUNTRY_OF_SPELLING = new Map<string, Country>([
  ...(Object.entries(COUNTRY_SPELLINGS) as [Country, readonly string[]][]).flatMap(([country, spellings]) => spellings.map((spelling): [string, Country] => [spelling, country])),
  ...Object.values(POOLS).flatMap((pool) => pool.cities.flatMap((city) => city.spellings.map((spelling): [string, Country] => [spelling, city.country]))),
]);

const YEARS_BACK_DAYS = 3 * 365;

function countryOf(row: readonly DemoCell[]): Country | undefined {
  return COUNTRY_OF_SPELLING.get(String(row[DEMO_COLUMNS.country]).trim()) ?? COUNTRY_OF_SPELLING.get(String(row[DEMO_COLUMNS.city]).trim());
}

/**
 * The purchase count and first purchase of a row, from its last purchase and total: as many
 * visits as the total buys at a typical price of the row's currency (one currency per total),
 * spread back from the last one at the customer's own rhythm — visits at random gaps around her
 * own mean, from weekly to every four months, as a Poisson buyer's — never more than three years
 * back. Customers whose last visit is long past their rhythm are the ones slipping away. Drawn
 * from their own dice, so that the columns before stay as they were. A last purchase typed as
 * text leaves the first one blank (no usable history), as a team would.
 */
function purchaseHistory(dice: Dice, row: readonly DemoCell[]): [DemoCell, DemoCell] {
  const last = row[DEMO_COLUMNS.lastPurchase];
  const total = row[DEMO_COLUMNS.totalSpent];
  if (last === '' || last === undefined) return ['', ''];
  const country = countryOf(row);
  let count = typeof total === 'number' && country ? Math.round(total / TICKET[country](dice)) : dice.pick([1, 1, 1, 2, 2, 3, 4, 6]);
  count = Math.min(Math.max(count, 1), 40);
  if (!(last instanceof Date)) return [count, ''];
  const lastDaysAgo = Math.round((DEMO_TODAY.getTime() - last.getTime()) / DAY_MS);
  const room = YEARS_BACK_DAYS - lastDaysAgo;
  const meanGap = dice.pick([7, 14, 21, 30, 45, 60, 90, 120]);
  // Long past her rhythm: half of them stopped after a few visits (the total was a few big ones), the others after many.
  if (lastDaysAgo > 4 * meanGap && dice.chance(0.5)) count = Math.min(count, dice.int(1, 4));
  let span = 0;
  for (let visit = 1; visit < count; visit += 1) span += Math.max(1, Math.round(dice.exponential(meanGap)));
  if (span > room) {
    // Squeezed into the three years: fewer visits, as many as fit at her rhythm.
    count = Math.max(1, Math.min(count, 1 + Math.floor(room / meanGap)));
    span = count === 1 ? 0 : room - dice.int(0, Math.min(meanGap, room));
  }
  return [count, daysAgo(lastDaysAgo + span)];
}

/**
 * The row's currency (blank when neither its country nor its city says, as a team leaves it) and
 * when it was last updated: its last visit when that is a date, else a day in the last year.
 */
function currencyAndUpdated(dice: Dice, row: readonly DemoCell[]): [DemoCell, DemoCell] {
  const country = countryOf(row);
  const last = row[DEMO_COLUMNS.lastPurchase];
  return [country ? CURRENCY[country] : '', last instanceof Date ? last : daysAgo(dice.int(1, 365))];
}

function buildTable(): DemoCell[][] {
  const curatedAt = new Map<number, CuratedRow>();
  for (const row of CURATED) {
    if (curatedAt.has(row.at) || row.at < 1 || row.at > DEMO_ROW_COUNT) throw new Error(`Demo row ${row.at} is placed twice or outside the table`);
    curatedAt.set(row.at, row);
  }
  const dice = new Dice(SEED);
  const histories = new Dice(SEED + 1);
  const updates = new Dice(SEED + 2);
  const taken = takenByCurated();
  const rows: DemoCell[][] = [[...DEMO_HEADER]];
  for (let at = 1; at <= DEMO_ROW_COUNT; at++) {
    const curated = curatedAt.get(at);
    const row = curated ? customerRow(curated) : generatedRow(dice, taken);
    rows.push([...row, ...purchaseHistory(histories, row), ...currencyAndUpdated(updates, row)]);
  }
  return rows;
}

function groupsOf(label: (row: CuratedRow) => readonly string[]): number[][] {
  const groups = new Map<string, number[]>();
  for (const row of CURATED) for (const id of label(row)) groups.set(id, [...(groups.get(id) ?? []), row.at]);
  return [...groups.keys()].sort().map((id) => (groups.get(id) ?? []).sort((a, b) => a - b));
}

/** The duplicate groups D01–D18, in order: 1-based data row numbers of rows that are the same customer. */
export const DEMO_DUPLICATE_GROUPS: readonly (readonly number[])[] = groupsOf((row) => (row.duplicate ? [row.duplicate] : []));

/** The hard negatives N01–N10, in order: rows that look alike but are different customers. */
export const DEMO_HARD_NEGATIVES: readonly (readonly number[])[] = groupsOf((row) => row.negative ?? []);

/** The header row and DEMO_ROW_COUNT customers; a new copy on every call, the same values every time. */
export function demoCustomerTable(): DemoCell[][] {
  return buildTable();
}

/**
 * Creates the 'Clientele demo' spreadsheet in the host with the table on its 'Customers' sheet,
 * makes it the open document, and returns its id.
 */
export function createDemoWorkbook(host: LocalHost): string {
  const spreadsheet = host.spreadsheetApp.createSpreadsheet(DEMO_SPREADSHEET_NAME);
  // The demo's dates are midnights in UTC: in this zone they show as plain dates.
  spreadsheet.setSpreadsheetTimeZone('Etc/GMT');
  spreadsheet.sheetNamed('Sheet1')?.setName(DEMO_SHEET_NAME);
  const id = spreadsheet.getId();
  host.spreadsheetApp.setActiveSpreadsheet(id);
  putTable(host, id, DEMO_SHEET_NAME, demoCustomerTable());
  return id;
}
