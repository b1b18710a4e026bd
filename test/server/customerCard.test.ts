import type { CellValue } from '../../src/core/customerRecord';
import type { CustomerCard } from '../../src/core/card/customerCard';
import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';
import { fullCard, type CardAnswer as Answer, type CardLaterAnswer } from '../support/customerCard';

const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent'],
  ['C-000001', 'Айгерим Серикова', 'aigerim@example.kz', '+77011234567', 'yes'],
  ['C-000002', 'Петров Иван', 'ivan@example.ru', '+79161234567', ''],
  ['C-000003', 'Иван Сидоров', 'sid@example.ru', '', 'no'],
];

function setUp(locale = 'en', extra: CellValue[][] = []): LocalHost {
  const h = addonHost({ user: { email: 'owner@example.com', locale } });
  putTable(h, 'Customers', [...CUSTOMERS, ...extra]);
  h.run('setUpCustomerSheet');
  h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
  h.run('setUpPurchases');
  h.run('savePurchaseSettings', { shopCurrency: 'KZT', rates: '' });
  return h;
}

function card(answer: Answer): CustomerCard {
  if (answer.kind !== 'card') throw new Error(`no card: ${JSON.stringify(answer)}`);
  return answer.card;
}

/** What each of the card's two calls cost: the sidebar's first (the card opens) and its second (the purchases come). */
function eachCall(h: LocalHost, query: string | null) {
  h.ctx.calls.reset();
  const first = h.run<Answer>('getCustomerCard', ...(query === null ? [] : [query]));
  const opened = { calls: h.ctx.calls.snapshot(), cellsRead: h.executionTime.last!.cellsRead };
  if (first.kind !== 'card') throw new Error(`no card: ${JSON.stringify(first)}`);
  h.ctx.calls.reset();
  const later = h.run<CardLaterAnswer>('getCustomerCardPurchases', first.card.customerId, first.row);
  expect(later.kind).toBe('sections');
  return { customerId: first.card.customerId, opened, filled: { calls: h.ctx.calls.snapshot(), cellsRead: h.executionTime.last!.cellsRead } };
}

function sectionLines(c: CustomerCard, id: string): string[] {
  return c.sections.find((s) => s.id === id)?.lines.map((l) => (l.when ? `${l.when} ${l.text}` : l.text)) ?? [];
}

