import type { CellValue } from '../../src/core/customerRecord';
import { formTemplate, type QuestionTarget } from '../../src/core/forms/formTemplate';
import { LANGUAGES, type Language } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import { sheetKindOf } from '../../src/core/privacy/personData';
import { SUPPRESSION_SHEET } from '../../src/core/privacy/suppression';
import { RESPONSES_SHEET_NAMES } from '../../src/core/responses/responseColumns';
import { submitFormResponse } from '../../src/local/formSubmissions';
import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const AIDA = { name: 'Aida Sarsenova', email: 'aida@example.kz', phone: '+77011234567' };
const AIDA_OLD = { name: 'Aida S.', email: 'aida.s@example.kz', phone: '+77019998877' };
const BOB = { name: 'Bob Stone', email: 'bob@example.com', phone: '+77017654321' };
/** What must not be found anywhere after Aida's erasure (phones as their national digits: any format). */
const AIDA_TRACES = ['aida', 'sarsenova', '7011234567', '7019998877', 'slow delivery'];

const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Source'];

function formOf(host: LocalHost, language: Language) {
  const formId = host.formApp.listForms()[0]!.id;
  const template = formTemplate(language);
  const titleOf = (target: QuestionTarget) => template.questions.find((q) => q.target === target)!.title;
  const [yes] = template.questions.find((q) => q.target === 'consent')!.choices!;
  const submit = (answers: Partial<Record<QuestionTarget, string>>) =>
    submitFormResponse(host, formId, Object.fromEntries(Object.entries(answers).map(([target, value]) => [titleOf(target as QuestionTarget), value])));
  return { submit, yes: yes! };
}

/**
 * Aida is everywhere (her old row C-000001 merged with her newer C-000003: the survivor keeps the
 * oldest ID and the newest values, her old contacts in Other contacts) Clientele keeps things: her customer row (with a merged duplicate's contacts in
 * Other contacts), the Merged sheet, Responses, the capture ledger, the form's responses sheet,
 * Quarantine (an invalid score), Follow-up (a detractor), a rejected pair, the undo log, a request.
 */
function populated(): LocalHost {
  const host = addonHost();
  putTable(host, 'Customers', [
    HEADER,
    ['C-000001', AIDA_OLD.name, AIDA_OLD.email, AIDA_OLD.phone, '', 'Instagram'],
    ['C-000002', BOB.name, BOB.email, BOB.phone, 'no', 'Referral'],
    ['C-000003', AIDA.name, AIDA.email, AIDA.phone, 'yes', ''],
  ]);
  host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  host.run('mergeDuplicates', [[2, 4]]);
  host.run('createForm');
  const { submit } = formOf(host, 'en');
  submit({ name: AIDA.name, email: AIDA.email, score: '3', comment: 'Slow delivery to Almaty' });
  submit({ name: BOB.name, email: BOB.email, score: '10', comment: 'Great service' });
  submit({ name: AIDA.name, email: AIDA.email, score: '11' });
  host.run('updateFollowUpList', '2026-11-23');
  host.run('rejectDuplicates', [2, 3]);
  host.run('logPrivacyRequest', { kind: 'erasure', customer: AIDA.email, received: '2026-11-20', channel: 'email' }, '2026-11-23');
  return host;
}

function sheetNames(host: LocalHost): string[] {
  return host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheets().map((sheet) => sheet.getName());
}

/** Every cell of every sheet, as lower-case text. */
function allText(host: LocalHost): { sheet: string; text: string }[] {
  return sheetNames(host).flatMap((sheet) =>
    sheetValues(host, sheet).flatMap((row) => row.map((cell) => ({ sheet, text: (cell instanceof Date ? cell.toISOString() : String(cell)).toLowerCase() }))),
  );
}

function tracesOf(host: LocalHost, traces: readonly string[]): string[] {
  return allText(host).filter(({ text }) => traces.some((trace) => text.includes(trace))).map(({ sheet, text }) => `${sheet}: ${text}`);
}

/** The sheet set-up chose (its name is in the user's language). */
function customerSheetName(host: LocalHost): string {
  const settings = JSON.parse(host.propertiesService.getDocumentProperties()!.getProperty('clientele.settings') ?? '{}') as { customerSheet?: string };
  return settings.customerSheet!;
}

function formResponsesSheet(host: LocalHost): string {
  return sheetNames(host).find((name) => /^Form Responses/.test(name))!;
}

interface Exported {
  fileName: string;
  json: string;
  csv: string;
  message: string;
}

