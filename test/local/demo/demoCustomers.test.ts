import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCsv } from '../../../src/local/files/csvTable';
import { readXlsx } from '../../../src/local/files/xlsxTable';
import { LocalHost } from '../../../src/local/localHost';
import {
  createDemoWorkbook,
  DEMO_COLUMNS,
  DEMO_DUPLICATE_GROUPS,
  DEMO_HARD_NEGATIVES,
  DEMO_HEADER,
  DEMO_ROW_COUNT,
  DEMO_TODAY,
  demoCustomerTable,
  type DemoCell,
} from '../../../src/local/demo/demoCustomers';
import { writeDemoFiles } from '../../../src/local/demo/writeDemoFiles';

/** Change deliberately: docs and later features' tests point at the demo's rows. */
const FINGERPRINT = 'cdf22d6e0e29513c75f70c52fd724579666d44bf7f63f8a08606a507b927c5d6';

const table = demoCustomerTable();
const data = table.slice(1);
const column = (name: keyof typeof DEMO_COLUMNS) => data.map((row) => row[DEMO_COLUMNS[name]] ?? '');
const texts = (name: keyof typeof DEMO_COLUMNS) => column(name).filter((cell): cell is string => typeof cell === 'string' && cell !== '');
const allTexts = data.flat().filter((cell): cell is string => typeof cell === 'string');
/** 1-based data row numbers whose cell in `name` satisfies `test`. */
const rowsWhere = (name: keyof typeof DEMO_COLUMNS, test: (cell: DemoCell) => boolean) =>
  column(name).flatMap((cell, index) => (test(cell) ? [index + 1] : []));
const cell = (row: number, name: keyof typeof DEMO_COLUMNS) => data[row - 1]?.[DEMO_COLUMNS[name]] ?? '';

const PERSIAN_DIGITS = '۰۱۲۳۴۵۶۷۸۹';
const digitsOf = (text: string) => text.replace(/[۰-۹]/g, (d) => String(PERSIAN_DIGITS.indexOf(d))).replace(/\D/g, '');
const invisible = /\u200B|\u200C|\u200D|\uFEFF/g;

// Keys a deduper might compare; used here only to check that the demo holds no accidental look-alikes.
const nameKey = (value: DemoCell) =>
  String(value).normalize('NFKC').replace(invisible, '').replace(/\u00A0/g, ' ').toLowerCase()
    .replace(/ي/g, 'ی').replace(/ك/g, 'ک').split(/\s+/).filter(Boolean).sort().join(' ');
const phoneKey = (value: DemoCell) => {
  const digits = digitsOf(String(value));
  return digits.length >= 7 ? digits.slice(-8) : '';
};
const emailKey = (value: DemoCell) => String(value).replace(invisible, '').trim().toLowerCase();
const emailLocal = (value: DemoCell) => emailKey(value).split('@')[0] ?? '';

const dateCells = column('lastPurchase').filter((value): value is Date => value instanceof Date);

