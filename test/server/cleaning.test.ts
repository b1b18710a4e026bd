import fc from 'fast-check';
import type { CellValue } from '../../src/core/customerRecord';
import { UNDO_SHEET } from '../../src/core/undoLog';
import type { CleaningPanel, CleaningStep } from '../../src/server/cleaning/cleaning';
import { addonHost, putTable, sheetValues } from '../support/addonHost';
import { fixInEveryRow, UNTOUCHED } from '../support/fixInEveryRow';

type Host = ReturnType<typeof addonHost>;

const TABLE: CellValue[][] = [
  ['Name', 'Phone', 'Email', 'Country', 'Last purchase', 'Total spent', 'Notes'],
  ['  ИВАНОВ   ИВАН ', '8 (701) 123-45-67', 'Ivan@Mail.RU', 'Казахстан', '05.03.2026', '1 500,50', 'VIP\u00a0клиент'],
  ['علي رضايي', '۰۹۱۲ ۳۴۵ ۶۷۸۹', 'ali@gmial.com', 'ایران', '۱۴۰۵/۰۲/۱۵', '۱۲۳۴', ''],
  ['王芳', '138 0013 8000', 'wangfang@163.com', '中国', '2026年3月5日', 3680, '办了会员'],
  ['Batbayar Dorj', '12', 'not an email', 'Narnia', 'someday', 'a lot', ''],
];

function host(rows: CellValue[][] = TABLE, locale = 'ru_RU'): Host {
  const h = addonHost();
  putTable(h, 'Sheet1', rows);
  h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.setSpreadsheetLocale(locale);
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  return h;
}

function sheet(h: Host) {
  return h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName('Sheet1')!;
}

describe('Clean customer data: preview', () => {
  it('lists every fix by column and kind, with before → after samples, and writes nothing', () => {
    const h = host();
    const before = sheetValues(h, 'Sheet1');
    const panel = h.run<CleaningPanel>('getCleaningPanel');
    expect(sheetValues(h, 'Sheet1')).toEqual(before);
    const kinds = panel.preview!.groups.map((g) => `${g.column}:${g.kind}`);
    expect(kinds).toEqual(expect.arrayContaining(['A:whitespace', 'A:nameCase', 'A:persianLetters', 'B:phoneFormat', 'C:emailCase', 'D:countryName', 'E:date', 'F:amount', 'G:whitespace']));
    const phone = panel.preview!.groups.find((g) => g.column === 'B')!;
    expect(phone.samples[0]).toEqual({ row: 2, before: '8 (701) 123-45-67', after: '+77011234567' });
  });

  it('lists what cannot be fixed by row and column, with the reason', () => {
    const panel = host().run<CleaningPanel>('getCleaningPanel');
    expect(panel.preview!.issues.map((i) => `${i.column}${i.row}:${i.problem}`)).toEqual([
      'B5:invalidPhone',
      'C5:invalidEmail',
      'D5:unknownCountry',
      'E5:invalidDate',
      'F5:invalidAmount',
    ]);
  });

  it('offers a likely email typo as a suggestion, never as a change', () => {
    const panel = host().run<CleaningPanel>('getCleaningPanel');
    expect(panel.preview!.suggestions).toEqual([{ row: 3, column: 'C', header: 'Email', value: 'ali@gmial.com', suggestion: 'ali@gmail.com' }]);
  });
});

describe('Clean customer data: apply', () => {
  it('fixes what can be fixed in one write, and leaves the rest exactly as it was', () => {
    const h = host();
    expect(h.run<CleaningStep>('applyCleaning', []).message).toMatch(/^Cleaned \d+ cells\.$/);
    const [, ivan, ali, wang, bad] = sheetValues(h, 'Sheet1');
    expect(ivan).toEqual(['Иванов Иван', '+77011234567', 'ivan@mail.ru', 'KZ', expect.any(Date), 1500.5, 'VIP клиент']);
    expect(ali?.slice(0, 4)).toEqual(['علی رضایی', '+989123456789', 'ali@gmial.com', 'IR']);
    expect(wang?.slice(0, 6)).toEqual(['王芳', '+8613800138000', 'wangfang@163.com', 'CN', expect.any(Date), 3680]);
    expect(bad).toEqual(TABLE[4]);
    // Phone cells are text, so Sheets keeps the + and the leading digits.
    expect(sheet(h).getRange(2, 2).getNumberFormat()).toBe('@');
  });

  it('applies a suggestion only when the user ticks it', () => {
    const h = host();
    h.run('applyCleaning', [{ row: 3, column: 3, suggestion: 'ali@gmail.com' }]);
    expect(sheetValues(h, 'Sheet1')[2]?.[2]).toBe('ali@gmail.com');
  });

  it('is idempotent: cleaning again changes nothing', () => {
    const h = host();
    h.run('applyCleaning', []);
    const once = sheetValues(h, 'Sheet1');
    expect(h.run<CleaningStep>('applyCleaning', [])).toMatchObject({ message: 'Cleaned 0 cells.', changed: 0, nextRow: null });
    expect(sheetValues(h, 'Sheet1')).toEqual(once);
  });

  it('never touches a formula', () => {
    const h = host();
    sheet(h).getRange(2, 7).setFormula('=UPPER(A2)');
    h.run('applyCleaning', []);
    expect(sheet(h).getRange(2, 7).getFormula()).toBe('=UPPER(A2)');
  });

  it('costs a constant number of service calls: 10 rows and 5,000 the same (the undo log takes a few rows either way)', () => {
    const calls = (count: number) => {
      const rows = [TABLE[0]!, ...Array.from({ length: count }, (_, i) => TABLE[1 + (i % 4)]!)];
      const h = host(rows);
      h.ctx.calls.reset();
      h.run('applyCleaning', []);
      return h.ctx.calls.snapshot();
    };
    const small = calls(10);
    const large = calls(5_000);
    expect(large).toEqual(calls(2_000));
    expect(large).toEqual(small);
  });
});

