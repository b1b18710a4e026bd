import * as entryPoints from '../../src/server/main';
import { actionContext } from '../../src/server/actionContext';
import { captureSubmissions } from '../../src/server/capture';
import type { CaptureInput, CaptureOutcome } from '../../src/core/capture/captureInput';
import type { LocalHost } from '../../src/local/localHost';
import type { CellValue } from '../../src/core/customerRecord';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

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
    // Execution 1 is still capturing: it holds the script lock.
    const first = h.ctx.beginExecution();
    h.lockService.getScriptLock().waitLock(1000);
    const blocked = submission({ name: 'Dana', email: 'dana@example.kz' });
    expect(() => capture(h, blocked)).toThrow(/Lock timeout/);
    expect(customers(h)).toHaveLength(2);
    h.lockService.releaseAllFor(first);
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
