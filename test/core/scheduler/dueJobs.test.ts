import { dueJobs, dueNow, latestSlot, needsScheduler, parseLocalHour, type JobState, type LocalHour, type RepeatSchedule } from '../../../src/core/scheduler/dueJobs';

/** 2026-11-23 is a Monday (ISO weekday 1). */
const at = (date: string, hour: number, weekday: number): LocalHour => ({ date, hour, weekday });

describe('latestSlot: the latest hour of a schedule at or before now, in local time', () => {
  const daily3: RepeatSchedule = { every: 'day', hour: 3 };
  const friday22: RepeatSchedule = { every: 'week', hour: 22, weekDay: 'FRIDAY' };
  const monday0: RepeatSchedule = { every: 'week', hour: 0 };
  it.each([
    ['daily, after its hour: today', daily3, at('2026-11-23', 9, 1), '2026-11-23 03'],
    ['daily, in its hour: today', daily3, at('2026-11-23', 3, 1), '2026-11-23 03'],
    ['daily, before its hour: yesterday', daily3, at('2026-11-23', 2, 1), '2026-11-22 03'],
    ['daily, before its hour on the 1st: the last day of the month before', daily3, at('2026-03-01', 1, 7), '2026-02-28 03'],
    ['daily, before its hour on 1 January: 31 December', daily3, at('2027-01-01', 0, 5), '2026-12-31 03'],
    ['weekly, on its day after its hour: today', friday22, at('2026-11-27', 23, 5), '2026-11-27 22'],
    ['weekly, on its day before its hour: a week ago', friday22, at('2026-11-27', 21, 5), '2026-11-20 22'],
    ['weekly, two days after its day', friday22, at('2026-11-29', 8, 7), '2026-11-27 22'],
    ['weekly, the day before its day', friday22, at('2026-11-26', 23, 4), '2026-11-20 22'],
    ['weekly without a day means Monday', monday0, at('2026-11-25', 12, 3), '2026-11-23 00'],
  ])('%s', (_name, schedule, now, slot) => {
    expect(latestSlot(schedule, now)).toBe(slot);
  });
});

describe('dueNow: what a firing runs', () => {
  const schedule: RepeatSchedule = { every: 'day', hour: 3 };
  const state = (overrides: Partial<JobState>): JobState => ({ pendingStep: false, schedule, slotDone: null, ...overrides });
  it.each([
    ['nothing scheduled, nothing waiting', state({ schedule: null }), at('2026-11-23', 3, 1), null],
    ['its hour has come and was not run', state({ slotDone: '2026-11-22 03' }), at('2026-11-23', 3, 1), { kind: 'slot', slot: '2026-11-23 03' }],
    ['its hour was run already (the next firing in the same hour)', state({ slotDone: '2026-11-23 03' }), at('2026-11-23', 3, 1), null],
    ['the hours after it, the same day', state({ slotDone: '2026-11-23 03' }), at('2026-11-23', 17, 1), null],
    ['a firing missed at its hour runs at the next one, once', state({ slotDone: '2026-11-22 03' }), at('2026-11-23', 6, 1), { kind: 'slot', slot: '2026-11-23 03' }],
    ['days missed run once, for the latest hour', state({ slotDone: '2026-11-19 03' }), at('2026-11-23', 6, 1), { kind: 'slot', slot: '2026-11-23 03' }],
    ['never run (an earlier version\'s schedule): due at once', state({}), at('2026-11-23', 1, 1), { kind: 'slot', slot: '2026-11-22 03' }],
    ['a step waiting goes before its hour', state({ pendingStep: true, slotDone: '2026-11-22 03' }), at('2026-11-23', 3, 1), { kind: 'step' }],
    ['a step waiting runs without a schedule', state({ pendingStep: true, schedule: null }), at('2026-11-23', 10, 1), { kind: 'step' }],
  ])('%s', (_name, job, now, due) => {
    expect(dueNow(job, now)).toEqual(due);
  });

  it('a job needs the scheduler while it repeats or has a step waiting, and only then', () => {
    expect([
      needsScheduler(state({})),
      needsScheduler(state({ schedule: null, pendingStep: true })),
      needsScheduler(state({ schedule: null })),
    ]).toEqual([true, true, false]);
  });

  it('lists the due jobs in the registry\'s order', () => {
    const jobs = [
      { id: 'backup', state: state({ pendingStep: true }) },
      { id: 'idle', state: state({ schedule: null }) },
      { id: 'digest', state: state({ schedule: { every: 'day', hour: 8 }, slotDone: '2026-11-22 08' }) },
    ];
    expect(dueJobs(jobs, at('2026-11-23', 9, 1))).toEqual([
      { id: 'backup', due: { kind: 'step' } },
      { id: 'digest', due: { kind: 'slot', slot: '2026-11-23 08' } },
    ]);
  });

  it('a daily job fires once a day over a year of hourly firings, each at its hour', () => {
    let slotDone: string | null = '2026-01-01 03';
    const ran: string[] = [];
    for (let t = Date.UTC(2026, 0, 1, 4); t < Date.UTC(2027, 0, 1); t += 3_600_000) {
      const d = new Date(t);
      const due = dueNow({ pendingStep: false, schedule, slotDone }, at(d.toISOString().slice(0, 10), d.getUTCHours(), d.getUTCDay() === 0 ? 7 : d.getUTCDay()));
      if (due?.kind === 'slot') {
        slotDone = due.slot;
        ran.push(d.toISOString().slice(0, 13));
      }
    }
    expect(ran).toHaveLength(364);
    expect(ran.every((hour) => hour.endsWith('T03'))).toBe(true);
  });
});

describe('parseLocalHour', () => {
  it('reads Utilities.formatDate(now, zone, "yyyy-MM-dd HH u") and refuses anything else', () => {
    expect(parseLocalHour('2026-11-29 08 7')).toEqual(at('2026-11-29', 8, 7));
    expect(parseLocalHour('2026-11-29 08')).toBeNull();
  });
});
