import * as entryPoints from '../../src/server/main';
import { actionContext } from '../../src/server/actionContext';
import { captureSubmissions } from '../../src/server/capture/capture';
import type { CaptureInput, CaptureOutcome } from '../../src/core/capture/captureInput';
import type { LocalHost } from '../../src/local/localHost';
import type { CellValue } from '../../src/core/customerRecord';
import { addonHost, putTable, sheetValues } from '../support/addonHost';
import { anotherExecutionHolds } from '../support/locks';

const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'City', 'Source', 'Marketing consent', 'Created', 'Updated', 'NPS', 'Notes', 'Other contacts'];

function host(rows: CellValue[][] = [HEADER]): LocalHost {
  const h = addonHost();
  putTable(h, 'Customers', rows);
  // The capture pipeline run as one execution, as the form trigger and the import run it.
  h.bindEntryPoints({ ...entryPoints, capture: (inputs: CaptureInput[]) => captureSubmissions(actionContext(), inputs) });
  return h;
}

let sequence = 0;
function submission(fields: CaptureInput['fields'], extra: Partial<CaptureInput> = {}): CaptureInput {
  sequence += 1;
  return { submissionId: `resp-${sequence}`, submittedAt: new Date('2026-11-20T10:00:00Z'), source: 'form', fields, ...extra };
}

function capture(h: LocalHost, ...inputs: CaptureInput[]): CaptureOutcome[] {
  return h.run<CaptureOutcome[]>('capture', inputs);
}

function customers(h: LocalHost): Record<string, CellValue>[] {
  const [header, ...rows] = sheetValues(h, 'Customers');
  return rows.map((row) => Object.fromEntries(header!.map((title, c) => [String(title), row[c] ?? ''])));
}

const EXISTING: CellValue[][] = [
  HEADER,
  ['C-000001', 'Aigerim Nurlanovna', 'aigerim@example.kz', '', 'Almaty', 'Instagram', '', new Date('2026-01-05T00:00:00Z'), new Date('2026-01-05T00:00:00Z'), '', '', ''],
  ['C-000002', 'Ivan Petrov', 'ivan@example.com', '+77011234567', 'Astana', 'friend', '', new Date('2026-02-01T00:00:00Z'), new Date('2026-02-01T00:00:00Z'), '', 'VIP', ''],
];

describe('Capture: upsert', () => {
  it('creates a new customer with the next ID, stamps Created and Updated, and writes the score to Responses', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ name: 'Dana Sultanova', email: 'Dana@Example.KZ ', phone: '+7 701 555 12 34' }, { score: '9', comment: 'Great' }));
    expect(outcome).toEqual({ kind: 'created', customerId: 'C-000003', row: 4, changedFields: ['name', 'email', 'phone', 'nps'] });
    const dana = customers(h)[2]!;
    expect(dana).toMatchObject({ 'Customer ID': 'C-000003', Name: 'Dana Sultanova', Email: 'dana@example.kz', NPS: 9 });
    expect(dana.Phone).toBe('+77015551234');
    expect(dana.Created).toBeInstanceOf(Date);
    expect(dana.Updated).toEqual(dana.Created);
    expect(sheetValues(h, 'Responses')).toEqual([
      ['Date', 'Customer ID', 'Score', 'Comment', 'Source', 'Response ID'],
      [new Date('2026-11-20T10:00:00Z'), 'C-000003', 9, 'Great', 'form', outcome && 'customerId' in outcome ? `resp-${sequence}` : ''],
    ]);
  });

  it('updates the customer an email matches: fills empty fields, replaces a changed phone keeping the old one, never blanks a value', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ name: 'Ivan Petrov', email: 'IVAN@example.com', phone: '+7 702 000 00 00', city: '', source: 'Telegram' }));
    expect(outcome).toMatchObject({ kind: 'updated', customerId: 'C-000002', row: 3, changedFields: ['phone'] });
    const ivan = customers(h)[1]!;
    expect(ivan).toMatchObject({ Phone: '+77020000000', City: 'Astana', Source: 'friend', Notes: 'VIP', 'Other contacts': 'Phone: +77011234567' });
    expect((ivan.Updated as Date).getTime()).toBeGreaterThan(new Date('2026-02-01T00:00:00Z').getTime());
    expect(customers(h)).toHaveLength(2);
    const log = sheetValues(h, 'Clientele captured');
    expect(log[1]!.slice(1, 3)).toEqual([`resp-${sequence}`, 'C-000002']);
    expect(JSON.parse(String(log[1]![8]))).toEqual({ Phone: '+77011234567' });
  });

  it('matches by a phone in another spelling, which it keeps, and replaces the email, keeping the old one', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ name: 'Ivan Petrov', phone: '8 (701) 123-45-67', email: 'ivan.p@mail.ru' }));
    expect(outcome).toMatchObject({ kind: 'updated', customerId: 'C-000002' });
    expect(customers(h)[1]).toMatchObject({ Email: 'ivan.p@mail.ru', Phone: '+77011234567', 'Other contacts': 'Email: ivan@example.com' });
  });

  it('leaves an unchanged customer unchanged (no Updated stamp) when nothing new is said', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ email: 'aigerim@example.kz', city: 'Almaty' }));
    expect(outcome).toMatchObject({ kind: 'updated', customerId: 'C-000001', changedFields: [] });
    expect(customers(h)[0]!.Updated).toEqual(new Date('2026-01-05T00:00:00Z'));
  });

  it('sends a submission that could be either of two customers to quarantine, naming both', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ email: 'aigerim@example.kz', phone: '+77011234567' }));
    expect(outcome).toMatchObject({ kind: 'quarantined', reason: 'Could match C-000001, C-000002: check which customer this is, then re-run.', quarantineRow: 2 });
    expect(customers(h)).toHaveLength(2);
  });

  it('quarantines a name-only answer that only might be an existing customer', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ name: 'ivan petrov' }));
    expect(outcome).toMatchObject({ kind: 'quarantined', reason: expect.stringContaining('C-000002') });
  });

  it('creates a namesake with other contact details as a new customer', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ name: 'Ivan Petrov', email: 'other.ivan@example.com', phone: '+77779998877' }));
    expect(outcome).toMatchObject({ kind: 'created', customerId: 'C-000003' });
  });
});

