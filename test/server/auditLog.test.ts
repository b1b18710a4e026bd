import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { CellValue } from '../../src/core/customerRecord';
import { AUDIT_COLUMNS, AUDIT_SHEET, firstBrokenRow } from '../../src/core/audit/auditRecords';
import { formTemplate, type QuestionTarget } from '../../src/core/forms/formTemplate';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import { submitFormResponse } from '../../src/local/formSubmissions';
import { PROJECT_ROOT, type LocalHost } from '../../src/local/localHost';
import * as auditLog from '../../src/server/audit/auditLog';
import type { BackupProgress } from '../../src/server/backups/backupRun';
import type { CleaningStep } from '../../src/server/cleaning/cleaning';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

const TABLE: CellValue[][] = [
  ['Customer ID', 'Name', 'Phone', 'Email', 'City'],
  ['C-000001', 'Иванов Иван', '8 701 123 45 67', 'Ivan@Mail.RU', 'Алматы'],
  ['C-000002', 'Wang Fang', '+8613800138000', '', '上海'],
  ['C-000003', 'Ivan Ivanov', '+77017654321', 'ivan@mail.ru', 'Almaty'],
  ['C-000004', 'زهرا احمدی', '۰۹۱۲۱۲۳۴۵۶۷', 'zahra@example.ir', 'تهران'],
];

function host(): LocalHost {
  const h = addonHost();
  putTable(h, 'Customers', TABLE);
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  return h;
}

function audit(h: LocalHost): CellValue[][] {
  return sheetValues(h, AUDIT_SHEET).slice(1);
}

/** Every personal value of the test data: none may reach the audit log. */
const PERSONAL = TABLE.slice(1).flatMap((row) => row.slice(1)).map(String).filter((v) => v.length > 2);

function expectNoPersonalData(h: LocalHost, extra: string[] = []): void {
  const text = JSON.stringify(audit(h));
  for (const value of [...PERSONAL, ...extra]) expect(text).not.toContain(value);
}

describe('Every Clientele action leaves one audit row: who, when, which customers, how many cells', () => {
  it('clean: the cleaned customers, rows and fields', () => {
    const h = host();
    expect(h.run<CleaningStep>('applyCleaning', []).message).toMatch(/Cleaned \d+ cells/);
    const rows = audit(h);
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row![AUDIT_COLUMNS.user]).toBe('owner@example.com');
    expect(row![AUDIT_COLUMNS.time]).toBeInstanceOf(Date);
    expect(row![AUDIT_COLUMNS.action]).toBe('clean');
    expect(row!.slice(AUDIT_COLUMNS.customerIds, AUDIT_COLUMNS.check)).toEqual(['C-000001', '2', 'phone, email', 2, '']);
    expectNoPersonalData(h);
  });

  it('merge: survivors and merged customers, with the number of groups', () => {
    const h = host();
    h.run('mergeDuplicates', [[2, 4]]);
    const [row] = audit(h);
    expect(row!.slice(AUDIT_COLUMNS.action, AUDIT_COLUMNS.rows + 1)).toEqual(['merge', 'C-000001, C-000003', '2, 4']);
    expect(row![AUDIT_COLUMNS.detail]).toBe('1 group');
    expectNoPersonalData(h);
  });

  it('undo: the customers whose cells came back', () => {
    const h = host();
    h.run('mergeDuplicates', [[2, 4]]);
    h.run('undoLastAction');
    const rows = audit(h);
    expect(rows.map((row) => row[AUDIT_COLUMNS.action])).toEqual(['merge', 'undo']);
    expect(String(rows[1]![AUDIT_COLUMNS.customerIds])).toContain('C-000003');
    expect(rows[1]![AUDIT_COLUMNS.detail]).toBe('Merge undone');
    expectNoPersonalData(h);
  });

  it('capture: a form response creating a customer', () => {
    const h = addonHost();
    h.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    h.run('createForm');
    const formId = h.formApp.listForms()[0]!.id;
    const title = (target: QuestionTarget) => formTemplate('en').questions.find((q) => q.target === target)!.title;
    submitFormResponse(h, formId, { [title('name')]: 'Ana Lee', [title('email')]: 'ana.lee@example.com' });
    const rows = audit(h);
    const capture = rows.find((row) => row[AUDIT_COLUMNS.action] === 'capture');
    expect(capture).toBeDefined();
    expect(capture![AUDIT_COLUMNS.customerIds]).toBe('C-000001');
    expect(capture![AUDIT_COLUMNS.detail]).toBe('1 created');
    expectNoPersonalData(h, ['Ana Lee', 'ana.lee@example.com']);
  });

  it('import: the customers an import created and updated, as one row per chunk', () => {
    const h = host();
    putTable(h, 'Leads', [['Name', 'Email'], ['Li Wei', 'li.wei@example.cn'], ['Ivan Ivanov', 'ivan@mail.ru']]);
    h.run('importContactRows', { kind: 'sheet', sheet: 'Leads' });
    const rows = audit(h).filter((row) => row[AUDIT_COLUMNS.action] === 'import');
    expect(rows).toHaveLength(1);
    expect(String(rows[0]![AUDIT_COLUMNS.customerIds])).toMatch(/C-000005/);
    expect(rows[0]![AUDIT_COLUMNS.detail]).toMatch(/1 created/);
    expectNoPersonalData(h, ['Li Wei', 'li.wei@example.cn']);
  });

  it('restore: which backup, never rewriting the audit log itself', () => {
    const h = host();
    h.run('applyCleaning', []);
    const { progress } = h.run<{ progress: BackupProgress }>('backUpNow');
    h.run('mergeDuplicates', [[2, 4]]);
    h.run('restoreBackup', progress.record!.id, 'replace');
    const actions = audit(h).map((row) => row[AUDIT_COLUMNS.action]);
    expect(actions).toEqual(['clean', 'merge', 'restore']);
    expect(audit(h)[2]![AUDIT_COLUMNS.detail]).toMatch(/^backup of \d{4}-\d{2}-\d{2}, \d+ sheets, current data replaced$/);
    expect(firstBrokenRow(sheetValues(h, AUDIT_SHEET))).toBeNull();
  });
});

