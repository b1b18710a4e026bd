import { addonHost, putTable, sheetValues, TEST_NOW } from '../support/addonHost';
import type { LocalHost } from '../../src/local/localHost';
import type { FollowUpResult } from '../../src/server/nps/followUpSheet';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import type { CellValue } from '../../src/core/customerRecord';

const NOW = TEST_NOW.toISOString(); // 2026-11-23

const CUSTOMERS: CellValue[][] = [
  ['Customer ID', 'Name', 'Email', 'Phone', 'Updated', 'NPS', 'Notes'],
  ['C-1', 'Aigerim', 'a@example.kz', '+77011234567', new Date('2026-11-01T08:00:00Z'), 10, ''],
  ['C-2', 'Борис', 'b@example.ru', '+79161234567', new Date('2026-10-20T08:00:00Z'), 4, 'Долго ждал заказ'],
  ['C-3', '陈伟', 'c@example.cn', '', new Date('2026-03-01T08:00:00Z'), 2, 'too old to follow up'],
  ['C-4', 'داریوش', '', '+989121234567', new Date('2026-11-20T08:00:00Z'), 6, '=not a formula'],
  ['C-5', 'Erdene', '', '', new Date('2026-11-21T08:00:00Z'), 7, 'a passive'],
];

const RESPONSES: CellValue[][] = [
  ['Date', 'Customer ID', 'Score', 'Comment', 'Source', 'Response ID'],
  [new Date('2026-11-02T10:00:00Z'), 'C-1', 3, 'slow delivery', 'form', 'R-1'],
  [new Date('2026-11-10T10:00:00Z'), 'C-5', 10, 'great', 'form', 'R-2'],
];

function host(): LocalHost {
  const h = addonHost();
  putTable(h, 'Sheet1', CUSTOMERS);
  return h;
}

const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Score', 'Comment', 'Date', 'Response ID', 'Status'];

describe('Update follow-up list', () => {
  it('lists recent detractors with contact, comment and a status dropdown, newest first', () => {
    const h = host();
    const result = h.run<FollowUpResult>('updateFollowUpList', NOW);
    expect(result).toMatchObject({ sheet: 'Follow-up', added: 2, days: 90, counts: { toContact: 2, contacted: 0, resolved: 0, other: 0 } });
    expect(sheetValues(h, 'Follow-up')).toEqual([
      HEADER,
      ['C-4', 'داریوش', '', '+989121234567', 6, '=not a formula', new Date('2026-11-20T08:00:00Z'), '', 'to contact'],
      ['C-2', 'Борис', 'b@example.ru', '+79161234567', 4, 'Долго ждал заказ', new Date('2026-10-20T08:00:00Z'), '', 'to contact'],
    ]);
    const status = SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Follow-up')!.getRange('I2:I3').getDataValidations();
    for (const [rule] of status) expect(rule!.getCriteriaValues()[0]).toEqual(['to contact', 'contacted', 'resolved']);
    expect(result.open.map((o) => o.customerId)).toEqual(['C-4', 'C-2']);
  });

  it('keeps the statuses the team set and every row they touched, adds only new detractors', () => {
    const h = host();
    putTable(h, 'Responses', RESPONSES);
    h.run('updateFollowUpList', NOW);
    const id = h.activeSpreadsheetId()!;
    expect(h.spreadsheetApp.userEdit(id, 'Follow-up', 2, 9, 'contacted').ok).toBe(true);
    expect(h.spreadsheetApp.userEdit(id, 'Follow-up', 2, 6, 'called, sent a voucher').ok).toBe(true);

    // Nothing new: nothing changes.
    expect(h.run<FollowUpResult>('updateFollowUpList', NOW)).toMatchObject({ added: 0, counts: { toContact: 0, contacted: 1 } });

    putTable(h, 'Responses', [...RESPONSES, [new Date('2026-11-22T10:00:00Z'), 'C-2', 0, 'wrong size', 'form', 'R-3']]);
    const result = h.run<FollowUpResult>('updateFollowUpList', NOW);
    expect(result).toMatchObject({ added: 1, counts: { toContact: 1, contacted: 1, resolved: 0, other: 0 } });
    expect(sheetValues(h, 'Follow-up')).toEqual([
      HEADER,
      ['C-1', 'Aigerim', 'a@example.kz', '+77011234567', 3, 'called, sent a voucher', new Date('2026-11-02T10:00:00Z'), 'R-1', 'contacted'],
      ['C-2', 'Борис', 'b@example.ru', '+79161234567', 0, 'wrong size', new Date('2026-11-22T10:00:00Z'), 'R-3', 'to contact'],
    ]);
  });

  it('takes "recent" from the followUpDays setting', () => {
    const h = host();
    h.propertiesService.getDocumentProperties()!.setProperty('clientele.settings', JSON.stringify({ followUpDays: 10 }));
    const result = h.run<FollowUpResult>('updateFollowUpList', NOW);
    expect(result).toMatchObject({ days: 10, added: 1 });
    expect(sheetValues(h, 'Follow-up').map((row) => row[0])).toEqual(['Customer ID', 'C-4']);
  });

  it('costs the same service calls for 10 new detractors and for 2,000, but for growing the sheet once', () => {
    const calls = (count: number) => {
      const rows: CellValue[][] = [CUSTOMERS[0]!];
      for (let i = 0; i < count; i++) rows.push([`C-${i}`, `Name ${i}`, '', '', new Date(TEST_NOW.getTime() - (i % 80) * 86_400_000), i % 7, '']);
      const h = addonHost();
      putTable(h, 'Sheet1', rows);
      h.run('updateFollowUpList', NOW);
      putTable(h, 'Sheet1', [...rows, ...rows.slice(1).map((row) => [`N-${String(row[0])}`, ...row.slice(1)])]);
      h.ctx.calls.reset();
      h.run('updateFollowUpList', NOW);
      return h.ctx.calls.snapshot();
    };
    const { 'Sheet.insertRowsAfter': grown, ...large } = calls(2_000);
    expect(grown).toBe(1);
    expect(large).toEqual(calls(10));
  });

  it.each(LANGUAGES)('speaks %s, and still recognises statuses set in another language', (language) => {
    const h = host();
    h.run('saveSettings', { language: 'ru', defaultCountry: 'KZ' });
    h.run('updateFollowUpList', NOW);
    const id = h.activeSpreadsheetId()!;
    expect(h.spreadsheetApp.userEdit(id, 'Связаться', 2, 9, 'решено').ok).toBe(true);
    h.run('saveSettings', { language, defaultCountry: 'KZ' });
    const text = messagesFor(language);
    putTable(h, 'Sheet1', [...CUSTOMERS, ['C-6', 'Li', '', '', new Date('2026-11-22T08:00:00Z'), 1, '']]);
    const result = h.run<FollowUpResult>('updateFollowUpList', NOW);
    expect(result).toMatchObject({ sheet: 'Связаться', added: 1, counts: { toContact: 2, resolved: 1, other: 0 } });
    expect(sheetValues(h, 'Связаться').at(-1)!.at(-1)).toBe(text.followUpToContact);
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheets().length).toBe(2);
  });
});