describe('Capture: exactly once', () => {
  it('a response delivered twice leaves one customer and one Responses row', () => {
    const h = host(EXISTING);
    const input = submission({ name: 'Dana', email: 'dana@example.kz' }, { score: '10' });
    const first = capture(h, input);
    const second = capture(h, input);
    expect(first[0]).toMatchObject({ kind: 'created', customerId: 'C-000003' });
    expect(second).toEqual([{ kind: 'duplicate-delivery', customerId: 'C-000003' }]);
    expect(customers(h)).toHaveLength(3);
    expect(sheetValues(h, 'Responses')).toHaveLength(2);
  });

  it('the same response twice within one call is captured once', () => {
    const h = host(EXISTING);
    const input = submission({ name: 'Dana', email: 'dana@example.kz' });
    expect(capture(h, input, input).map((o) => o.kind)).toEqual(['created', 'duplicate-delivery']);
    expect(customers(h)).toHaveLength(3);
  });

  it('a quarantined response delivered again waits in quarantine once, also twice within one call', () => {
    const h = host(EXISTING);
    const bad = submission({ name: 'Bolat' }, { score: 'eleven' });
    const [first] = capture(h, bad);
    const [again, sameCall] = capture(h, bad, bad);
    expect(first).toMatchObject({ kind: 'quarantined', quarantineRow: 2 });
    expect(again).toEqual(first);
    expect(sameCall).toEqual(first);
    expect(sheetValues(h, 'Quarantine')).toHaveLength(2);

    const other = submission({ name: 'Dauren' }, { score: 'twelve' });
    const [twice1, twice2] = capture(h, other, other);
    expect(twice1).toMatchObject({ kind: 'quarantined', quarantineRow: 3 });
    expect(twice2).toEqual(twice1);
    expect(sheetValues(h, 'Quarantine')).toHaveLength(3);
  });

  it('ignores a blank event', () => {
    const h = host(EXISTING);
    expect(capture(h, submission({ name: '  ', email: '' }, { score: '', comment: '' }))).toEqual([{ kind: 'ignored-blank' }]);
    expect(customers(h)).toHaveLength(2);
    expect(h.spreadsheetApp.openById(h.activeSpreadsheetId()!).getSheetByName('Responses')).toBeNull();
  });

  it('an edited response updates the same customer and replaces its Responses row', () => {
    const h = host(EXISTING);
    const original = submission({ name: 'Dana', email: 'dana@example.kz' }, { score: '6', comment: 'slow' });
    capture(h, original);
    const edited = { ...original, fields: { name: 'Dana', email: 'dana.s@example.kz', city: 'Shymkent' }, score: '9', comment: 'fixed now' };
    expect(capture(h, edited)).toEqual([{ kind: 'updated', customerId: 'C-000003', row: 4, changedFields: ['email', 'city', 'nps'] }]);
    expect(customers(h)).toHaveLength(3);
    expect(customers(h)[2]).toMatchObject({ Email: 'dana.s@example.kz', City: 'Shymkent', NPS: 9, 'Other contacts': 'Email: dana@example.kz' });
    const responses = sheetValues(h, 'Responses');
    expect(responses).toHaveLength(2);
    expect(responses[1]!.slice(1, 4)).toEqual(['C-000003', 9, 'fixed now']);
  });

  it('two executions never overwrite each other: the second waits for the lock, and rows are written by identity', () => {
    const h = host(EXISTING);
    // Execution 1 is still capturing: it holds this spreadsheet's lock.
    const release = anotherExecutionHolds(h, 'document');
    const blocked = submission({ name: 'Dana', email: 'dana@example.kz' });
    expect(() => capture(h, blocked)).toThrow(/Another action is changing this spreadsheet/);
    expect(customers(h)).toHaveLength(2);
    release();
    // Meanwhile the user sorted the sheet: the update still lands on Ivan's row, found by his ID.
    const table = sheetValues(h, 'Customers');
    putTable(h, 'Customers', [table[0]!, table[2]!, table[1]!]);
    const outcomes = [capture(h, blocked), capture(h, submission({ email: 'ivan@example.com', city: 'Almaty' })), capture(h, submission({ name: 'Erlan', phone: '+77770001122' }))];
    expect(outcomes.map((o) => o[0]!.kind)).toEqual(['created', 'updated', 'created']);
    const rows = customers(h);
    expect(rows.map((r) => r['Customer ID'])).toEqual(['C-000002', 'C-000001', 'C-000003', 'C-000004']);
    expect(rows[0]).toMatchObject({ Name: 'Ivan Petrov', City: 'Almaty' });
    expect(rows[1]).toMatchObject({ Name: 'Aigerim Nurlanovna', City: 'Almaty' });
  });

  it('never reuses an ID issued to a deleted row', () => {
    const h = host(EXISTING);
    capture(h, submission({ name: 'Dana', email: 'dana@example.kz' }));
    putTable(h, 'Customers', sheetValues(h, 'Customers').slice(0, 3));
    expect(capture(h, submission({ name: 'Erlan', email: 'erlan@example.kz' }))[0]).toMatchObject({ customerId: 'C-000004' });
  });
});

