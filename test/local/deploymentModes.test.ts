import { LocalHost } from '../../src/local/localHost';
import { ADDON_HOURLY_AT_MOST, ADDON_OTHER_FILE, TEST_DEPLOYMENT_TRIGGERS, tooManyInDocument, type DeploymentMode } from '../../src/local/services/deploymentTriggerRules';
import { MAX_TRIGGERS_PER_USER, TOO_MANY_TRIGGERS } from '../../src/local/services/scriptApp';

/** A host with two spreadsheets, the first open; services as a script sees them. */
function twoDocuments(mode: DeploymentMode) {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z'), mode });
  const second = host.createSpreadsheet('Second');
  const first = host.createSpreadsheet('First');
  const app = host.scriptApp;
  const open = (id: string) => host.spreadsheetApp.setActiveSpreadsheet(id);
  return { host, app, first, second, open };
}

describe('bound: a container-bound script', () => {
  it('may make several triggers of a type, every minute, for any spreadsheet', () => {
    const { app, second } = twoDocuments('bound');
    app.newTrigger('a').timeBased().everyMinutes(5).create();
    app.newTrigger('b').timeBased().everyHours(1).create();
    app.newTrigger('c').forSpreadsheet(second).onEdit().create();
    app.newTrigger('d').forSpreadsheet(second).onEdit().create();
    expect(app.getProjectTriggers().map((t) => t.getHandlerFunction())).toEqual(['a', 'b', 'c', 'd']);
  });
});

// https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#test_details:
// "Installable triggers aren't supported when testing."
describe('addon-test: an Editor add-on test deployment', () => {
  it('refuses every installable trigger at create(), and has none', () => {
    const { app, first } = twoDocuments('addon-test');
    expect(() => app.newTrigger('runScheduler').timeBased().everyHours(1).create()).toThrow(TEST_DEPLOYMENT_TRIGGERS);
    expect(() => app.newTrigger('onCustomerEdit').forSpreadsheet(first).onEdit().create()).toThrow(TEST_DEPLOYMENT_TRIGGERS);
    expect(() => app.newTrigger('onFormSubmit').forSpreadsheet(first).onFormSubmit().create()).toThrow(TEST_DEPLOYMENT_TRIGGERS);
    expect(app.getProjectTriggers()).toEqual([]);
  });
});

// https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions
describe('addon: an installed Editor add-on', () => {
  it('has one trigger of each type per user per document, refusing a second with Google\'s message', () => {
    const { app, first, second, open } = twoDocuments('addon');
    app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    expect(() => app.newTrigger('other').timeBased().everyDays(1).atHour(3).create()).toThrow(
      'This add-on has created too many time-based triggers in this document for this Google user account.',
    );
    app.newTrigger('onCustomerEdit').forSpreadsheet(first).onEdit().create();
    expect(() => app.newTrigger('onCustomerEdit').forSpreadsheet(first).onEdit().create()).toThrow(tooManyInDocument('ON_EDIT'));
    // A form-submit trigger is another type: allowed beside the edit trigger.
    app.newTrigger('onFormSubmit').forSpreadsheet(first).onFormSubmit().create();
    open(second);
    app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    app.newTrigger('onCustomerEdit').forSpreadsheet(second).onEdit().create();
    expect(app.getProjectTriggers()).toHaveLength(5);
  });

  it('lets another user of the same document have their own', () => {
    const { host, app } = twoDocuments('addon');
    app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    host.ctx.user = { email: 'colleague@example.com', locale: 'en' };
    app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers()).toHaveLength(1);
    expect(app.listTriggers().map((t) => t.owner)).toEqual(['owner@example.com', 'colleague@example.com']);
  });

  it('makes triggers only for the file it is used in', () => {
    const { app, second } = twoDocuments('addon');
    expect(() => app.newTrigger('onCustomerEdit').forSpreadsheet(second).onEdit().create()).toThrow(ADDON_OTHER_FILE);
    expect(() => app.newTrigger('onFormSubmit').forForm('some-form').onFormSubmit().create()).toThrow(ADDON_OTHER_FILE);
  });

  // https://developers.google.com/apps-script/guides/triggers/installable#time-driven_triggers:
  // "an add-on can use a time-driven trigger once per hour at most".
  it('runs time-driven triggers at most hourly: everyMinutes is refused, everyHours(1) is the minimum', () => {
    const { app } = twoDocuments('addon');
    expect(() => app.newTrigger('tick').timeBased().everyMinutes(30).create()).toThrow(ADDON_HOURLY_AT_MOST);
    expect(app.newTrigger('tick').timeBased().everyHours(1).create().getHandlerFunction()).toBe('tick');
  });

  // https://developers.google.com/apps-script/guides/services/quotas: triggers, 20 / user / script.
  it('counts the 20 triggers per user over every document', () => {
    const { host, app } = twoDocuments('addon');
    for (let i = 0; i < MAX_TRIGGERS_PER_USER; i++) {
      host.createSpreadsheet(`Shop ${i}`);
      app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    }
    host.createSpreadsheet('One too many');
    expect(() => app.newTrigger('runScheduler').timeBased().everyHours(1).create()).toThrow(TOO_MANY_TRIGGERS);
  });

  // https://developers.google.com/apps-script/reference/script/script-app#getProjectTriggers() lists the user's triggers
  // of the project: for an add-on, those of every document it is installed in; getUserTriggers(spreadsheet) those of one.
  it('lists the user\'s triggers of every document; a clock trigger names no document, the host still knows its own', () => {
    const { app, first, second, open } = twoDocuments('addon');
    const clock = app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    app.newTrigger('onCustomerEdit').forSpreadsheet(first).onEdit().create();
    open(second);
    app.newTrigger('runScheduler').timeBased().everyHours(1).create();
    expect(app.getProjectTriggers().map((t) => [t.getHandlerFunction(), t.getTriggerSourceId()])).toEqual([
      ['runScheduler', null], ['onCustomerEdit', first], ['runScheduler', null],
    ]);
    expect(app.getUserTriggers(first).map((t) => t.getHandlerFunction())).toEqual(['onCustomerEdit']);
    expect(app.triggerById(clock.getUniqueId())!.documentId).toBe(first);
  });
});