describe('Export a customer’s data (GDPR art. 15 and 20)', () => {
  it('holds their rows from every sheet that mentions them, and nothing of anyone else', () => {
    const host = populated();
    const result = host.run<Exported>('exportCustomerData', AIDA.email, '2026-11-23');
    const data = JSON.parse(result.json) as { customerIds: string[]; sheets: { sheet: string; rows: { row: number; values: Record<string, unknown> }[] }[] };
    expect(data.customerIds).toEqual(['C-000001', 'C-000003']);
    const exported = data.sheets.map((sheet) => sheet.sheet);
    expect(exported).toEqual(expect.arrayContaining(['Customers', 'Merged', 'Responses', 'Quarantine', 'Clientele captured', 'Follow-up', 'Clientele rejections', 'Clientele undo', 'Privacy requests', formResponsesSheet(host)]));
    // Every managed sheet (but Data quality, counts only) that names her in any cell is in the export.
    const naming = sheetNames(host).filter((name) => (sheetKindOf(name) !== null && sheetKindOf(name) !== 'dataQuality') || name === 'Customers')
      .filter((name) => sheetValues(host, name).slice(1).some((row) => row.some((cell) => /aida|C-000001/i.test(String(cell)))));
    expect(exported).toEqual(expect.arrayContaining(naming));
    expect(data.sheets.find((sheet) => sheet.sheet === 'Customers')!.rows).toEqual([
      { row: 2, values: expect.objectContaining({ 'Customer ID': 'C-000001', Email: AIDA.email, 'Other contacts': expect.stringContaining(AIDA_OLD.email) }) },
    ]);
    expect(data.sheets.find((sheet) => sheet.sheet === 'Merged')!.rows[0]!.values).toMatchObject({ 'Customer ID': 'C-000003', 'Merged into': 'C-000001' });
    for (const other of [BOB.name, BOB.email, '7017654321', 'C-000002', 'Great service']) {
      expect(result.json).not.toContain(other);
      expect(result.csv).not.toContain(other);
    }
  });

  it('as CSV: one line per value (sheet, row, column, value), readable by Excel in any script', () => {
    const host = populated();
    const { csv, fileName } = host.run<Exported>('exportCustomerData', 'C-000001', '2026-11-23');
    expect(fileName).toBe('clientele-C-000001-2026-11-23');
    expect(csv.startsWith('\uFEFFSheet,Row,Column,Value\r\n')).toBe(true);
    expect(csv).toContain('Customers,2,Email,aida@example.kz\r\n');
    expect(csv).toContain('Responses,2,Comment,Slow delivery to Almaty\r\n');
  });

  it('is answered as an access request and logged in the Audit log with the ID only', () => {
    const host = populated();
    const { message } = host.run<Exported>('exportCustomerData', AIDA.phone, '2026-11-23');
    expect(message).toMatch(/^Exported \d+ values from \d+ sheets for C-000001, C-000003 \(request R-0002\)\.$/);
    expect(sheetValues(host, 'Privacy requests').slice(1).map((row) => row.slice(0, 7))).toEqual([
      ['R-0001', '2026-11-20', 'erasure (art. 17)', 'C-000001', 'open', '2026-12-20', ''],
      ['R-0002', '2026-11-23', 'access and copy (art. 15, 20)', 'C-000001', 'done', '2026-12-23', '2026-11-23'],
    ]);
    const audit = sheetValues(host, 'Audit log').slice(1).map((row) => row.map(String).join('|'));
    expect(audit.filter((line) => line.includes('export'))).toEqual([expect.stringContaining('C-000001')]);
    expect(audit.join('\n')).not.toContain(AIDA.email);
  });

  it('closes every open access request it answers, apart in the sheet, in one write, leaving the others as they were', () => {
    const host = populated();
    host.run('logPrivacyRequest', { kind: 'access', customer: AIDA.email, received: '2026-11-21', channel: 'phone' }, '2026-11-23');
    host.run('logPrivacyRequest', { kind: 'erasure', customer: 'C-000002', received: '2026-11-22', channel: 'email' }, '2026-11-23');
    host.run('logPrivacyRequest', { kind: 'access', customer: AIDA.email, received: '2026-11-22', channel: 'email' }, '2026-11-23');
    host.ctx.calls.reset();
    host.run<Exported>('exportCustomerData', AIDA.email, '2026-11-23');
    // One write for the two requests closed, one for the Audit log's row.
    expect(host.ctx.calls.snapshot()['Range.setValues']).toBe(2);
    expect(sheetValues(host, 'Privacy requests').slice(1).map((row) => [row[0], row[4], row[6]])).toEqual([
      ['R-0001', 'open', ''],
      ['R-0002', 'done', '2026-11-23'],
      ['R-0003', 'open', ''],
      ['R-0004', 'done', '2026-11-23'],
    ]);
  });

  it('says plainly when no customer has the contact', () => {
    const host = populated();
    expect(host.run('exportCustomerData', 'nobody@example.kz')).toEqual({ error: messagesFor('en').privacyNotFound });
  });
});

