/**
 * dist/Code.js, as clasp pushes it, run as an installed Editor add-on (mode `addon`): its
 * scheduler is one hourly trigger of this document, and fires as time passes on the host.
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { putTable } from '../../src/local/files/sheetTable';
import { LocalHost } from '../../src/local/localHost';
import type { BackupsPanel } from '../../src/server/backups/backups';

describe('dist/Code.js as an installed add-on', () => {
  it('installs the one hourly scheduler when a backup is scheduled, and the scheduler backs up at the hour', () => {
    const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z'), mode: 'addon' });
    loadBuiltAddon(host);
    const id = host.createSpreadsheet('Artifact test');
    putTable(host, id, 'Customers', [['Customer ID', 'Name', 'Email'], ['C-000001', 'Айгүл', 'aigul@example.kz']]);
    host.run('setUpCustomerSheet');
    expect(host.run('scheduleBackups', { every: 'day', hour: 3 })).toBe('Backup schedule saved.');
    expect(host.scriptApp.listTriggers().map((t) => [t.handler, t.eventType, t.schedule ?? null])).toEqual([
      ['onCustomerEdit', 'ON_EDIT', null],
      ['runScheduler', 'CLOCK', { everyHours: 1 }],
    ]);
    const runs = host.letTimePass(24 * 60 * 60_000);
    expect(runs).toHaveLength(24);
    expect(runs.filter((run) => run.error !== undefined)).toEqual([]);
    const backups = host.run<BackupsPanel>('getBackupsPanel').backups;
    expect(backups.map((b) => [b.reason, b.status, b.at.slice(0, 13)])).toEqual([['scheduled', 'good', '2026-11-24T03']]);
  });
});