beforeEach(() => jest.useFakeTimers({ now: TEST_NOW, doNotFake: ['nextTick', 'setImmediate', 'setTimeout', 'setInterval', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask', 'hrtime', 'performance'] }));
afterEach(() => jest.useRealTimers());

describe('The customer card', () => {
  it('shows the customer of the selected row, with call, WhatsApp, Telegram and e-mail links, consent, totals and purchases newest first', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100', '', 'Haircut'], ['2026-03-11', '8 701 123 45 67', '', '300', '', 'Colour']]);
    h.userSelect('Customers', 2, 3);
    const c = fullCard(h);
    expect(c.customerId).toBe('C-000001');
    expect(c.name).toBe('Айгерим Серикова');
    expect(c.sections.find((s) => s.id === 'contacts')!.lines.map((l) => l.href)).toEqual(['tel:+77011234567', 'https://wa.me/77011234567', 'https://t.me/+77011234567', 'mailto:aigerim@example.kz']);
    expect(sectionLines(c, 'consent')).toEqual(['Agreed to be contacted']);
    expect(sectionLines(c, 'totals')).toEqual(['Purchases: 2', 'Total spent: 400 KZT', 'Average order: 200 KZT', 'First purchase 2026-03-01, last 2026-03-11', 'Every 10 days on average']);
    expect(sectionLines(c, 'purchases')).toEqual(['2026-03-11 Colour · 300 KZT', '2026-03-01 Haircut · 100 KZT']);
    expect(sectionLines(c, 'audit')[0]).toMatch(/Purchase by owner@example.com/);
  });

  it('is the same card whether opened from the selected row or by ID, phone or email, segment and RFM included', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100', '', 'Haircut'], ['2026-11-11', 'C-000002', '', '300', '', 'Colour']]);
    h.userSelect('Customers', 2, 3);
    const selected = fullCard(h);
    expect(selected.sections.map((s) => s.id)).toContain('segment');
    for (const query of ['C-000001', '8 701 123 45 67', 'AIGERIM@example.kz']) expect(fullCard(h, query)).toEqual(selected);
  });

  it('names the Audit log’s actions in the user’s language, while the sheet keeps the codes undo and the checks read', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100', '', 'Haircut']]);
    h.run('saveSettings', { language: 'ru', defaultCountry: 'KZ' });
    h.userSelect('Customers', 2, 3);
    const audit = sectionLines(fullCard(h), 'audit');
    expect(audit[0]).toContain('Покупка');
    expect(audit.join(' ')).not.toMatch(/\bpurchase\b/);
    expect(sheetValues(h, 'Audit log').slice(1).map((row) => row[2])).toContain('purchase');
  });

  it('shows the customer of a selected purchase row too, and says what to do when nothing is selected', () => {
    const h = setUp();
    expect(h.run<Answer>('getCustomerCard')).toEqual({ kind: 'message', message: 'Select a cell in a customer’s row and press Show selected, or search.' });
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'ivan@example.ru', '', '100']]);
    h.userSelect('Purchases', 2, 4);
    expect(fullCard(h).customerId).toBe('C-000002');
  });

  it('is found by a name in another script, a phone in any format or an email, and asks to choose when several match', () => {
    const h = setUp();
    expect(fullCard(h, 'Aigerim Serikova').customerId).toBe('C-000001');
    expect(card(h.run<Answer>('getCustomerCard', '8 (916) 123-45-67')).customerId).toBe('C-000002');
    expect(fullCard(h, 'IVAN@example.ru').customerId).toBe('C-000002');
    expect(h.run<Answer>('getCustomerCard', 'Иван')).toMatchObject({ kind: 'choose', customers: [{ id: 'C-000002' }, { id: 'C-000003' }] });
    expect(h.run<Answer>('getCustomerCard', 'Nobody Here')).toEqual({ kind: 'message', message: 'No customer matches “Nobody Here”.' });
  });

  it('adds a purchase, an interaction and the next contact date from the card', () => {
    const h = setUp();
    expect(h.run('addPurchase', 'C-000002', { date: '2026-11-20', amount: '12 000 тг', item: 'Massage' })).toBe('Purchase added to C-000002.');
    expect(h.run('addInteraction', 'C-000002', { date: '2026-11-21', kind: 'Call', text: 'Asked about a refund' })).toBe('Interaction added to C-000002.');
    expect(h.run('setNextContact', 'C-000002', '2026-11-25')).toBe('Next contact with C-000002 on 2026-11-25.');
    const c = fullCard(h, 'C-000002');
    expect(sectionLines(c, 'totals').slice(0, 2)).toEqual(['Purchases: 1', 'Total spent: 12,000 KZT']);
    // The audit log names every field the card wrote, not only the customer.
    expect(sectionLines(c, 'audit').find((line) => line.includes('Purchase by'))).toMatch(/Date, Customer, Amount, Currency, Item/);
    expect(sectionLines(c, 'interactions')[0]).toBe('Next contact: 2026-11-25');
    expect(sectionLines(c, 'interactions')).toContain('2026-11-21 Call · Asked about a refund');
    expect(() => h.run('addPurchase', 'C-000002', { date: 'soon', amount: '1' })).toThrow('Write the date as it is written in the sheet, e.g. 2026-03-05.');
    expect(() => h.run('addPurchase', 'C-000002', { date: '2026-11-20', amount: 'a lot' })).toThrow('Write an amount such as 12 000 or 12000 тг.');
  });

  it('speaks Persian, right to left, with Solar Hijri dates', () => {
    const h = setUp('fa');
    h.run('addPurchase', 'C-000001', { date: '۱۴۰۵/۰۸/۲۹', amount: '۴۵۰٬۰۰۰', item: 'کوتاهی مو' });
    const c = fullCard(h, 'C-000001');
    expect(c.direction).toBe('rtl');
    expect(sectionLines(c, 'purchases')[0]).toMatch(/^۱۴۰۵\/۰۸\/۲۹ کوتاهی مو · ۴۵۰٬۰۰۰ KZT$/);
  });

  it('costs the same service calls for 2 purchases as for 2,000', () => {
    const calls = (count: number) => {
      const h = setUp();
      const header = sheetValues(h, 'Purchases')[0]!;
      const rows = Array.from({ length: count }, (_, i) => { const row: CellValue[] = header.map(() => ''); row[0] = new Date(Date.UTC(2026, 0, 1 + (i % 300))); row[1] = `C-00000${1 + (i % 3)}`; row[3] = 100 + i; return row; });
      const model = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!;
      model.deleteSheet(model.getSheetByName('Purchases') as unknown as GoogleAppsScript.Spreadsheet.Sheet);
      putTable(h, 'Purchases', [header, ...rows]);
      expect(h.run('recalculateTotals')).toMatchObject({ purchases: count });
      return eachCall(h, 'C-000001');
    };
    const few = calls(2);
    const many = calls(2000);
    expect([many.opened.calls, many.filled.calls]).toEqual([few.opened.calls, few.filled.calls]);
    // The card opens without reading the Purchases sheet: the first call reads as many cells for 2,000 purchases as for 2.
    expect(many.opened.cellsRead).toBe(few.opened.cellsRead);
    expect(many.filled.cellsRead).toBeGreaterThan(few.filled.cellsRead);
  });

  // Issue 16: the card costs a constant number of service calls whatever the sheet sizes, however it is opened.
  it.each([
    ['by ID', 'C-000002'],
    ['by phone', '8 (916) 123-45-67'],
    ['by email', 'IVAN@example.ru'],
    ['by name', 'Петров Иван'],
    ['from the selected row', null],
  ])('costs the same service calls for 3 customers as for 3,000, opened %s', (_way, query) => {
    const calls = (others: number) => {
      const h = setUp('en', Array.from({ length: others }, (_, i) => [`C-${String(i + 4).padStart(6, '0')}`, `Client ${i}`, `c${i}@example.com`, `+7701${String(2_000_000 + i)}`, '']));
      h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000002', '', '100']]);
      h.userSelect('Customers', 3, 2);
      const measured = eachCall(h, query);
      expect(measured.customerId).toBe('C-000002');
      return measured;
    };
    const few = calls(0);
    const many = calls(3000);
    expect([many.opened.calls, many.filled.calls]).toEqual([few.opened.calls, few.filled.calls]);
    // In each call every sheet is found once, in one pass over the tabs, not asked for under each of its six names.
    for (const call of [few.opened.calls, few.filled.calls]) {
      expect(call['Spreadsheet.getSheetByName'] ?? 0).toBe(0);
      expect(call['Spreadsheet.getSheets']).toBe(1);
    }
    // Opened from the selected row, the first call reads no column of all the customers: the same cells for 3,000 as for 3.
    if (query === null) expect(many.opened.cellsRead).toBe(few.opened.cellsRead);
  });

  it('opens with placeholders for the purchases, the loyalty points and the RFM rank, which the second call fills in, in their places', () => {
    const h = setUp();
    h.run('saveKeepInTouchSettings', { loyalty: { pointsPerUnit: 1, pointsPerVisit: 0, currency: 'KZT', tiers: [{ name: 'Silver', threshold: 100 }], tierWindow: 'allTime' } });
    h.userPaste('Purchases', 2, 1, [['2026-11-01', 'C-000001', '', '100', '', 'Haircut'], ['2026-11-11', 'C-000002', '', '300', '', 'Colour']]);
    h.userSelect('Customers', 2, 3);
    const first = card(h.run<Answer>('getCustomerCard'));
    const placeholders = first.sections.filter((s) => s.loading !== undefined).map((s) => [s.id, s.loading, s.lines.map((l) => l.text)]);
    expect(placeholders).toEqual([
      ['segment', 'Working out the RFM score…', [expect.stringMatching(/^Active/)]],
      ['loyalty', 'Loading purchases…', []],
      ['purchases', 'Loading purchases…', []],
    ]);
    // What needs only the customer's row is there at once.
    expect(sectionLines(first, 'totals').slice(0, 2)).toEqual(['Purchases: 1', 'Total spent: 100 KZT']);
    const whole = fullCard(h);
    expect(whole.sections.map((s) => s.id)).toEqual(first.sections.map((s) => s.id));
    expect(whole.sections.every((s) => s.loading === undefined)).toBe(true);
    expect(sectionLines(whole, 'segment')[1]).toMatch(/^RFM score \d-\d-\d: /);
    expect(sectionLines(whole, 'loyalty')[0]).toBe('Points: 100');
    expect(sectionLines(whole, 'purchases')).toEqual(['2026-11-01 Haircut · 100 KZT']);
  });

  it('fills in the customer the first call found when rows moved in between, and says so when they are gone', () => {
    const h = setUp();
    h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000002', '', '100', '', 'Haircut'], ['2026-03-02', 'C-000003', '', '200', '', 'Colour']]);
    const first = h.run<Answer>('getCustomerCard', 'C-000002');
    if (first.kind !== 'card') throw new Error('no card');
    expect(first.row).toBe(3);
    const customers = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
    // The row above is deleted: C-000003 is now where C-000002 was, and must not get their card.
    customers.deleteRow(2);
    const later = h.run<CardLaterAnswer>('getCustomerCardPurchases', 'C-000002', first.row);
    expect(later.kind === 'sections' && later.sections.find((s) => s.id === 'purchases')?.lines.map((l) => l.text)).toEqual(['Haircut · 100 KZT']);
    customers.deleteRow(2);
    expect(h.run<CardLaterAnswer>('getCustomerCardPurchases', 'C-000002', first.row)).toEqual({ kind: 'message', message: 'No customer matches “C-000002”.' });
  });

  it('reads of a wide customer sheet only the columns it searches and ranks by, besides the header and the whole row of the customer it shows', () => {
    const extraColumns = 20;
    const cellsRead = (wide: boolean, query: string) => {
      const widen = (row: CellValue[], i: number) => (wide ? [...row, ...Array.from({ length: extraColumns }, (_, c) => (i === 0 ? `Note ${c}` : `note ${c}`))] : row);
      const others = Array.from({ length: 500 }, (_, i) => [`C-${String(i + 4).padStart(6, '0')}`, `Customer ${i}`, `c${i}@example.com`, `+7701${String(2_000_000 + i)}`, '']);
      const h = addonHost({ user: { email: 'owner@example.com', locale: 'en' } });
      putTable(h, 'Customers', [...CUSTOMERS, ...others].map(widen));
      h.run('setUpCustomerSheet');
      h.run('saveSettings', { language: null, defaultCountry: 'KZ', phoneFormat: 'E164', countryStyle: 'code' });
      h.run('setUpPurchases');
      h.userPaste('Purchases', 2, 1, [['2026-03-01', 'C-000001', '', '100', '', 'Haircut']]);
      const { opened, filled } = eachCall(h, query);
      return [opened.cellsRead, filled.cellsRead];
    };
    // Each call reads the header and the customer's row whole: twice the extra columns, and nothing more.
    for (const query of ['C-000001', 'aigerim@example.kz', 'Айгерим']) {
      const wide = cellsRead(true, query);
      const narrow = cellsRead(false, query);
      expect(wide.map((cells, call) => cells - narrow[call]!)).toEqual([2 * extraColumns, 2 * extraColumns]);
    }
  });
});