describe('Erase a customer (GDPR art. 17)', () => {
  it('the confirmation names what goes, sheet by sheet, and how long older backups keep it', () => {
    const host = populated();
    const preview = host.run<{ customerIds: string[]; lines: string[]; backups: string }>('getErasurePreview', AIDA.email);
    expect(preview.customerIds).toEqual(['C-000001', 'C-000003']);
    expect(preview.lines).toEqual(expect.arrayContaining([
      'Customers: 1 row removed (9 cells)',
      'Merged: 1 row removed (7 cells)',
      'Responses: 1 answer kept without who gave them (date and score stay for NPS) (6 cells)',
      'Clientele undo: emptied, so earlier actions can no longer be undone (6 cells)',
      expect.stringMatching(/^Form Responses 1: 2 form responses emptied \(the rows stay, blank\) \(\d+ cells\)$/),
      'The Google Form keeps its own copy of their answers: delete them in the form (Responses, Individual).',
    ]));
    expect(preview.backups).toBe('Backups made before now still hold their data until rotation deletes them: up to 12 months.');
    // Nothing is written by the preview.
    expect(sheetValues(host, 'Customers')).toHaveLength(3);
  });

  it('leaves no trace of them in any cell of any sheet; the others stay; undo cannot bring them back', () => {
    const host = populated();
    const responsesBefore = sheetValues(host, 'Responses');
    const { message } = host.run<{ message: string }>('eraseCustomer', 'C-000001', '2026-11-23');
    expect(message).toMatch(/^Erased C-000001, C-000003: \d+ rows removed or anonymised on \d+ sheets; 4 contacts on the suppression list \(request R-0001\)\. Backups made before now still hold their data until rotation deletes them: up to 12 months\.$/);
    expect(tracesOf(host, AIDA_TRACES)).toEqual([]);
    expect(sheetValues(host, 'Customers').slice(1).map((row) => row[0])).toEqual(['C-000002']);
    // The NPS history keeps her score, without who gave it.
    const responses = sheetValues(host, 'Responses');
    expect(responses).toHaveLength(responsesBefore.length);
    expect(responses.slice(1).map((row) => [row[1], row[2], row[3]])).toEqual([['', 3, ''], ['C-000002', 10, 'Great service']]);
    expect(host.run('undoLastAction')).toBe(messagesFor('en').cleanNothingToUndo);
    expect(tracesOf(host, AIDA_TRACES)).toEqual([]);
    expect(sheetValues(host, 'Privacy requests')[1]!.slice(4, 7)).toEqual(['done', '2026-12-20', '2026-11-23']);
    const erase = sheetValues(host, 'Audit log').slice(1).map((row) => row.map(String).join('|')).filter((line) => line.includes('erase'));
    expect(erase).toEqual([expect.stringContaining('C-000001')]);
  });

  it('never gives an erased customer’s ID to someone else, even on a sheet typed in by hand', () => {
    const host = addonHost();
    putTable(host, 'Customers', [HEADER, ['C-000001', BOB.name, BOB.email, BOB.phone, 'no', ''], ['C-000002', AIDA.name, AIDA.email, AIDA.phone, 'yes', '']]);
    host.run('eraseCustomer', AIDA.email);
    putTable(host, 'Customers', [...sheetValues(host, 'Customers'), ['', 'Dana', 'dana@example.kz', '', '', '']]);
    host.run('setUpCustomerSheet');
    expect(sheetValues(host, 'Customers').map((row) => row[0])).toEqual([HEADER[0], 'C-000001', 'C-000003']);
  });

  it('keeps hashes on the suppression list, never the contact itself', () => {
    const host = populated();
    host.run('eraseCustomer', AIDA.email);
    const list = sheetValues(host, SUPPRESSION_SHEET);
    expect(list.slice(1).map((row) => row[0])).toEqual([expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/), expect.stringMatching(/^[0-9a-f]{64}$/)]);
    expect(tracesOf(host, ['aida', '7011234567', '7019998877'])).toEqual([]);
  });

  it('then a form submission of the same person is not captured, and their answers are not kept', () => {
    const host = populated();
    host.run('eraseCustomer', AIDA.email);
    const customers = sheetValues(host, 'Customers');
    const responses = sheetValues(host, 'Responses');
    const quarantine = sheetValues(host, 'Quarantine');
    const { submit } = formOf(host, 'en');
    const result = submit({ name: 'AIDA SARSENOVA', email: ' Aida@Example.kz ', phone: '8 701 123 45 67', score: '1', comment: 'Still slow' });
    expect(result.handlerResults).toEqual([{ kind: 'suppressed' }]);
    // By phone alone, too.
    expect(submit({ name: 'A.', phone: '+7 701 123 4567', score: '2' }).handlerResults).toEqual([{ kind: 'suppressed' }]);
    expect(sheetValues(host, 'Customers')).toEqual(customers);
    expect(sheetValues(host, 'Responses')).toEqual(responses);
    expect(sheetValues(host, 'Quarantine')).toEqual(quarantine);
    expect(tracesOf(host, [...AIDA_TRACES, 'still slow'])).toEqual([]);
    const audit = sheetValues(host, 'Audit log').slice(1).map((row) => row.map(String).join('|'));
    expect(audit.filter((line) => line.includes('suppressed submission'))).toHaveLength(2);
    // Someone else is captured as before.
    expect(submit({ name: 'Dana', email: 'dana@example.kz', score: '9' }).handlerResults).toEqual([expect.objectContaining({ kind: 'created' })]);
  });

  it('then an import containing them does not bring them back', () => {
    const host = populated();
    host.run('eraseCustomer', AIDA.email);
    const rows = [['Name', 'Email', 'Phone'], ['Aida', 'AIDA@example.kz', ''], ['Aida', '', '87019998877'], ['Dana', 'dana@example.kz', '']];
    const preview = host.run<{ first: { outcome: string }[] }>('previewContactImport', { kind: 'rows', name: 'leads.csv', rows });
    expect(preview.first.map((line) => line.outcome)).toEqual(['suppressed', 'suppressed', 'created']);
    const result = host.run<{ counts: { created: number }; lines: { outcome: string }[] }>('importContactRows', { kind: 'rows', name: 'leads.csv', rows });
    expect(result.lines.map((line) => line.outcome)).toEqual(['suppressed', 'suppressed', 'created']);
    expect(tracesOf(host, AIDA_TRACES)).toEqual([]);
    expect(sheetValues(host, 'Customers').slice(1).map((row) => row[2])).toEqual([BOB.email, 'dana@example.kz']);
    const audit = sheetValues(host, 'Audit log').slice(1).map((row) => row.map(String).join('|'));
    expect(audit.filter((line) => line.includes('suppressed submission'))).toEqual([expect.stringMatching(/\|import\|.*\|2 suppressed submissions\|/)]);
  });

  it('costs the same service calls with 10 customers as with 2,000, and so does an export', () => {
    const calls = (count: number, action: 'eraseCustomer' | 'exportCustomerData') => {
      const host = addonHost();
      const others = Array.from({ length: count }, (_, i) => [`C-${String(i + 2).padStart(6, '0')}`, `Customer ${i}`, `c${i}@example.com`, '', 'no', '']);
      putTable(host, 'Customers', [HEADER, ['C-000001', AIDA.name, AIDA.email, AIDA.phone, 'yes', ''], ...others]);
      putTable(host, 'Responses', [['Date', 'Customer ID', 'Score', 'Comment', 'Source', 'Response ID'], ['2026-11-01', 'C-000001', 3, 'Slow', 'form', 'r1'], ...others.map((row, i) => ['2026-11-01', row[0]!, 9, '', 'form', `q${i}`])]);
      host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
      host.ctx.calls.reset();
      host.run(action, 'C-000001', '2026-11-23');
      return host.ctx.calls.snapshot();
    };
    expect(calls(2_000, 'eraseCustomer')).toEqual(calls(10, 'eraseCustomer'));
    expect(calls(2_000, 'exportCustomerData')).toEqual(calls(10, 'exportCustomerData'));
  });

  it('an import checked against the suppression list costs the same calls for 10 rows as for 1,000', () => {
    const calls = (count: number) => {
      const host = populated();
      host.run('eraseCustomer', AIDA.email);
      const rows = [['Name', 'Email'], ...Array.from({ length: count }, (_, i) => [`Lead ${i}`, `lead${i}@example.com`])];
      host.ctx.calls.reset();
      host.run('previewContactImport', { kind: 'rows', name: 'leads.csv', rows });
      return host.ctx.calls.snapshot();
    };
    expect(calls(1_000)).toEqual(calls(10));
  });
});