describe('firing', () => {
  it('runs a trigger in the spreadsheet it belongs to, whichever one is open', () => {
    const { host, app, first, second, open } = twoDocuments('addon');
    const clock = app.newTrigger('whereAmI').timeBased().everyHours(1).create();
    host.bindEntryPoints({ whereAmI: () => host.activeSpreadsheetId() });
    open(second);
    expect(host.fireTrigger(clock.getUniqueId())).toBe(first);
    expect(host.activeSpreadsheetId()).toBe(second);
  });

  it('lets time pass: each clock trigger fires at its period, in order, once each time, and a failure is recorded', () => {
    const { host, app } = twoDocuments('bound');
    const fired: string[] = [];
    host.bindEntryPoints({
      hourly: () => fired.push(`hourly ${host.ctx.now().toISOString().slice(11, 16)}`),
      broken: () => { throw new Error('Drive storage is full.'); },
    });
    app.newTrigger('hourly').timeBased().everyHours(1).create();
    app.newTrigger('broken').timeBased().everyHours(2).create();
    const runs = host.letTimePass(4 * 60 * 60_000 + 60_000);
    expect(fired).toEqual(['hourly 10:30', 'hourly 11:30', 'hourly 12:30', 'hourly 13:30']);
    expect(runs.map((run) => [run.handler, run.at.slice(11, 16), run.error ?? ''])).toEqual([
      ['hourly', '10:30', ''], ['hourly', '11:30', ''], ['broken', '11:30', 'Drive storage is full.'],
      ['hourly', '12:30', ''], ['hourly', '13:30', ''], ['broken', '13:30', 'Drive storage is full.'],
    ]);
    expect(host.ctx.now().toISOString()).toBe('2026-11-23T13:31:00.000Z');
  });

  it('the script\'s clock is the host\'s: new Date() and Date.now() move with it, and Dates stay Dates', () => {
    const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z') });
    const ScriptDate = host.globals().Date as DateConstructor;
    expect(new ScriptDate().toISOString()).toBe('2026-11-23T09:30:00.000Z');
    host.letTimePass(60 * 60_000);
    expect(ScriptDate.now()).toBe(Date.parse('2026-11-23T10:30:00Z'));
    expect(new ScriptDate('2020-01-02T00:00:00Z').getUTCFullYear()).toBe(2020);
    expect(new Date() instanceof ScriptDate).toBe(true);
    expect(new ScriptDate() instanceof Date).toBe(true);
  });
});
