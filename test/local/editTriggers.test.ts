import { LocalHost } from '../../src/local/localHost';

/**
 * A person's edit on the local host fires the edit triggers as Sheets does: the simple onEdit
 * (if the project has one) in AuthMode.LIMITED, every installable edit trigger of the
 * spreadsheet in FULL with its triggerUid, value and oldValue only for a single cell; nothing
 * for a refused edit, and nothing for a script's own writes.
 */
function hostWith(entryPoints: Record<string, (e: Record<string, unknown>) => unknown>): LocalHost {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z') });
  host.installGlobals(globalThis);
  host.bindEntryPoints(entryPoints);
  host.createSpreadsheet('Edits');
  return host;
}

function describeEvent(e: Record<string, unknown>) {
  const range = e.range as GoogleAppsScript.Spreadsheet.Range;
  return {
    authMode: e.authMode,
    a1: range.getA1Notation(),
    sheet: range.getSheet().getName(),
    value: e.value,
    oldValue: e.oldValue,
    hasValue: 'value' in e,
    hasOldValue: 'oldValue' in e,
    user: (e.user as GoogleAppsScript.Base.User).getEmail(),
    triggerUid: e.triggerUid,
    source: (e.source as GoogleAppsScript.Spreadsheet.Spreadsheet).getName(),
  };
}

describe('Edit triggers on the local host', () => {
  it('fire the installable trigger with Google’s event object for a typed cell', () => {
    const events: ReturnType<typeof describeEvent>[] = [];
    const host = hostWith({ handleEdit: (e) => void events.push(describeEvent(e)) });
    const trigger = host.scriptApp.newTrigger('handleEdit').forSpreadsheet(host.activeSpreadsheetId()!).onEdit().create();
    host.userEdit('Sheet1', 2, 3, 'first');
    host.userEdit('Sheet1', 2, 3, 'second');
    expect(events).toEqual([
      { authMode: 'FULL', a1: 'C2', sheet: 'Sheet1', value: 'first', oldValue: undefined, hasValue: true, hasOldValue: false, user: 'owner@example.com', triggerUid: trigger.getUniqueId(), source: 'Edits' },
      { authMode: 'FULL', a1: 'C2', sheet: 'Sheet1', value: 'second', oldValue: 'first', hasValue: true, hasOldValue: true, user: 'owner@example.com', triggerUid: trigger.getUniqueId(), source: 'Edits' },
    ]);
  });

  it('give a pasted range one event with the whole range and no value or oldValue', () => {
    const events: ReturnType<typeof describeEvent>[] = [];
    const host = hostWith({ handleEdit: (e) => void events.push(describeEvent(e)) });
    host.scriptApp.newTrigger('handleEdit').forSpreadsheet(host.activeSpreadsheetId()!).onEdit().create();
    host.userPaste('Sheet1', 2, 1, [['a', 'b'], ['c', 'd'], ['e', 'f']]);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ a1: 'A2:B4', hasValue: false, hasOldValue: false });
  });

  it('call a simple onEdit in LIMITED mode, without triggerUid, besides the installable trigger', () => {
    const modes: unknown[] = [];
    const host = hostWith({ onEdit: (e) => void modes.push(['simple', e.authMode, 'triggerUid' in e]), handleEdit: (e) => void modes.push(['installable', e.authMode, 'triggerUid' in e]) });
    host.scriptApp.newTrigger('handleEdit').forSpreadsheet(host.activeSpreadsheetId()!).onEdit().create();
    host.userEdit('Sheet1', 1, 1, 'x');
    expect(modes).toEqual([['simple', 'LIMITED', false], ['installable', 'FULL', true]]);
  });

  it('fire for another editor’s edit too, and not at all for a refused edit or a script’s write', () => {
    const users: string[] = [];
    const host = hostWith({ handleEdit: (e) => void users.push((e.user as GoogleAppsScript.Base.User).getEmail()) });
    const id = host.activeSpreadsheetId()!;
    host.scriptApp.newTrigger('handleEdit').forSpreadsheet(id).onEdit().create();
    host.userEdit('Sheet1', 1, 1, 'by a colleague', 'colleague@example.com');
    const sheet = host.spreadsheetApp.getSpreadsheetModel(id)!.sheetNamed('Sheet1')!;
    sheet.getRange(5, 1).protect();
    expect(host.userPaste('Sheet1', 4, 1, [['x'], ['y']], 'colleague@example.com')[0]).toMatchObject({ ok: false });
    sheet.getRange(9, 9).setValue('written by a script');
    expect(users).toEqual(['colleague@example.com']);
    expect(sheet.getRange(4, 1).getValue()).toBe('');
  });

  it('grow the grid for a paste below the last row, as Sheets does', () => {
    const host = hostWith({});
    const sheet = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Sheet1')!;
    const rows = sheet.getMaxRows();
    host.userPaste('Sheet1', rows, 1, [['last'], ['beyond']]);
    expect(sheet.getMaxRows()).toBe(rows + 1);
    expect(sheet.getRange(rows + 1, 1).getValue()).toBe('beyond');
  });
});