describe('demoCustomerTable', () => {
  test('is deterministic: equal on every call, a fresh copy each time, and pinned by its fingerprint', () => {
    const again = demoCustomerTable();
    expect(again).toEqual(table);
    expect(again).not.toBe(table);
    expect(createHash('sha256').update(JSON.stringify(table)).digest('hex')).toBe(FINGERPRINT);
  });

  test('has the header, ~200 customers, every row as wide as the header, and no ID column', () => {
    expect(table[0]).toEqual([...DEMO_HEADER]);
    expect(DEMO_HEADER).toContain('Любимый мастер');
    expect(DEMO_HEADER.some((header) => /\bid\b/i.test(header))).toBe(false);
    expect(data).toHaveLength(DEMO_ROW_COUNT);
    expect(DEMO_ROW_COUNT).toBeGreaterThanOrEqual(180);
    for (const row of table) expect(row).toHaveLength(DEMO_HEADER.length);
    // The sheet's data range must reach the last row and column.
    expect(data[data.length - 1]?.some((value) => value !== '')).toBe(true);
    expect(texts('favouriteMaster').length).toBeGreaterThan(0);
  });

  test('every date is a UTC midnight on or before DEMO_TODAY, within three years', () => {
    expect(DEMO_TODAY.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    expect(dateCells.length).toBeGreaterThan(100);
    for (const date of dateCells) {
      expect(date.getTime() % 86_400_000).toBe(0);
      expect(date.getTime()).toBeLessThanOrEqual(DEMO_TODAY.getTime());
      expect(DEMO_TODAY.getTime() - date.getTime()).toBeLessThanOrEqual(3 * 365 * 86_400_000);
    }
  });

  test.each([
    ['Cyrillic', /\p{Script=Cyrillic}/u],
    ['Arabic', /\p{Script=Arabic}/u],
    ['Han', /\p{Script=Han}/u],
    ['Latin', /\p{Script=Latin}/u],
  ])('names in %s script', (_script, pattern) => {
    expect(texts('name').filter((name) => pattern.test(name)).length).toBeGreaterThanOrEqual(10);
  });

  const isText = (value: DemoCell) => typeof value === 'string' && value !== '';
  const MESS: [string, () => number][] = [
    ['leading or trailing spaces', () => allTexts.filter((text) => /^[ \u00A0]|[ \u00A0]$/.test(text)).length],
    ['double spaces', () => allTexts.filter((text) => text.includes('  ')).length],
    ['non-breaking spaces', () => allTexts.filter((text) => text.includes('\u00A0')).length],
    ['zero-width spaces', () => allTexts.filter((text) => text.includes('\u200B')).length],
    ['names in ALL CAPS', () => texts('name').filter((name) => /\p{Lu}{2}/u.test(name) && name === name.toUpperCase()).length],
    ['names in lower case', () => texts('name').filter((name) => /\p{Ll}/u.test(name) && name === name.toLowerCase()).length],
    ['Persian names with Arabic ي or ك', () => texts('name').filter((name) => /[يك]/.test(name)).length],
    ['Chinese names with a space', () => texts('name').filter((name) => /^\s*\p{Script=Han}+ \p{Script=Han}+\s*$/u.test(name)).length],
    ['Chinese names without a space', () => texts('name').filter((name) => /^\p{Script=Han}{2,4}$/u.test(name)).length],
    ['emails with capitals', () => texts('email').filter((email) => /[A-Z]/.test(email)).length],
    ['email domain typos', () => texts('email').filter((email) => /@(gmial\.com|gmai\.com|yandx\.ru|mial\.ru|163\.con|qq\.co)\b/i.test(email)).length],
    ['invalid emails', () => texts('email').filter((email) => !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.replace(invisible, '').trim())).length],
    ['phones in +7 spaced form', () => texts('phone').filter((phone) => /^\+7 \d{3} \d{3} \d{2} \d{2}$/.test(phone)).length],
    ['phones in 8 (7xx) form', () => texts('phone').filter((phone) => /^8 \(\d{3}\) \d{3}-\d{2}-\d{2}$/.test(phone)).length],
    ['phones as bare digits', () => texts('phone').filter((phone) => /^8\d{10}$/.test(phone)).length],
    ['Iranian phones 09xx', () => texts('phone').filter((phone) => /^09\d{2}[ \d]+$/.test(phone)).length],
    ['Iranian phones +98', () => texts('phone').filter((phone) => phone.startsWith('+98')).length],
    ['phones in Persian digits', () => texts('phone').filter((phone) => /^[۰-۹ ]+$/.test(phone)).length],
    ['Chinese phones 1xx xxxx xxxx', () => texts('phone').filter((phone) => /^1\d{2} \d{4} \d{4}$/.test(phone)).length],
    ['Mongolian phones +976', () => texts('phone').filter((phone) => phone.startsWith('+976')).length],
    ['invalid phones', () => texts('phone').filter((phone) => digitsOf(phone).length < 7 || /^8\d{11}$|^1\d{11}$/.test(phone)).length],
    ['last purchase as text', () => column('lastPurchase').filter(isText).length],
    ['total spent as text', () => column('totalSpent').filter(isText).length],
    ['total spent blank', () => column('totalSpent').filter((value) => value === '').length],
    ['NPS blank', () => column('nps').filter((value) => value === '').length],
    ['NPS not an integer 0–10', () =>
      column('nps').filter((value) => value !== '' && !(typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 10)).length],
    ['multi-line notes', () => texts('notes').filter((note) => note.includes('\n')).length],
  ];
  test.each(MESS)('mess on purpose: %s (several times)', (_kind, count) => {
    expect(count()).toBeGreaterThanOrEqual(3);
  });

  test.each([
    ['country', ['KZ', 'Kazakhstan', 'Казахстан', 'Қазақстан', 'Иран', 'ایران', 'IR', '中国', 'China', 'Монгол', 'Mongolia', 'Россия', 'RU']],
    ['source', ['Instagram', 'инста', 'Telegram', 'телеграм', 'от подруги', 'از طریق دوست', '朋友推荐', 'walk-in', 'Google', '2GIS']],
    ['city', ['Алматы', 'Астана', 'Москва', 'Улаанбаатар', 'تهران', 'اصفهان', '上海', '北京']],
  ] as const)('%s is spelled in many ways: %j', (name, spellings) => {
    const values = new Set(texts(name));
    for (const spelling of spellings) expect(values).toContain(spelling);
  });

  test('numbers and Dates are real where they are real, and a few are text', () => {
    expect(column('totalSpent').filter((value) => typeof value === 'number').length).toBeGreaterThan(150);
    expect(column('nps').filter((value) => typeof value === 'number').length).toBeGreaterThan(150);
    expect(column('nps')).toEqual(expect.arrayContaining(['десять', 11, 7.5]));
    expect(column('totalSpent')).toEqual(expect.arrayContaining(['12 500', '3680元', '۴٬۵۰۰٬۰۰۰']));
    expect(column('lastPurchase')).toEqual(expect.arrayContaining(['03.10.2026', '2026年9月30日', '۱۴۰۵/۰۷/۲۰']));
  });
});