describe('Privacy panel', () => {
  it('shows consent coverage and the open requests, the overdue first and marked', () => {
    const host = populated();
    host.run('logPrivacyRequest', { kind: 'access', customer: 'C-000002', received: '2026-10-31', channel: 'phone' }, '2026-11-23');
    const panel = host.run<{ consent: unknown; requests: { id: string; due: string; overdue: boolean }[] }>('getPrivacyPanel', '2026-12-05');
    expect(panel.consent).toEqual({ customers: 2, yes: 1, no: 1, unknown: 0, hasColumn: true });
    expect(panel.requests.map((r) => [r.id, r.due, r.overdue])).toEqual([['R-0002', '2026-11-30', true], ['R-0001', '2026-12-20', false]]);
  });

  it('finds a customer by phone and lists what each sheet holds', () => {
    const host = populated();
    const found = host.run<{ customerIds: string[]; name: string; held: { sheet: string; rows: number }[] }>('findCustomerForPrivacy', '8 701 123 45 67');
    expect(found.customerIds).toEqual(['C-000001', 'C-000003']);
    expect(found.name).toBe(AIDA.name);
    expect(found.held).toEqual(expect.arrayContaining([{ sheet: 'Customers', rows: 1, rule: 'removeRows' }, { sheet: 'Quarantine', rows: 1, rule: 'removeRows' }]));
  });

  it('a request for someone Clientele does not hold is not logged', () => {
    const host = populated();
    expect(host.run('logPrivacyRequest', { kind: 'access', customer: 'nobody@example.kz' })).toEqual({ error: messagesFor('en').privacyNotFound });
  });
});