describe('Capture: quarantine, fix and re-run', () => {
  it('a score that is not 0–10 goes to the Quarantine sheet naming the column; fixed in the sheet and re-run, it is captured', () => {
    const h = host(EXISTING);
    const [outcome] = capture(h, submission({ name: 'Dana', email: 'dana@example.kz' }, { score: '11' }));
    expect(outcome).toEqual({ kind: 'quarantined', reason: '“Score”: a score must be a whole number from 0 to 10, found “11”', quarantineRow: 2 });
    expect(customers(h)).toHaveLength(2);
    const panel = h.run<{ count: number; rows: { row: number; reason: string }[] }>('getQuarantinePanel');
    expect(panel).toMatchObject({ sheet: 'Quarantine', count: 1, rows: [{ row: 2, reason: outcome!.kind === 'quarantined' ? outcome!.reason : '' }] });
    const quarantine = sheetValues(h, 'Quarantine');
    expect(quarantine[0]).toEqual(['Time', 'Source', 'Submission ID', 'Reason', 'Status', 'Values (JSON, editable)']);
    // The user corrects the score in the JSON cell.
    const json = String(quarantine[1]![5]).replace('"score":"11"', '"score":"10"');
    putTable(h, 'Quarantine', [quarantine[0]!, [...quarantine[1]!.slice(0, 5), json]]);
    expect(h.run('rerunQuarantined')).toMatchObject({ done: 1, left: 0, message: 'Re-run: 1 captured, 0 still in quarantine.' });
    expect(customers(h)[2]).toMatchObject({ 'Customer ID': 'C-000003', Name: 'Dana', NPS: 10 });
    expect(sheetValues(h, 'Quarantine')[1]![4]).toBe('Done: C-000003');
    expect(h.run('getQuarantinePanel')).toMatchObject({ count: 0, rows: [] });
  });

  it('an uncertain match re-run after the user settled it (email corrected) updates the customer; an unreadable JSON cell says so', () => {
    const h = host(EXISTING);
    capture(h, submission({ email: 'aigerim@example.kz', phone: '+77011234567' }));
    capture(h, submission({ name: 'x', email: 'x@example.com' }, { score: 'ten' }));
    const quarantine = sheetValues(h, 'Quarantine');
    const fixed = String(quarantine[1]![5]).replace(',"phone":"+77011234567"', '');
    putTable(h, 'Quarantine', [quarantine[0]!, [...quarantine[1]!.slice(0, 5), fixed], [...quarantine[2]!.slice(0, 5), '{broken']]);
    expect(h.run<RerunOutcome>('rerunQuarantined')).toMatchObject({ done: 1, left: 1 });
    expect(customers(h)).toHaveLength(2);
    const after = sheetValues(h, 'Quarantine');
    expect(after[1]![4]).toBe('Done: C-000001');
    expect(after[2]![3]).toMatch(/^The values cell is not readable JSON/);
    expect(after[2]![4]).toBe('');
  });
});

