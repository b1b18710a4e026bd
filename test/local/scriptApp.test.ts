import { HostContext } from '../../src/local/hostContext';
import { LocalScriptApp, MAX_TRIGGERS_PER_USER, TOO_MANY_TRIGGERS } from '../../src/local/services/scriptApp';

function setup() {
  const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
  return { ctx, app: new LocalScriptApp(ctx) };
}

describe('LocalScriptApp', () => {
  // https://developers.google.com/apps-script/guides/triggers/installable#managing_triggers_programmatically
  it('creates, lists and deletes installable triggers', () => {
    const { app } = setup();
    const clock = app.newTrigger('backup').timeBased().everyDays(1).atHour(3).create();
    const submit = app.newTrigger('onFormSubmit').forSpreadsheet('ss-1').onFormSubmit().create();
    app.newTrigger('onFormOpen').forForm('form-1').onOpen().create();
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['backup', 'onFormSubmit', 'onFormOpen']);
    expect(String(clock.getEventType())).toBe('CLOCK');
    expect(clock.getTriggerSource()).toBe(app.TriggerSource.CLOCK);
    expect(clock.getTriggerSourceId()).toBeNull();
    expect(submit.getEventType()).toBe(app.EventType.ON_FORM_SUBMIT);
    expect(submit.getTriggerSource()).toBe(app.TriggerSource.SPREADSHEETS);
    expect(submit.getTriggerSourceId()).toBe('ss-1');
    expect(app.getUserTriggers('ss-1').map((t) => t.getUniqueId())).toEqual([submit.getUniqueId()]);
    app.deleteTrigger(app.getProjectTriggers()[0]!);
    expect(app.listTriggers().map((t) => t.handler)).toEqual(['onFormSubmit', 'onFormOpen']);
  });

  // getProjectTriggers: "the current user's triggers"; quotas: 20 triggers / user / script.
  it('lists only the current user\'s triggers and limits each user to 20', () => {
    const { ctx, app } = setup();
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) app.newTrigger(`f${i}`).timeBased().everyHours(1).create();
    expect(() => app.newTrigger('one-more').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
    ctx.user = { email: 'other@example.com', locale: 'en' };
    expect(app.getProjectTriggers()).toHaveLength(0);
    app.newTrigger('theirs').timeBased().everyHours(1).create();
    expect(app.listTriggers()).toHaveLength(21);
  });

  // ClockTriggerBuilder docs: everyMinutes n must be 1, 5, 10, 15 or 30; everyHours 1, 2, 4, 6, 8 or 12.
  it('validates clock schedules as documented', () => {
    const { app } = setup();
    expect(() => app.newTrigger('f').timeBased().everyMinutes(7)).toThrow();
    expect(() => app.newTrigger('f').timeBased().everyHours(3)).toThrow();
    expect(() => app.newTrigger('f').timeBased().atHour(24)).toThrow();
    expect(() => app.newTrigger('f').timeBased().create()).toThrow();
    expect(() => app.newTrigger('f').forSpreadsheet('ss').create()).toThrow();
    const weekly = app.newTrigger('f').timeBased().onWeekDay(app.WeekDay.MONDAY).atHour(9).create();
    expect(app.triggerById(weekly.getUniqueId())!.schedule).toEqual({ onWeekDay: 'MONDAY', everyWeeks: 1, atHour: 9 });
  });

  it('reports time-driven triggers as due, repeating after each firing and one-off once', () => {
    const { ctx, app } = setup();
    const every = app.newTrigger('tick').timeBased().everyMinutes(5).create();
    app.newTrigger('once').timeBased().after(60_000).create();
    app.newTrigger('edit').forSpreadsheet('ss').onEdit().create();
    expect(app.dueTimeTriggers(ctx.now())).toEqual([]);
    ctx.advance(5 * 60_000);
    expect(app.dueTimeTriggers(ctx.now()).map((t) => t.handler)).toEqual(['tick', 'once']);
    for (const t of app.dueTimeTriggers(ctx.now())) app.markFired(t.id, ctx.now());
    ctx.advance(5 * 60_000);
    expect(app.dueTimeTriggers(ctx.now()).map((t) => t.id)).toEqual([every.getUniqueId()]);
  });

  it('counts the script\'s calls on triggers and builders', () => {
    const { ctx, app } = setup();
    app.newTrigger('f').timeBased().everyHours(1).create().getHandlerFunction();
    expect(ctx.calls.snapshot()).toEqual({
      'ClockTriggerBuilder.create': 1, 'ClockTriggerBuilder.everyHours': 1, 'Trigger.getHandlerFunction': 1, 'TriggerBuilder.timeBased': 1,
    });
  });

  it('round-trips its state', () => {
    const { ctx, app } = setup();
    app.newTrigger('f').timeBased().at(new Date('2024-02-01T00:00:00Z')).create();
    app.newTrigger('g').forForm('form-1').onFormSubmit().create();
    const copy = new LocalScriptApp(ctx);
    copy.importState(JSON.parse(JSON.stringify(app.exportState())));
    expect(copy.listTriggers()).toEqual(app.listTriggers());
  });
});
