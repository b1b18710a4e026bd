import { backupsToDelete, backupsToKeep, DEFAULT_RETENTION, isoWeek, type DatedBackup } from '../../../src/core/backups/retention';

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1, 2, 0);

function dayOf(at: number): string {
  return new Date(at).toISOString().slice(0, 10);
}

/** Runs one backup a day at 02:00 for `days` days from 1 January 2025, rotating after each run as the add-on does. */
function simulate(days: number, failed: (day: number) => boolean = () => false): { kept: DatedBackup[]; deletionsOnFailedRuns: string[][] } {
  let kept: DatedBackup[] = [];
  const deletionsOnFailedRuns: string[][] = [];
  for (let d = 0; d < days; d++) {
    const at = START + d * DAY;
    const current: DatedBackup = { id: dayOf(at), day: dayOf(at), at, status: failed(d) ? 'failed' : 'good' };
    kept.push(current);
    const doomed = backupsToDelete(kept, current, DEFAULT_RETENTION);
    if (current.status !== 'good') deletionsOnFailedRuns.push(doomed);
    kept = kept.filter((b) => !doomed.includes(b.id));
  }
  return { kept, deletionsOnFailedRuns };
}

describe('backup rotation (7 daily, 4 weekly, 12 monthly)', () => {
  it('after 400 daily runs keeps exactly the hand-derived set', () => {
    // Day 400 is Wednesday 4 February 2026. Daily: 29 Jan – 4 Feb. Weekly (ISO weeks, newest of each):
    // 4 Feb, 1 Feb, 25 Jan, 18 Jan. Monthly (last day of each month, newest in February):
    // 4 Feb 2026, 31 Jan 2026, then 31 Dec back to 31 Mar 2025.
    const expected = [
      '2025-03-31', '2025-04-30', '2025-05-31', '2025-06-30', '2025-07-31', '2025-08-31', '2025-09-30', '2025-10-31', '2025-11-30', '2025-12-31',
      '2026-01-18', '2026-01-25',
      '2026-01-29', '2026-01-30', '2026-01-31', '2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04',
    ];
    expect(simulate(400).kept.map((b) => b.id)).toEqual(expected);
  });

  it('a failed run deletes nothing, and failures never take a slot', () => {
    const { kept, deletionsOnFailedRuns } = simulate(400, (d) => d % 9 === 4 || d >= 396);
    expect(deletionsOnFailedRuns.length).toBeGreaterThan(40);
    expect(deletionsOnFailedRuns.every((doomed) => doomed.length === 0)).toBe(true);
    // The last four runs failed: they stay (nothing was deleted since); older failures went at the next good run.
    expect(kept.filter((b) => b.status === 'failed').map((b) => b.id)).toEqual(['2026-02-01', '2026-02-02', '2026-02-03', '2026-02-04']);
    expect(kept.filter((b) => b.status === 'good').at(-1)!.id).toBe('2026-01-31');
  });

  it('never deletes the newest good backup, even with every count at its lowest', () => {
    const backups: DatedBackup[] = [
      { id: 'old', day: '2026-01-01', at: 1, status: 'good' },
      { id: 'new', day: '2026-01-02', at: 2, status: 'good' },
      { id: 'bad', day: '2026-01-03', at: 3, status: 'unverified' },
    ];
    expect([...backupsToKeep(backups, { daily: 0, weekly: 0, monthly: 0 })]).toEqual(['new']);
    expect(backupsToDelete(backups, backups[1]!, { daily: 0, weekly: 0, monthly: 0 })).toEqual(['old', 'bad']);
  });

  it.each([
    ['2026-01-01', '2026-W01'],
    ['2025-12-29', '2026-W01'],
    ['2025-12-28', '2025-W52'],
    ['2021-01-03', '2020-W53'],
    ['2026-02-04', '2026-W06'],
  ])('ISO week of %s is %s', (day, week) => {
    expect(isoWeek(day)).toBe(week);
  });
});