type RerunOutcome = { done: number; left: number };

describe('Capture: injection-safe', () => {
  const ATTACKS = ['=cmd|\' /C calc\'!A0', '+SUM(1,2)', '-2+3', '@x', '\t=1+1', '\r=1+1', '=HYPERLINK("http://evil","x")'];

  it('stores every formula-like answer as the text it was, keeps +77011234567 as text and a number as a number', () => {
    const h = host(EXISTING);
    const outcomes = capture(h, ...ATTACKS.map((attack, i) => submission({ name: `Person ${i}`, email: `p${i}@example.com`, notes: attack, city: attack })));
    expect(outcomes.every((o) => o.kind === 'created')).toBe(true);
    const sheetModel = h.spreadsheetApp.openById(h.activeSpreadsheetId()!).getSheetByName('Customers')!;
    const formulas = sheetModel.getDataRange().getFormulas();
    expect(formulas.flat().filter((formula) => formula !== '')).toEqual([]);
    const rows = customers(h).slice(2);
    // The cleaners trim surrounding whitespace (the tab, the carriage return); what remains is text, never run.
    expect(rows.map((row) => row.Notes)).toEqual(ATTACKS.map((attack) => attack.trim()));
    capture(h, submission({ name: 'Phone person', phone: '+77015550000', email: 'phone@example.com' }, { score: '7' }));
    const phoneRow = customers(h).at(-1)!;
    expect(phoneRow.Phone).toBe('+77015550000');
    expect(phoneRow.NPS).toBe(7);
  });
});

describe('Capture: over-long values', () => {
  it('cuts a value to fit a 50,000-character cell (49,999 and the apostrophe that keeps it text) and keeps the original in quarantine, in cell-sized pieces', () => {
    const h = host(EXISTING);
    const long = 'a'.repeat(60_000);
    const [outcome] = capture(h, submission({ name: 'Long', email: 'long@example.com', notes: long }));
    expect(outcome).toMatchObject({ kind: 'created', customerId: 'C-000003' });
    expect(customers(h)[2]!.Notes).toBe('a'.repeat(49_999));
    const row = sheetValues(h, 'Quarantine')[1]!;
    expect(row[3]).toBe('“Notes” was longer than 50,000 characters and was cut; the original is kept here.');
    expect(row[4]).toBe('Done: C-000003');
    const json = row.slice(5).map(String).join('');
    expect(row.slice(5).map((piece) => String(piece).length)).toEqual([49_999, json.length - 49_999]);
    expect(JSON.parse(json).fields.notes).toBe(long);
  });
});

