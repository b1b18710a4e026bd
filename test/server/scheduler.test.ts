/**
 * The document's one hourly scheduler, fired by the host as time passes (LocalHost.letTimePass),
 * in each deployment mode. Google's rules for add-on triggers:
 * https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
 */
import type { LocalHost, TriggerRun } from '../../src/local/localHost';
import type { DeploymentMode } from '../../src/local/services/deploymentTriggerRules';
import type { BackupsPanel } from '../../src/server/backups/backups';
import type { SchedulerRun } from '../../src/server/scheduler/scheduler';
import type { AuditPanel } from '../../src/server/audit/auditPanel';
import { messagesFor } from '../../src/core/i18n/messages';
import { addonHost, putTable } from '../support/addonHost';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const CUSTOMERS = [['Customer ID', 'Name', 'Email'], ['C-000001', 'Anna Schmidt', 'anna@example.de'], ['C-000002', 'Иван Петров', 'ivan@example.ru']];

function shop(mode: DeploymentMode = 'bound'): LocalHost {
  const host = addonHost({ mode });
  putTable(host, 'Customers', CUSTOMERS);
  host.run('setUpCustomerSheet');
  return host;
}

const backupsOf = (host: LocalHost) => host.run<BackupsPanel>('getBackupsPanel').backups;
/** The firings in which the scheduler ran the backup job. */
const backupFirings = (runs: TriggerRun[]) => runs.filter((run) => (run.result as SchedulerRun | undefined)?.ran.includes('backup'));

/** A slow spreadsheet: each read of a block of cells takes three minutes of the execution's time. */
function slowReads(host: LocalHost): void {
  const record = host.ctx.calls.record.bind(host.ctx.calls);
  host.ctx.calls.record = (call) => {
    record(call);
    if (call === 'Range.getValues') host.ctx.advance(3 * MINUTE);
  };
}

describe('the scheduler over simulated days', () => {
  it('backs up at its hour each day, finishes a long backup over several hourly steps, and runs nothing twice', () => {
    const host = shop();
    host.run('scheduleBackups', { every: 'day', hour: 3 });
    const days = host.letTimePass(3 * DAY);
    // Every hour one firing of the one trigger; the backup at 03:xx each night (GMT), once.
    expect(new Set(days.map((run) => run.triggerId)).size).toBe(1);
    expect(days).toHaveLength(72);
    expect(days.every((run) => run.error === undefined)).toBe(true);
    expect(backupFirings(days).map((run) => run.at.slice(0, 13))).toEqual(['2026-11-24T03', '2026-11-25T03', '2026-11-26T03']);
    expect(backupsOf(host).map((b) => [b.reason, b.status, b.day])).toEqual([
      ['scheduled', 'good', '2026-11-26'], ['scheduled', 'good', '2026-11-25'], ['scheduled', 'good', '2026-11-24'],
    ]);

    // The sheet grows past what one execution copies: the next night's backup goes on hour by hour.
    const wide = ['Customer ID', 'Name', 'Email', 'Phone', 'City', 'Notes'];
    putTable(host, 'Customers', [wide, ...Array.from({ length: 40_000 }, (_, i) => [`C-${String(i + 10).padStart(6, '0')}`, `Name ${i}`, `c${i}@example.com`, `+7701${1_000_000 + i}`, 'Almaty', `note ${i}`])]);
    slowReads(host);
    const night = host.letTimePass(DAY);
    const steps = backupFirings(night);
    expect(steps.length).toBeGreaterThan(1);
    expect(steps[0]!.at.slice(0, 13)).toBe('2026-11-27T03');
    expect(new Set(steps.map((run) => run.at.slice(0, 13))).size).toBe(steps.length);
    const newest = backupsOf(host)[0]!;
    expect([newest.reason, newest.status, newest.day, newest.rows.Customers]).toEqual(['scheduled', 'good', '2026-11-27', 40_001]);
    expect(backupsOf(host).filter((b) => b.day === '2026-11-27')).toHaveLength(1);
    expect(host.scriptApp.listTriggers().map((t) => t.handler).sort()).toEqual(['onCustomerEdit', 'runScheduler']);
  });

  it('is installed once however often the schedule is saved, and again when the user deleted it', () => {
    const host = shop();
    host.run('scheduleBackups', { every: 'day', hour: 3 });
    host.run('scheduleBackups', { every: 'day', hour: 4 });
    const clocks = () => host.scriptApp.listTriggers().filter((t) => t.eventType === 'CLOCK');
    expect(clocks()).toHaveLength(1);
    host.scriptApp.deleteTrigger(host.scriptApp.getProjectTriggers().find((t) => t.getHandlerFunction() === 'runScheduler')!);
    host.run('scheduleBackups', { every: 'day', hour: 4 });
    expect(clocks().map((t) => [t.handler, t.schedule])).toEqual([['runScheduler', { everyHours: 1 }]]);
  });

  it('a trigger that is not the document\'s scheduler (a copy left over) deletes itself when it fires and runs nothing', () => {
    const host = shop();
    host.run('scheduleBackups', { every: 'day', hour: 3 });
    const stray = host.scriptApp.newTrigger('runScheduler').timeBased().everyHours(1).create().getUniqueId();
    expect(host.fireTrigger(stray)).toEqual({ ran: [], scheduler: false });
    expect(host.scriptApp.listTriggers().filter((t) => t.handler === 'runScheduler')).toHaveLength(1);
  });

  it('an earlier version\'s backup trigger runs once more, then gives way to the scheduler', () => {
    const host = shop();
    // As an earlier version left the document: the schedule saved, its daily trigger at 03:00.
    host.propertiesService.getDocumentProperties()!.setProperty('clientele.settings', JSON.stringify({ ...settingsOf(host), backupSchedule: { every: 'day', hour: 3 } }));
    const old = host.scriptApp.newTrigger('runScheduledBackup').timeBased().everyDays(1).atHour(3).create().getUniqueId();
    expect(host.fireTrigger(old)).toEqual({ ran: ['backup'], scheduler: true });
    expect(host.scriptApp.listTriggers().filter((t) => t.eventType === 'CLOCK').map((t) => t.handler)).toEqual(['runScheduler']);
    expect(backupsOf(host).map((b) => b.reason)).toEqual(['scheduled']);
  });
});

