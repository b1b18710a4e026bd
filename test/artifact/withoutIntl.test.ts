/**
 * dist/Code.js in a vm with no `Intl` at all. Google does not document which Intl data Apps
 * Script's V8 runtime has (nor whether its time zone data is complete), so the add-on must not
 * depend on it: days and months in the spreadsheet's time zone then come from
 * Utilities.formatDate, which Google documents. A new user's first actions, in spreadsheets
 * whose zone is not UTC (with a DST start at midnight in Tehran and New York's DST), must give
 * exactly what they give with Intl.
 */
import vm from 'node:vm';
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { putTable, takeTable } from '../../src/local/files/sheetTable';
import { submitFormResponse } from '../../src/local/formSubmissions';
import { LocalHost } from '../../src/local/localHost';
import { formTemplate } from '../../src/core/forms/formTemplate';
import type { CellValue } from '../../src/core/customerRecord';

const NOW = new Date('2026-11-23T09:30:00Z');

/** Customers as typed: dates as text in several forms, one spreadsheet serial, one on a DST-start day. */
const CUSTOMERS: Record<string, CellValue>[] = [
  { Name: '  anna  PETROVA ', Email: 'Anna@Example.com', Phone: '8 701 555 0011', Created: '05.03.2026', NPS: 10, Source: 'Instagram' },
  { Name: 'Anna Petrova', Email: 'anna@example.com', Phone: '+7 701 555 00 11', Created: '2026-03-08', NPS: 9, Source: 'instagram' },
  { Name: 'Бауыржан Омаров', Email: 'b.omarov@mail.kz', Phone: '87015550022', Created: '22.03.2021', NPS: 4, Source: 'Friend' },
  { Name: 'Wang Fang', Email: 'wang@163.com', Phone: '', Created: 46000, NPS: 7, Source: '' },
  { Name: 'John Smith', Email: 'john@example.com', Phone: '', Created: '2026-11-01 01:30', NPS: 3, Source: 'Google' },
  { Name: 'Болд Бат', Email: 'bold@mail.mn', Phone: '', Created: '31.12.2025', NPS: 8, Source: 'Google' },
];

/**
 * What the bundle stamps with the real clock (`new Date()` in the vm: a submission's Created
 * and Updated, undo and backup ids, a backup's time and checksum; backup ids also hold a
 * random part, the audit log's times to the second and its hash chain over them) differs
 * between two runs whatever Intl does: not what this test compares.
 */
function shown(value: unknown, ran: { from: number; to: number }): unknown {
  const during = (time: number) => time >= ran.from && time <= ran.to;
  const unstamped = (text: string) => text
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, (iso) => (during(Date.parse(iso)) ? 'stamp' : iso))
    .replace(/\b\d{13}\b/g, (millis) => (during(Number(millis)) ? 'stamp' : millis));
  return JSON.parse(JSON.stringify(value, (key, v: unknown) => {
    if (typeof v !== 'string') return v;
    if ((key === 'checksum' && /^[0-9a-f]{64}$/.test(v)) || (key === 'id' && /^\d{8}-\d{6}-/.test(v)) || /^[0-9a-f]{16}$/.test(v)) return 'stamp';
    return unstamped(v);
  }));
}

/** Everything a user sees after the first day's actions: what each action answered and every sheet. */
function firstDay(timeZone: string, withoutIntl: boolean) {
  // Whole seconds: the audit log keeps its times to the second.
  const from = Math.floor(Date.now() / 1000) * 1000;
  // No CPU time in the estimate: the script's clock then depends on the calls alone, the same in both runs.
  const host = new LocalHost({ now: NOW, executionTime: { cpuClock: () => 0 } });
  const context = loadBuiltAddon(host, undefined, { withoutIntl });
  const spreadsheetId = host.createSpreadsheet('Studio customers');
  const spreadsheet = host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!;
  spreadsheet.setSpreadsheetTimeZone(timeZone);
  spreadsheet.setSpreadsheetLocale('ru_RU');
  const intl = vm.runInContext('typeof Intl', context) as string;
  const answers: Record<string, unknown> = {};
  host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
  answers.setUp = host.run('setUpCustomerSheet');
  const header = takeTable(host, spreadsheetId, 'Customers')[0]!;
  putTable(host, spreadsheetId, 'Customers', [header, ...CUSTOMERS.map((customer) => header.map((title) => customer[String(title)] ?? ''))]);
  answers.cleaningPanel = host.run('getCleaningPanel');
  answers.cleaned = host.run('applyCleaning', []);
  answers.npsByMonth = host.run('getNpsReport', { by: 'month' });
  answers.npsByQuarter = host.run('getNpsReport', { by: 'quarter' });
  answers.insights = host.run('getInsights', NOW.toISOString());
  answers.dashboard = host.run('updateDashboard', NOW.toISOString());
  answers.followUp = host.run('updateFollowUpList', NOW.toISOString());
  answers.duplicates = host.run('getDuplicates');
  answers.form = host.run('createForm');
  const form = host.formApp.listForms()[0]!;
  const titles = Object.fromEntries(formTemplate('en').questions.map((q) => [q.target, q.title]));
  answers.submitted = submitFormResponse(host, form.id, { [titles.name!]: 'Dana Lee', [titles.email!]: 'dana@example.com', [titles.score!]: '9' }).handlerResults;
  answers.backup = host.run('backUpNow');
  answers.backups = host.run('getBackupsPanel');
  const sheets = Object.fromEntries(spreadsheet.getSheets().map((sheet) => [sheet.getName(), takeTable(host, spreadsheetId, sheet.getName())]));
  return { intl, ...(shown({ answers, sheets }, { from, to: Date.now() }) as { answers: Record<string, unknown>; sheets: Record<string, CellValue[][]> }) };
}

describe.each(['Asia/Tehran', 'Asia/Almaty', 'America/New_York'])('dist/Code.js without Intl, spreadsheet in %s', (timeZone) => {
  const withIntl = firstDay(timeZone, false);
  const without = firstDay(timeZone, true);

  it('really runs without Intl, and does the work (dates become dates, months are counted)', () => {
    expect([withIntl.intl, without.intl]).toEqual(['object', 'undefined']);
    expect((without.answers.cleaned as { message: string }).message).toMatch(/^Cleaned/);
    expect(without.sheets.Customers!.slice(1, 1 + CUSTOMERS.length).every((row) => row.some((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)))).toBe(true);
    expect(JSON.stringify(without.answers.npsByMonth)).toContain('2026-03');
    expect(without.sheets.Dashboard![1]![0]).toMatch(/^Updated 2026-11-2[34] \d\d:\d\d by Clientele/);
  });

  it('answers every action and leaves every sheet exactly as with Intl', () => {
    expect(without.answers).toEqual(withIntl.answers);
    expect(Object.keys(without.sheets)).toEqual(Object.keys(withIntl.sheets));
    for (const name of Object.keys(withIntl.sheets)) expect({ name, values: without.sheets[name] }).toEqual({ name, values: withIntl.sheets[name] });
  });
});