describe('Capture: consent', () => {
  it('records consent with its time and notice version, and a later "no" withdraws it', () => {
    const h = host(EXISTING);
    capture(h, submission({ email: 'aigerim@example.kz', consent: 'Yes' }, { consentNoticeVersion: 'privacy-2026-10', submittedAt: new Date('2026-11-01T08:00:00Z') }));
    expect(customers(h)[0]!['Marketing consent']).toBe(true);
    capture(h, submission({ email: 'aigerim@example.kz', consent: 'нет' }, { consentNoticeVersion: 'privacy-2026-11', submittedAt: new Date('2026-11-20T08:00:00Z') }));
    expect(customers(h)[0]!['Marketing consent']).toBe(false);
    const log = sheetValues(h, 'Clientele captured').slice(1);
    expect(log.map((row) => [row[2], row[3], row[5], row[6]])).toEqual([
      ['C-000001', new Date('2026-11-01T08:00:00Z'), 'yes', 'privacy-2026-10'],
      ['C-000001', new Date('2026-11-20T08:00:00Z'), 'no', 'privacy-2026-11'],
    ]);
    // A later answer without consent leaves the withdrawal in place.
    capture(h, submission({ email: 'aigerim@example.kz', city: 'Astana' }));
    expect(customers(h)[0]!['Marketing consent']).toBe(false);
  });

  it('quarantines a consent answer that is neither yes nor no, naming the column', () => {
    const h = host(EXISTING);
    expect(capture(h, submission({ email: 'new@example.com', consent: 'maybe' }))[0]).toMatchObject({
      kind: 'quarantined',
      reason: '“Marketing consent”: expected yes or no, found “maybe”',
    });
  });
});

describe('Capture: six languages and scripts', () => {
  it('captures Cyrillic, Persian with Persian digits, Chinese and Mongolian answers and matches them again', () => {
    const h = host([HEADER]);
    const inputs = [
      submission({ name: 'Айгерим Нурланқызы', email: 'aigerim@mail.kz', phone: '+7 701 111 22 33' }, { score: '10', comment: 'Керемет!' }),
      submission({ name: 'مریم رضایی', phone: '+98 ۹۱۲ ۳۴۵ ۶۷۸۹', email: 'maryam@example.ir' }, { score: '۹', comment: 'عالی بود' }),
      submission({ name: '王芳', email: 'wangfang@example.cn', phone: '+86 138 0013 8000' }, { score: '8' }),
      submission({ name: 'Бат-Эрдэнэ', email: 'bat@example.mn' }, { score: '7' }),
    ];
    expect(capture(h, ...inputs).map((o) => o.kind)).toEqual(['created', 'created', 'created', 'created']);
    const rows = customers(h);
    expect(rows.map((r) => [r.Name, r.Phone, r.NPS])).toEqual([
      ['Айгерим Нурланқызы', '+77011112233', 10],
      ['مریم رضایی', '+989123456789', 9],
      ['王芳', '+8613800138000', 8],
      ['Бат-Эрдэнэ', '', 7],
    ]);
    // The same people again, spelt as people do: the Persian phone in Persian digits, the email in capitals.
    const again = capture(h,
      submission({ name: 'مریم رضایی', phone: '۰۰۹۸۹۱۲۳۴۵۶۷۸۹', city: 'تهران' }),
      submission({ name: '王芳', email: 'WANGFANG@example.cn', city: '北京' }),
    );
    expect(again.map((o) => [o.kind, 'customerId' in o ? o.customerId : ''])).toEqual([['updated', 'C-000002'], ['updated', 'C-000003']]);
    expect(customers(h)).toHaveLength(4);
  });
});

describe('Capture: cost', () => {
  it('one submission costs the same service calls with 10 customers as with 20,000', () => {
    const calls = (count: number) => {
      const rows: CellValue[][] = [HEADER, ...Array.from({ length: count }, (_, i) => [`C-${String(i + 1).padStart(6, '0')}`, `Person ${i}`, `p${i}@example.com`, `+7701${String(1_000_000 + i).slice(-7)}`, 'Almaty', '', '', '', '', '', '', ''])];
      const h = host(rows);
      capture(h, submission({ name: 'Warm up', email: 'warm@example.com' }, { score: '9' }));
      h.ctx.calls.reset();
      capture(h, submission({ name: 'Person 3', email: 'p3@example.com', city: 'Astana' }, { score: '10' }));
      capture(h, submission({ name: 'New Person', email: 'new@example.com' }, { score: '8' }));
      return h.ctx.calls.snapshot();
    };
    const small = calls(10);
    // The only difference: the 20,000-row grid is full, so the new customer's row is added to it once.
    expect(calls(20_000)).toEqual({ ...small, 'Sheet.insertRowsAfter': 1 });
  });
});