describe('The audit log is append-only', () => {
  it('offers appending and finding, nothing that updates or deletes', () => {
    expect(Object.keys(auditLog).sort()).toEqual(['appendAudit', 'findAuditSheet']);
  });

  it('is written only through appendAudit: no other source writes to the Audit log sheet', () => {
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const full = path.join(dir, entry.name);
        if (entry.isDirectory()) walk(full);
        else if (entry.name.endsWith('.ts')) files.push(full);
      }
    };
    walk(path.join(PROJECT_ROOT, 'src', 'server'));
    const touching = files.filter((file) => /AUDIT_SHEET|findAuditSheet|'Audit log'/.test(readFileSync(file, 'utf8'))).map((file) => path.relative(PROJECT_ROOT, file));
    // auditLog appends; the panel and the customer card read; protection protects; restore and import leave the sheet out.
    expect(touching.sort()).toEqual(['src/server/audit/auditLog.ts', 'src/server/audit/auditPanel.ts', 'src/server/audit/auditProtection.ts', 'src/server/backups/restoreRun.ts', 'src/server/capture/importContacts.ts', 'src/server/card/customerCardPanel.ts']);
  });

  it('chains each row to the one above: a deleted row is caught too', () => {
    const h = host();
    h.run('applyCleaning', []);
    h.run('mergeDuplicates', [[2, 4]]);
    h.run('importContactRows', { kind: 'rows', name: 'leads.csv', rows: [['Name', 'Email'], ['Li Wei', 'li.wei@example.cn']] });
    expect(firstBrokenRow(sheetValues(h, AUDIT_SHEET))).toBeNull();
    h.spreadsheetApp.getSpreadsheetModel(h.activeSpreadsheetId()!)!.sheetNamed(AUDIT_SHEET)!.deleteRow(3);
    expect(firstBrokenRow(sheetValues(h, AUDIT_SHEET))).toBe(3);
  });

  it('has its headers in all six languages', () => {
    for (const language of LANGUAGES) expect(messagesFor(language).auditHeaders.split('|')).toHaveLength(AUDIT_COLUMNS.check + 1);
  });
});