describe.each(LANGUAGES)('%s: erase and suppress through the form', (language) => {
  it('the person is gone from the sheets named in the language, and a new submission is dropped', () => {
    const host = addonHost();
    host.run('saveSettings', { language, defaultCountry: 'KZ' });
    host.run('createForm');
    const { submit, yes } = formOf(host, language);
    submit({ name: 'Мөлдір Ахметова', email: 'moldir@example.kz', phone: '+77015550011', consent: yes, score: '4', comment: 'Ұзақ күттім' });
    submit({ name: '王芳', email: 'wang@163.com', score: '9' });
    const text = messagesFor(language);
    const preview = host.run<{ lines: string[]; backups: string }>('getErasurePreview', 'moldir@example.kz');
    expect(preview.backups).toBe(formatMessage(text.privacyBackupsMonths, { count: 12 }));
    host.run('eraseCustomer', 'moldir@example.kz');
    expect(tracesOf(host, ['moldir', 'мөлдір', '7015550011', 'ұзақ'])).toEqual([]);
    expect(sheetValues(host, RESPONSES_SHEET_NAMES[language]).slice(1).map((row) => row[2])).toEqual([4, 9]);
    expect(submit({ name: 'Мөлдір', email: 'MOLDIR@example.kz', score: '1' }).handlerResults).toEqual([{ kind: 'suppressed' }]);
    expect(sheetValues(host, customerSheetName(host)).slice(1).map((row) => row.includes('wang@163.com'))).toEqual([true]);
  });
});

describe('consent coverage without a Consent column', () => {
  it('counts every customer as unknown', () => {
    const host = addonHost();
    putTable(host, 'Customers', [['Customer ID', 'Name', 'Email'], ['C-000001', 'A', 'a@example.kz'], ['C-000002', 'B', 'b@example.kz']] as CellValue[][]);
    host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    expect(host.run<{ consent: unknown }>('getPrivacyPanel', '2026-11-23').consent).toEqual({ customers: 2, yes: 0, no: 0, unknown: 2, hasColumn: false });
  });
});

describe('erasing the only customer', () => {
  it('works although Google refuses to delete every row under a frozen header', () => {
    const host = addonHost();
    host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    host.run('setUpCustomerSheet');
    host.run('importContactRows', { kind: 'rows', name: 'one.csv', rows: [['Name', 'Email'], ['Aida', AIDA.email]] });
    const sheet = customerSheetName(host);
    const model = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName(sheet)!;
    model.deleteRows(3, model.getMaxRows() - 2);
    expect(host.run<{ message: string }>('eraseCustomer', AIDA.email).message).toMatch(/^Erased C-000001:/);
    expect(sheetValues(host, sheet).slice(1).filter((row) => row.some((cell) => cell !== ''))).toEqual([]);
  });
});

describe('the Privacy… menu item', () => {
  it('opens the sidebar on the Privacy panel', () => {
    const host = addonHost();
    host.run('showPrivacyPanel');
    expect(host.ui.sidebar?.html).toContain('data-panel="privacy"');
  });
});