describe('Import contacts', () => {
  it('previews, then imports another sheet through the same path; importing it again changes nothing', () => {
    const h = host(EXISTING);
    putTable(h, 'Leads', [
      ['ФИО', 'E-mail', 'Телефон', 'Город'],
      ['Иван Петров', 'ivan@example.com', '', 'Almaty'],
      ['Dana', 'dana@example.kz', '+77015551234', ''],
      ['', '', '', ''],
      ['=1+1', 'formula@example.com', '', ''],
      ['Aigerim', '', '+77011234567', ''],
    ]);
    expect(h.run('getImportSheetNames')).toEqual(['Sheet1', 'Leads']);
    const preview = h.run<{ counts: Record<string, number>; message: string; first: { row: number; outcome: string }[] }>('previewContactImport', { kind: 'sheet', sheet: 'Leads' });
    expect(preview.counts).toEqual({ created: 2, updated: 1, unchanged: 0, quarantined: 1, duplicates: 0 });
    expect(preview.first.map((line) => [line.row, line.outcome])).toEqual([[2, 'updated'], [3, 'created'], [5, 'created'], [6, 'quarantined']]);
    expect(customers(h)).toHaveLength(2);
    const result = h.run<{ counts: Record<string, number>; nextRow: number | null; message: string }>('importContactRows', { kind: 'sheet', sheet: 'Leads' });
    expect(result).toMatchObject({ nextRow: null, message: 'Imported: 2 new, 1 updated, 1 to quarantine, 0 already imported.' });
    expect(customers(h).map((r) => r.Name)).toEqual(['Aigerim Nurlanovna', 'Ivan Petrov', 'Dana', '=1+1']);
    // Ivan keeps his name; its Cyrillic spelling is kept beside it, and the new city replaces the old.
    expect(customers(h)[1]).toMatchObject({ City: 'Almaty', 'Other contacts': 'Name: Иван Петров; City: Astana' });
    const again = h.run<{ counts: Record<string, number> }>('importContactRows', { kind: 'sheet', sheet: 'Leads' });
    expect(again.counts).toMatchObject({ created: 0, updated: 0, duplicates: 3 });
    expect(h.run('getImportSheetNames')).toEqual(['Sheet1', 'Leads']);
  });

  it('imports rows a CSV gave, in chunks, continuing from the next row', () => {
    const h = host([HEADER]);
    const rows = [['Name', 'Email'], ...Array.from({ length: 2_100 }, (_, i) => [`Person ${i}`, `p${i}@example.com`])];
    const first = h.run<{ nextRow: number | null; counts: { created: number } }>('importContactRows', { kind: 'rows', name: 'leads.csv', rows });
    expect(first).toMatchObject({ nextRow: 2_002, counts: { created: 2_000 } });
    const second = h.run<{ nextRow: number | null; counts: { created: number } }>('importContactRows', { kind: 'rows', name: 'leads.csv', rows }, first.nextRow);
    expect(second).toMatchObject({ nextRow: null, counts: { created: 100 } });
    expect(customers(h)).toHaveLength(2_100);
  });
});

describe('Capture: a sheet Clientele set up', () => {
  it('writes into the plain-text phone column without an apostrophe, and keeps a formula beside the changed cells', () => {
    const h = addonHost();
    h.bindEntryPoints({ ...entryPoints, capture: (inputs: CaptureInput[]) => captureSubmissions(actionContext(), inputs) });
    h.run('setUpCustomerSheet');
    capture(h, submission({ name: 'Dana', email: 'dana@example.kz', phone: '+7 701 555 12 34' }));
    const sheetModel = h.spreadsheetApp.openById(h.activeSpreadsheetId()!).getSheets().find((s) => s.getName() === 'Customers')!;
    const phoneColumn = (sheetValues(h, 'Customers')[0] as string[]).indexOf('Phone') + 1;
    expect(sheetModel.getRange(2, phoneColumn).getValue()).toBe('+77015551234');
    sheetModel.getRange(2, 20).setFormula('=LEN(B2)');
    capture(h, submission({ email: 'dana@example.kz', city: 'Astana' }));
    expect(sheetModel.getRange(2, 20).getFormula()).toBe('=LEN(B2)');
  });
});