describe('Clean customer data: undo', () => {
  it('restores every changed cell exactly, its type and the phone column format, also in a later execution', () => {
    const h = host();
    const before = sheetValues(h, 'Sheet1');
    const formatBefore = sheet(h).getRange(2, 2).getNumberFormat();
    h.run('applyCleaning', [{ row: 3, column: 3, suggestion: 'ali@gmail.com' }]);
    expect(h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getSheetByName(UNDO_SHEET)!.isSheetHidden()).toBe(true);
    h.ui.sidebar = null; // the sidebar was closed
    expect(h.run<CleaningPanel>('getCleaningPanel').undo).toMatchObject({ action: 'clean' });
    expect(h.run<string>('undoLastAction')).toMatch(/^Restored \d+ cells as they were\.$/);
    expect(sheetValues(h, 'Sheet1')).toEqual(before);
    expect(sheet(h).getRange(2, 2).getNumberFormat()).toBe(formatBefore);
    expect(h.run<string>('undoLastAction')).toBe('Nothing to undo.');
  });

  it('keeps a small log: only the cells it changed, in as many cells as that needs (issue 14: 100,000 rows once passed 10 million cells)', () => {
    const rows = fixInEveryRow(2_000);
    const h = host(rows);
    h.run('applyCleaning', []);
    const changed = h.run<CleaningPanel>('getCleaningPanel').undo!.cells;
    expect(changed).toBeGreaterThanOrEqual(6 * 2_000);
    const log = sheetValues(h, UNDO_SHEET).slice(1);
    const parts = log.map((row) => String(row[5]));
    const characters = parts.reduce((sum, part) => sum + part.length, 0);
    // Each part is full but the last, and within the 50,000 characters a cell holds.
    expect(parts.every((part) => part.length <= 50_000)).toBe(true);
    expect(log.length).toBe(Math.ceil(characters / 45_000));
    // No cell the cleaning left alone is kept, and each changed cell costs a few dozen characters.
    const text = parts.join('');
    expect(Object.values(UNTOUCHED).filter((value) => text.includes(value))).toEqual([]);
    expect(characters / changed).toBeLessThan(60);
    expect(h.run<string>('undoLastAction')).toBe(`Restored ${changed} cells as they were.`);
    expect(sheetValues(h, 'Sheet1')).toEqual(rows);
  });

  const messyText = fc
    .array(fc.constantFrom(' ', '  ', '\u00a0', '\u200b', 'А', 'ي', 'ك', 'a', 'Б', '۱', '7', '-', "'", '王', '\u200c'), { maxLength: 12 })
    .map((parts) => parts.join(''));
  const messyCell = fc.oneof(messyText, fc.integer({ min: 0, max: 100000 }), fc.constant(''));

  it('is lossless and idempotent on any table (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.array(messyCell, { minLength: 7, maxLength: 7 }), { minLength: 1, maxLength: 8 }), (body) => {
        const h = host([TABLE[0]!, ...body]);
        const original = sheetValues(h, 'Sheet1');
        h.run('applyCleaning', []);
        const cleaned = sheetValues(h, 'Sheet1');
        h.run('applyCleaning', []);
        expect(sheetValues(h, 'Sheet1')).toEqual(cleaned);
        h.run('undoLastAction');
        h.run('undoLastAction');
        expect(sheetValues(h, 'Sheet1')).toEqual(original);
      }),
      { numRuns: 40 },
    );
  });
});

describe('Clean customer data: the user stays where they are', () => {
  it('keeps the customer sheet active when the hidden undo sheet is made', () => {
    const h = host();
    h.run('applyCleaning', []);
    expect(h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.getActiveSheet().getName()).toBe('Sheet1');
  });
});
