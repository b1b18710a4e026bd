import { HostContext } from '../../src/local/hostContext';
import { ITERATOR_END, LocalDriveApp, NO_ITEM_WITH_ID, type SpreadsheetDirectory } from '../../src/local/services/drive';
import { LocalUtilities } from '../../src/local/services/utilities';

/** A host seam, standing in for the local SpreadsheetApp's directory of spreadsheets. */
class TestSpreadsheets implements SpreadsheetDirectory {
  sheets = new Map<string, string>();
  private next = 1;
  add(name: string): string {
    const id = `ss-${this.next++}`;
    this.sheets.set(id, name);
    return id;
  }
  listSpreadsheets() {
    return [...this.sheets].map(([id, name]) => ({ id, name }));
  }
  copySpreadsheet(id: string, newName: string) {
    if (!this.sheets.has(id)) throw new Error('no such spreadsheet');
    return this.add(newName);
  }
  renameSpreadsheet(id: string, name: string) {
    this.sheets.set(id, name);
  }
}

function setup() {
  const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
  const sheets = new TestSpreadsheets();
  return { ctx, sheets, drive: new LocalDriveApp(ctx, sheets), utilities: new LocalUtilities(ctx) };
}

function names(it: { hasNext(): boolean; next(): { getName(): string } }): string[] {
  const out: string[] = [];
  while (it.hasNext()) out.push(it.next().getName());
  return out;
}

describe('LocalDriveApp', () => {
  // https://developers.google.com/apps-script/reference/drive/drive-app
  it('creates folders and files and finds them by id and name', () => {
    const { drive, utilities } = setup();
    const backups = drive.createFolder('Backups');
    const csv = backups.createFile(utilities.newBlob('a,b', 'text/csv', 'export.csv'));
    const note = drive.createFile('note.txt', 'hello');
    expect(drive.getFolderById(backups.getId()).getName()).toBe('Backups');
    expect(drive.getFileById(csv.getId()).getMimeType()).toBe('text/csv');
    expect(note.getMimeType()).toBe('text/plain');
    expect(note.getBlob().getDataAsString()).toBe('hello');
    expect(note.getSize()).toBe(5);
    expect(names(drive.getFilesByName('export.csv'))).toEqual(['export.csv']);
    expect(names(drive.getFoldersByName('Backups'))).toEqual(['Backups']);
    expect(names(backups.getFiles())).toEqual(['export.csv']);
    expect(names(csv.getParents())).toEqual(['Backups']);
    expect(names(backups.getParents())).toEqual(['My Drive']);
    expect(drive.getRootFolder().getName()).toBe('My Drive');
  });

  it('throws Google\'s errors for unknown ids and for next() past the end', () => {
    const { drive } = setup();
    const folder = drive.createFolder('F');
    expect(() => drive.getFileById('nope')).toThrow(NO_ITEM_WITH_ID);
    expect(() => drive.getFileById(folder.getId())).toThrow(NO_ITEM_WITH_ID);
    expect(() => drive.getFolderById('nope')).toThrow(NO_ITEM_WITH_ID);
    const it = folder.getFiles();
    expect(it.hasNext()).toBe(false);
    expect(() => it.next()).toThrow(ITERATOR_END);
  });

  // Spreadsheets are Drive files of MimeType.GOOGLE_SHEETS; Workspace files "return 0 bytes".
  it('lists spreadsheets as Google Sheets files in My Drive', () => {
    const { drive, sheets } = setup();
    const id = sheets.add('Customers');
    const file = drive.getFileById(id);
    expect(file.getMimeType()).toBe('application/vnd.google-apps.spreadsheet');
    expect(file.getSize()).toBe(0);
    expect(file.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${id}/edit?usp=drivesdk`);
    expect(names(drive.getRootFolder().getFiles())).toEqual(['Customers']);
    file.setName('Clients');
    expect(sheets.sheets.get(id)).toBe('Clients');
    sheets.sheets.delete(id);
    expect(() => drive.getFileById(id)).toThrow(NO_ITEM_WITH_ID);
  });

  it('makeCopy of a spreadsheet copies it through the SpreadsheetApp into the destination', () => {
    const { drive, sheets } = setup();
    const id = sheets.add('Customers');
    const backups = drive.createFolder('Backups');
    const copy = drive.getFileById(id).makeCopy('Customers backup', backups);
    expect(sheets.sheets.get(copy.getId())).toBe('Customers backup');
    expect(names(backups.getFiles())).toEqual(['Customers backup']);
    expect(drive.getFileById(id).makeCopy().getName()).toBe('Copy of Customers');
  });

  it('moveTo changes the parent; trashing hides from iterators but not from getFileById', () => {
    const { drive } = setup();
    const a = drive.createFolder('A');
    const file = drive.createFile('f.txt', 'x');
    file.moveTo(a);
    expect(names(drive.getRootFolder().getFiles())).toEqual([]);
    expect(names(a.getFiles())).toEqual(['f.txt']);
    a.setTrashed(true);
    expect(file.isTrashed()).toBe(true);
    expect(names(drive.getFiles())).toEqual([]);
    expect(names(drive.getFolders())).toEqual([]);
    expect(drive.getFileById(file.getId()).getName()).toBe('f.txt');
  });

  it('keeps dates and descriptions', () => {
    const { ctx, drive } = setup();
    const file = drive.createFile('f.txt', 'x');
    ctx.advance(1000);
    file.setDescription('nightly');
    expect(file.getDescription()).toBe('nightly');
    expect(file.getDateCreated()).toEqual(new Date('2024-01-01T00:00:00Z'));
    expect(file.getLastUpdated()).toEqual(new Date('2024-01-01T00:00:01Z'));
  });

  it('counts the script\'s calls, not the host\'s own reads', () => {
    const { ctx, drive } = setup();
    const folder = drive.createFolder('F');
    ctx.calls.reset();
    drive.createFile('f.txt', 'x').moveTo(folder);
    expect(ctx.calls.snapshot()).toEqual({ 'File.moveTo': 1 });
  });

  it('round-trips its state', () => {
    const { ctx, drive, sheets } = setup();
    const id = sheets.add('Customers');
    const folder = drive.createFolder('F');
    drive.getFileById(id).moveTo(folder);
    folder.createFile('b.bin', '\u00ff');
    const copy = new LocalDriveApp(ctx, sheets);
    copy.importState(JSON.parse(JSON.stringify(drive.exportState())));
    expect(copy.exportState()).toEqual(drive.exportState());
    expect(names(copy.getFolderById(folder.getId()).getFiles())).toEqual(['Customers', 'b.bin']);
  });
});
