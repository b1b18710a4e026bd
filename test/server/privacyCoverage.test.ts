/**
 * A privacy request looks everywhere Clientele holds a person (issue 14): former contacts in Other
 * contacts, a duplicate merged into them (Merged), someone only in Quarantine, restored tabs and
 * the sheets they were imported from. The preview names every sheet and its cells; erasure covers
 * what Clientele keeps and refuses while sheets it does not keep still hold them.
 */
import { formTemplate, type QuestionTarget } from '../../src/core/forms/formTemplate';
import type { FoundCustomer } from '../../src/server/privacy/privacy';
import { submitFormResponse } from '../../src/local/formSubmissions';
import type { LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Source'];

function customers(): LocalHost {
  const host = addonHost();
  putTable(host, 'Customers', [
    HEADER,
    ['C-000001', 'Aida S.', 'aida.old@example.kz', '+77019998877', 'Instagram'],
    ['C-000002', 'Bob Stone', 'bob@example.com', '+77017654321', 'Referral'],
    ['C-000003', 'Aida Sarsenova', 'aida@example.kz', '+77011234567', ''],
  ]);
  host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  return host;
}

function submit(host: LocalHost, answers: Partial<Record<QuestionTarget, string>>): void {
  const formId = host.formApp.listForms()[0]!.id;
  const template = formTemplate('en');
  const titleOf = (target: QuestionTarget) => template.questions.find((q) => q.target === target)!.title;
  submitFormResponse(host, formId, Object.fromEntries(Object.entries(answers).map(([target, value]) => [titleOf(target as QuestionTarget), value])));
}

const held = (host: LocalHost, query: string) => host.run<FoundCustomer | { error: string }>('findCustomerForPrivacy', query);

describe('privacy search looks everywhere', () => {
  it('a person whose only answer sits in Quarantine is found there, not answered “holds nothing”', () => {
    const host = customers();
    host.run('createForm');
    submit(host, { name: 'Dana Sultanova', email: 'dana@example.kz', score: '11' });
    const found = held(host, 'dana@example.kz');
    expect(found).toMatchObject({ customerIds: ['dana@example.kz'] });
    expect((found as FoundCustomer).held.map((entry) => entry.sheet)).toContain('Quarantine');
    const erased = host.run<{ message: string } | { error: string }>('eraseCustomer', 'dana@example.kz', '2026-11-23');
    expect(erased).toHaveProperty('message');
    expect(sheetValues(host, 'Quarantine').flat().join(' ')).not.toContain('dana@example.kz');
  });

  it('an email that was replaced and is now kept in Other contacts is found', () => {
    const host = customers();
    host.run('mergeDuplicates', [[2, 4]]);
    // The survivor keeps the oldest ID; the merged row's ID was hers too.
    expect(held(host, 'aida.old@example.kz')).toMatchObject({ customerIds: ['C-000001', 'C-000003'] });
  });

  it('the email of a duplicate merged into a customer, now only on Merged, is found', () => {
    const host = customers();
    host.run('saveMergeRules', { email: 'oldest', phone: 'oldest' });
    host.run('mergeDuplicates', [[2, 4]]);
    // Someone tidied the survivor's Other contacts by hand: the duplicate's email is only on Merged now.
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName('Customers')!;
    sheet.getRange(2, 6).setValue('');
    expect(sheetValues(host, 'Customers').flat().join(' ')).not.toContain('aida@example.kz');
    expect(held(host, 'aida@example.kz')).toMatchObject({ customerIds: ['C-000001', 'C-000003'] });
    expect(held(host, '+77011234567')).toMatchObject({ customerIds: ['C-000001', 'C-000003'] });
  });

  it('restored tabs and a sheet she was imported from are listed with their cells, and erasure refuses while they hold her', () => {
    const host = customers();
    putTable(host, 'Customers (2026-11-20)', [HEADER, ['C-000003', 'Aida Sarsenova', 'aida@example.kz', '+77011234567', '']]);
    putTable(host, 'Clientele undo (2026-11-20)', [['Operation', 'Record'], ['clean-1', '{"rows":[[3,"id:C-000003",[[2,"AIDA  sarsenova","x"]]]]}']]);
    putTable(host, 'Old list', [['Who', 'Contact'], ['Aida Sarsenova', '8 701 123 45 67']]);
    const preview = host.run<{ lines: string[] }>('getErasurePreview', 'aida@example.kz');
    expect(preview.lines).toEqual(
      expect.arrayContaining([
        'Customers: 1 row removed (4 cells)',
        expect.stringMatching(/^Customers \(2026-11-20\): their data is in 1 row \(4 cells\), but Clientele does not keep this sheet/u),
        expect.stringMatching(/^Clientele undo \(2026-11-20\): their data is in 1 row \(2 cells\)/u),
        expect.stringMatching(/^Old list: their data is in 1 row \(2 cells\)/u),
      ]),
    );
    const refused = host.run<{ error: string }>('eraseCustomer', 'aida@example.kz', '2026-11-23');
    expect(refused.error).toBe(
      'Not erased: “Customers (2026-11-20)” (4), “Clientele undo (2026-11-20)” (2), “Old list” (2) still hold their data, and Clientele does not keep those sheets (restored tabs or sheets they were imported from), so it cannot promise they are gone. Delete those rows or tabs yourself, then erase again.',
    );
    expect(sheetValues(host, 'Customers')).toHaveLength(4);
    const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!;
    for (const name of ['Customers (2026-11-20)', 'Clientele undo (2026-11-20)', 'Old list']) spreadsheet.deleteSheet(spreadsheet.getSheetByName(name) as unknown as GoogleAppsScript.Spreadsheet.Sheet);
    expect(host.run<{ message: string }>('eraseCustomer', 'aida@example.kz', '2026-11-23')).toHaveProperty('message');
    expect(sheetValues(host, 'Customers').flat()).not.toContain('aida@example.kz');
  });
});