describe('The Today panel', () => {
  it('lists follow-ups overdue, due today and this week, and marks one done in one click', () => {
    const h = setUp();
    h.userPaste('Interactions', 2, 1, [
      ['2026-11-01', 'C-000001', 'C-000001', 'Call', '', 'Promised a discount', '2026-11-20', ''],
      ['2026-11-02', 'C-000002', 'C-000002', 'Visit', '', 'Bring the sample', '2026-11-23', ''],
      ['2026-11-03', 'C-000003', 'C-000003', 'Message', '', 'Birthday', '2026-11-27', ''],
      ['2026-11-04', 'C-000003', 'C-000003', 'Message', '', 'Later', '2026-12-20', ''],
      ['2026-11-05', 'C-000001', 'C-000001', 'Call', '', 'Old, done', '2026-11-10', '2026-11-10'],
    ]);
    type Panel = { overdue: { row: number; name: string; customerId: string; dueTime: number; text: string }[]; today: { name: string }[]; week: { name: string }[] };
    const panel = h.run<Panel>('getTodayPanel', '2026-11-23');
    expect([panel.overdue.map((l) => l.name), panel.today.map((l) => l.name), panel.week.map((l) => l.name)]).toEqual([['Айгерим Серикова'], ['Петров Иван'], ['Иван Сидоров']]);
    const item = panel.overdue[0]!;
    expect(h.run('markFollowUpDone', item.row, item.customerId, item.dueTime)).toBe('Marked done.');
    expect(h.run<Panel>('getTodayPanel', '2026-11-23').overdue).toEqual([]);
    expect(() => h.run('markFollowUpDone', 3, 'C-000001', item.dueTime)).toThrow();
  });
});