describe('duplicate groups and hard negatives', () => {
  const inDuplicateGroup = new Map(DEMO_DUPLICATE_GROUPS.flatMap((group, index) => group.map((row) => [row, index] as const)));
  const sameDuplicateGroup = (a: number, b: number) => inDuplicateGroup.has(a) && inDuplicateGroup.get(a) === inDuplicateGroup.get(b);
  const sameHardNegative = (a: number, b: number) => DEMO_HARD_NEGATIVES.some((group) => group.includes(a) && group.includes(b));

  test('at least 15 duplicate groups of 2–3 rows, disjoint, inside the table', () => {
    expect(DEMO_DUPLICATE_GROUPS.length).toBeGreaterThanOrEqual(15);
    const rows = DEMO_DUPLICATE_GROUPS.flat();
    expect(new Set(rows).size).toBe(rows.length);
    for (const group of DEMO_DUPLICATE_GROUPS) {
      expect(group.length).toBeGreaterThanOrEqual(2);
      expect(group.length).toBeLessThanOrEqual(3);
      for (const row of group) expect(row >= 1 && row <= DEMO_ROW_COUNT).toBe(true);
    }
  });

  test('the groups are those the file comment lists', () => {
    expect(DEMO_DUPLICATE_GROUPS).toEqual([
      [3, 87], [7, 142], [12, 96], [15, 121], [21, 160], [26, 74, 188], [30, 111, 177], [34, 129], [39, 150], [44, 167],
      [50, 51, 133], [55, 119, 182], [60, 104], [65, 139], [69, 156], [78, 194], [83, 117], [91, 125, 199],
    ]);
    expect(DEMO_HARD_NEGATIVES).toEqual([[46, 47], [57, 58], [18, 135], [23, 171], [36, 146], [62, 63], [80, 185], [107, 108], [7, 98], [198, 200]]);
    expect(cell(7, 'name')).toBe('Иванов Иван');
    expect(cell(142, 'name')).toBe('Ivan Ivanov');
    expect([cell(15, 'name'), cell(121, 'name')]).toEqual(['王芳', '王 芳']);
  });

  test('each duplicate group is linked by a phone or an email name, whatever their format', () => {
    for (const group of DEMO_DUPLICATE_GROUPS) {
      const [first, ...rest] = group;
      for (const row of rest) {
        const linked = (a: number, b: number) =>
          (phoneKey(cell(a, 'phone')) !== '' && phoneKey(cell(a, 'phone')) === phoneKey(cell(b, 'phone'))) ||
          (emailLocal(cell(a, 'email')) !== '' && emailLocal(cell(a, 'email')) === emailLocal(cell(b, 'email')));
        expect({ group, row, linked: linked(first ?? 0, row) || group.some((other) => other !== row && linked(other, row)) })
          .toEqual({ group, row, linked: true });
      }
    }
  });

  test('each hard negative is a set of different people who look alike (a shared name, phone, email or address)', () => {
    expect(DEMO_HARD_NEGATIVES.length).toBeGreaterThanOrEqual(5);
    for (const group of DEMO_HARD_NEGATIVES) {
      for (const a of group) for (const b of group) if (a < b) expect(sameDuplicateGroup(a, b)).toBe(false);
      const shared = (key: (value: DemoCell) => string, name: keyof typeof DEMO_COLUMNS) =>
        new Set(group.map((row) => key(cell(row, name)))).size === 1 && key(cell(group[0] ?? 0, name)) !== '';
      const looksAlike = shared(nameKey, 'name') || shared(phoneKey, 'phone') || shared(emailKey, 'email') ||
        shared((value) => String(value), 'address');
      expect({ group, looksAlike }).toEqual({ group, looksAlike: true });
    }
  });

  test.each([
    ['name', nameKey],
    ['phone', phoneKey],
    ['email', emailKey],
    ['address', (value: DemoCell) => String(value)],
  ] as const)('no accidental look-alikes: rows sharing a %s are listed as a duplicate group or a hard negative', (name, key) => {
    const byKey = new Map<string, number[]>();
    column(name).forEach((value, index) => {
      const k = key(value);
      if (k !== '') byKey.set(k, [...(byKey.get(k) ?? []), index + 1]);
    });
    const unexplained = [...byKey.values()].filter((rows) =>
      rows.some((a) => rows.some((b) => a < b && !sameDuplicateGroup(a, b) && !sameHardNegative(a, b))));
    expect(unexplained).toEqual([]);
  });

  test('row numbers are usable as sheet rows: data row n is sheet row n + 1', () => {
    expect(rowsWhere('name', (value) => value === 'Айгерим Нурланова')).toEqual([3]);
  });
});