function settingsOf(host: LocalHost): Record<string, unknown> {
  return JSON.parse(host.propertiesService.getDocumentProperties()!.getProperty('clientele.settings') ?? '{}') as Record<string, unknown>;
}

describe('addon: two documents of one user', () => {
  function twoShops() {
    const host = shop('addon');
    const first = host.activeSpreadsheetId()!;
    host.run('scheduleBackups', { every: 'day', hour: 3 });
    host.run('createForm');
    const second = host.createSpreadsheet('Second shop');
    putTable(host, 'Customers', CUSTOMERS);
    host.run('setUpCustomerSheet');
    host.run('scheduleBackups', { every: 'week', hour: 22, weekDay: 'FRIDAY' });
    host.run('createForm');
    const byDocument = (id: string) => host.scriptApp.listTriggers().filter((t) => t.documentId === id).map((t) => t.handler).sort();
    return { host, first, second, byDocument };
  }

  it('each has its own scheduler, edit and form-submit triggers, one of each', () => {
    const { byDocument, first, second } = twoShops();
    expect(byDocument(first)).toEqual(['onCustomerEdit', 'onFormSubmit', 'runScheduler']);
    expect(byDocument(second)).toEqual(['onCustomerEdit', 'onFormSubmit', 'runScheduler']);
  });

  it('clearing the schedule, switching audited editing off or disconnecting the form in one leaves the other\'s triggers alone', () => {
    const { host, byDocument, first, second } = twoShops();
    host.run('scheduleBackups', null);
    host.run<AuditPanel>('setAuditedEditing', false);
    host.run('disconnectForm');
    expect(byDocument(second)).toEqual([]);
    expect(byDocument(first)).toEqual(['onCustomerEdit', 'onFormSubmit', 'runScheduler']);
  });

  it('each scheduler runs its own document\'s jobs, at that document\'s hours', () => {
    const { host, first, second } = twoShops();
    const runs = host.letTimePass(7 * DAY);
    const backupDays = (id: string) => {
      host.spreadsheetApp.setActiveSpreadsheet(id);
      return backupsOf(host).map((b) => b.day).reverse();
    };
    expect(backupDays(first)).toEqual(['2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27', '2026-11-28', '2026-11-29', '2026-11-30']);
    expect(backupDays(second)).toEqual(['2026-11-27']);
    expect(runs.every((run) => run.error === undefined)).toBe(true);
  });
});

describe('addon-test: a test deployment, where Google allows no installable trigger', () => {
  it('sets up, connects a form and backs up; each feature that needs a trigger says so in the user\'s language', () => {
    const host = addonHost({ mode: 'addon-test' });
    host.run('saveSettings', { language: 'ru', defaultCountry: 'RU' });
    putTable(host, 'Customers', CUSTOMERS);
    const ru = messagesFor('ru');
    const setUp = host.run<string>('setUpCustomerSheet');
    expect(setUp).toContain(ru.deployAuditedEditingRefused.split(':')[0]!);
    expect(setUp).toContain(ru.deployTriggersHint);
    expect(settingsOf(host).customerSheet).toBe('Customers');

    const scheduled = host.run<string>('scheduleBackups', { every: 'day', hour: 3 });
    expect(scheduled).toContain(ru.deployScheduleRefused.split(':')[0]!);
    expect(host.run<BackupsPanel>('getBackupsPanel').schedule).toBeNull();

    expect(host.run<string>('createForm')).toContain(ru.deployFormCaptureRefused.split(':')[0]!);
    expect(host.formApp.listForms()).toHaveLength(1);

    expect(host.run<AuditPanel>('setAuditedEditing', true).notice).toContain(ru.deployAuditedEditingRefused.split(':')[0]!);

    const { progress } = host.run<{ progress: { done: boolean; record: { status: string } } }>('backUpNow');
    expect([progress.done, progress.record.status]).toEqual([true, 'good']);
    expect(host.scriptApp.listTriggers()).toEqual([]);
  });
});