describe('The Today panel at size', () => {
  // Issue 16: the Today panel costs a constant number of service calls whatever the sheet sizes.
  it('costs the same service calls for 3 customers as for 3,000, and reads the customer sheet once', () => {
    const measure = (others: number) => {
      const h = setUp('en', Array.from({ length: others }, (_, i) => [`C-${String(i + 4).padStart(6, '0')}`, `Client ${i}`, `c${i}@example.com`, `+7701${String(2_000_000 + i)}`, '']));
      const customerCells = sheetValues(h, 'Customers').reduce((sum, row) => sum + row.length, 0);
      h.ctx.calls.reset();
      h.run('getTodayPanel', '2026-11-23');
      return { calls: h.ctx.calls.snapshot(), otherCells: h.executionTime.last!.cellsRead - customerCells };
    };
    const few = measure(0);
    const many = measure(3000);
    expect(many.calls).toEqual(few.calls);
    // Besides one read of the customer sheet, the cells read do not grow with the customers (a second read would add 3,000 rows' worth).
    expect(many.otherCells).toBe(few.otherCells);
  });
});

describe('Interactions typed in the sheet', () => {
  it('get their customer ID from a phone as typed, and a note when a name alone is given', () => {
    const h = setUp();
    h.userPaste('Interactions', 2, 1, [['2026-11-01', '8 916 123 45 67', '', 'Call', '', 'Asked about prices', '2026-11-24', ''], ['2026-11-01', 'Иван', '', 'Call', '', '', '', '']]);
    const rows = sheetValues(h, 'Interactions');
    expect([rows[1]![2], rows[2]![2]]).toEqual(['C-000002', '']);
    const note = h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed('Interactions')!.getRange(3, 2).getNote();
    expect(note).toMatch(/^Clientele: /);
    expect(h.run<{ week: { customerId: string }[] }>('getTodayPanel', '2026-11-23').week.map((l) => l.customerId)).toEqual(['C-000002']);
  });
});