describe('createDemoWorkbook', () => {
  test('creates the active "Clientele demo" spreadsheet whose Customers sheet holds the table exactly', () => {
    const host = new LocalHost({ now: DEMO_TODAY });
    const id = createDemoWorkbook(host);
    expect(host.activeSpreadsheetId()).toBe(id);
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(id);
    expect(spreadsheet?.getName()).toBe('Clientele demo');
    expect(spreadsheet?.getSheets().map((sheet) => sheet.getName())).toEqual(['Customers']);
    const values = spreadsheet?.getSheetByName('Customers')?.getDataRange().getValues();
    expect(values).toEqual(table);
    // Strings stay strings: no formula error from "+7 …", no number from "87011234567".
    expect(values?.flat()).not.toContain('#ERROR!');
    expect(values?.[3]?.[DEMO_COLUMNS.phone]).toBe('+7 701 234 56 78');
    expect(values?.[83]?.[DEMO_COLUMNS.phone]).toBe('87017778899');
    expect(values?.[104]?.[DEMO_COLUMNS.totalSpent]).toBe('41000');
  });
});

describe('writeDemoFiles', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'clientele-demo-'));
    await writeDemoFiles(dir);
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('customers.csv reads back as the same strings (numbers as typed, dates as ISO days)', async () => {
    const rows = parseCsv(new Uint8Array(await readFile(path.join(dir, 'customers.csv'))));
    const asText = (value: DemoCell) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value));
    expect(rows).toEqual(table.map((row) => row.map(asText)));
  });

  test('customers.xlsx reads back as the table', async () => {
    const sheets = await readXlsx(new Uint8Array(await readFile(path.join(dir, 'customers.xlsx'))));
    expect(sheets.map((sheet) => sheet.name)).toEqual(['Customers']);
    expect(sheets[0]?.rows).toEqual(table);
  });
});
