/**
 * The advanced Drive service (Drive API v3) of the local host, as a script sees it: the `Drive`
 * global, counted and permission-checked, over the same files as DriveApp.
 * https://developers.google.com/apps-script/advanced/drive
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { LocalHost, manifestScopes } from '../../src/local/localHost';
import { MAX_MEDIA_BYTES, type LocalDriveFiles } from '../../src/local/services/advancedDrive';
import type { LocalBlob } from '../../src/local/services/blob';
import { loadWorkbook, saveWorkbook } from '../../src/local/workbookFile';

type File = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type FileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
const FOLDER = 'application/vnd.google-apps.folder';

function setUp(options: ConstructorParameters<typeof LocalHost>[0] = {}) {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z'), ...options });
  const globals = host.globals() as { Drive?: { Files: LocalDriveFiles }; Utilities: { newBlob(data: string, type?: string, name?: string): LocalBlob }; DriveApp: typeof host.driveApp };
  const Files = globals.Drive!.Files;
  const blob = (text: string, type = 'application/json', name = 'a.json') => globals.Utilities.newBlob(text, type, name);
  const folder = (name = 'Clientele backups') => Files.create({ name, mimeType: FOLDER }).id!;
  const list = (args: Record<string, unknown>) => Files.list(args) as FileList;
  return { host, globals, Files, blob, folder, list };
}

/** Runs the call and returns what it threw, as the script's catch would see it. */
function thrown(call: () => unknown): { name: string; message: string } {
  try {
    call();
  } catch (error) {
    return { name: (error as Error).name, message: (error as Error).message };
  }
  throw new Error('expected the call to throw');
}

describe('the Drive global', () => {
  // https://developers.google.com/apps-script/guides/services/advanced: "enabled before use", in the manifest's dependencies.
  it('exists only when appsscript.json enables it, under its userSymbol', () => {
    expect(setUp().globals.Drive).toBeDefined();
    expect((new LocalHost({ advancedServices: [] }).globals() as Record<string, unknown>).Drive).toBeUndefined();
    const renamed = new LocalHost({ advancedServices: [{ userSymbol: 'DriveV3', serviceId: 'drive', version: 'v3' }] }).globals() as Record<string, unknown>;
    expect([renamed.Drive, typeof renamed.DriveV3]).toEqual([undefined, 'object']);
    const scope: Record<string, unknown> = {};
    new LocalHost().installGlobals(scope);
    new LocalHost({ advancedServices: [] }).installGlobals(scope);
    expect(scope.Drive).toBeUndefined();
    expect(() => new LocalHost({ advancedServices: [{ userSymbol: 'Sheets', serviceId: 'sheets', version: 'v4' }] })).toThrow('The local host does not implement the advanced service sheets v4 (only drive v3).');
  });

  it('counts each call as Drive.Files.<method>', () => {
    const { host, Files, folder } = setUp();
    host.ctx.calls.reset();
    const id = folder();
    Files.get(id);
    Files.list({ q: 'trashed = false' });
    expect(host.ctx.calls.snapshot()).toEqual({ 'Drive.Files.create': 1, 'Drive.Files.get': 1, 'Drive.Files.list': 1 });
  });

  // https://developers.google.com/drive/api/reference/rest/v3/files/create, "Authorization scopes".
  it('needs one of the scopes the reference lists; drive.file is one', () => {
    const { Files } = setUp({ scopes: manifestScopes().filter((s) => !s.endsWith('/drive.file')) });
    // An advanced service answers as the REST API does when the token lacks the scope.
    expect(() => Files.create({ name: 'x' })).toThrow('API call to drive.files.create failed with error: Request had insufficient authentication scopes.');
    expect(() => setUp({ scopes: ['https://www.googleapis.com/auth/drive.file'] }).Files.create({ name: 'x' })).not.toThrow();
  });
});

describe('Drive.Files.create and get', () => {
  // https://developers.google.com/apps-script/advanced/drive (upload sample: fields "id,size"); files resource: size is an int64 string.
  it('answers v3 shapes: default fields kind, id, name, mimeType; size in bytes as a string', () => {
    const { Files, blob, folder } = setUp();
    const parent = folder();
    const made = Files.create({ name: 'заметка.json', mimeType: 'application/json', parents: [parent] }, blob('{"note":"Привет, 世界"}'));
    expect(Object.keys(made).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(made).toMatchObject({ kind: 'drive#file', name: 'заметка.json', mimeType: 'application/json' });
    // 13 ASCII characters, 6 Cyrillic (2 bytes each) and 2 Chinese (3 bytes each): 22 characters, 31 bytes.
    expect(Files.get(made.id!, { fields: 'id,size,parents,trashed' })).toEqual({ id: made.id, size: '31', parents: [parent], trashed: false });
    const full = Files.get(made.id!, { fields: '*' }) as File;
    expect(full).toEqual({
      kind: 'drive#file', id: made.id, name: 'заметка.json', mimeType: 'application/json', parents: [parent], size: '31',
      trashed: false, explicitlyTrashed: false, createdTime: '2026-11-23T09:30:00.000Z', modifiedTime: '2026-11-23T09:30:00.000Z',
    });
    // A folder has no size: "Won't be populated for files that have no size, like shortcuts and folders."
    expect(Files.get(parent, { fields: 'id,size,mimeType' })).toEqual({ id: parent, mimeType: FOLDER });
  });

  it('takes name and type from the blob when the body leaves them out, and My Drive as the parent', () => {
    const { host, Files, blob } = setUp();
    const made = Files.create({}, blob('a,b', 'text/csv', 'list.csv'), { fields: 'name,mimeType,parents' });
    expect(made).toEqual({ name: 'list.csv', mimeType: 'text/csv', parents: [host.driveApp.root] });
  });

  // The advanced service's get with {alt: 'media'}: see the contested point in src/local/services/advancedDrive.ts.
  it("returns a file's content as text with alt=media, byte for byte as uploaded", () => {
    const { Files, blob } = setUp();
    const text = '{"name":"زهرا احمدی","city":"北京","note":"Айгүл"}';
    const id = Files.create({ name: 'p.json' }, blob(text)).id!;
    expect(Files.get(id, { alt: 'media' })).toBe(text);
  });

  // https://developers.google.com/drive/api/guides/fields-parameter: "Invalid field selection canAddChildren".
  it('refuses a field mask naming a field a file does not have, as Drive does', () => {
    const { Files, folder } = setUp();
    const id = folder();
    expect(thrown(() => Files.get(id, { fields: 'id,capabilities(canAddChildren)' }))).toEqual({
      name: 'GoogleJsonResponseException',
      message: 'API call to drive.files.get failed with error: Invalid field selection capabilities',
    });
    expect(thrown(() => Files.list({ fields: 'files(id,age)' })).message).toBe('API call to drive.files.list failed with error: Invalid field selection age');
  });

  // gas-fakes' suite, whose author checks it on live Apps Script (test/testdrive.js): Drive.Files.create({name}, "foo").
  it('refuses media that is not a blob, and a request without a file id', () => {
    const { Files } = setUp();
    expect(() => Files.create({ name: 'x' }, 'foo' as never)).toThrow('The mediaData parameter only supports Blob types for upload.');
    expect(thrown(() => Files.get(''))).toEqual({ name: 'GoogleJsonResponseException', message: 'API call to drive.files.get failed with error: Required' });
  });

  // https://developers.google.com/drive/api/reference/rest/v3/files (read-only fields) and the v3 single-parent model.
  it('refuses read-only fields in the body, two parents, and options the host does not model', () => {
    const { Files, folder } = setUp();
    const [a, b] = [folder('a'), folder('b')];
    expect(thrown(() => Files.create({ name: 'x', size: '3' } as File)).message).toBe('API call to drive.files.create failed with error: The resource body includes fields which are not directly writable.');
    expect(thrown(() => Files.create({ name: 'x', parents: [a, b] })).message).toBe('API call to drive.files.create failed with error: Increasing the number of parents is not allowed.');
    expect(() => Files.create({ name: 'x' }, null as never, { ocrLanguage: 'ru' })).toThrow('The local host does not model the optional argument "ocrLanguage" of Drive.Files.create');
  });

  // https://developers.google.com/drive/api/guides/manage-downloads: alt=media "only works if the file is stored in Drive".
  it('has no content to give for a folder', () => {
    const { Files, folder } = setUp();
    expect(thrown(() => Files.get(folder(), { alt: 'media' })).message).toBe(
      'API call to drive.files.get failed with error: Only files with binary content can be downloaded. Use Export with Docs Editors files.',
    );
  });
});

describe('drive.file: only what this script created', () => {
  // https://developers.google.com/drive/api/guides/api-specific-auth: drive.file covers files the app created (or the user opened with it).
  it("answers File not found for the user's own files, the spreadsheets and My Drive, and lists none of them", () => {
    const { host, Files, list, folder } = setUp();
    const spreadsheet = host.createSpreadsheet('Studio customers');
    const own = host.driveFiles.addUserFile('passport scan.txt', 'private');
    const mine = folder();
    for (const id of [own, spreadsheet, host.driveApp.root]) {
      expect(thrown(() => Files.get(id))).toEqual({ name: 'GoogleJsonResponseException', message: `API call to drive.files.get failed with error: File not found: ${id}.` });
      expect(thrown(() => Files.update({ trashed: true }, id)).message).toBe(`API call to drive.files.update failed with error: File not found: ${id}.`);
    }
    expect(list({ fields: 'files(id)' }).files).toEqual([{ id: mine }]);
    expect(thrown(() => Files.create({ name: 'x', parents: [own] })).message).toBe(`API call to drive.files.create failed with error: File not found: ${own}.`);
    // The user sees their own file in Drive: both services share one Drive.
    expect(host.asTheUser(() => host.driveApp.getFileById(own).getName())).toBe('passport scan.txt');
  });

  it('sees what the local DriveApp made earlier (the add-on is the only script): older backups stay readable', () => {
    const { host, Files } = setUp();
    const id = host.asTheUser(() => host.driveApp.createFolder('Clientele backups').createFile('old part.json', '{"a":"Ж"}', 'application/json').getId());
    expect(Files.get(id, { alt: 'media' })).toBe('{"a":"Ж"}');
    expect(Files.get(id, { fields: 'size' })).toEqual({ size: '10' });
  });
});

describe('Drive.Files.list and its q', () => {
  // https://developers.google.com/drive/api/guides/search-files and ref-search-terms.
  it("finds by name, type, parent and trashed state, joined by and; trashed files are listed unless trashed = false", () => {
    const { Files, blob, folder, list } = setUp();
    const backups = folder();
    const other = folder('Other');
    const a = Files.create({ name: "it's.json", parents: [backups] }, blob('1')).id!;
    const b = Files.create({ name: 'b.json', parents: [backups] }, blob('2')).id!;
    Files.create({ name: 'b.json', parents: [other] }, blob('3'));
    Files.update({ trashed: true }, b);
    const ids = (q: string) => list({ q, fields: 'files(id)' }).files!.map((f) => f.id);
    expect(ids(`'${backups}' in parents`)).toEqual([a, b]);
    expect(ids(`'${backups}' in parents and trashed = false`)).toEqual([a]);
    expect(ids(`"${backups}" in parents and trashed=true`)).toEqual([b]);
    expect(ids(`name = 'it\\'s.json'`)).toEqual([a]);
    expect(ids(`mimeType = '${FOLDER}' and 'root' in parents and name = 'Clientele backups'`)).toEqual([backups]);
    expect(ids(`mimeType != '${FOLDER}' and name = 'b.json' and trashed = false`)).toHaveLength(1);
  });

  it('refuses a malformed query with Drive\'s "Invalid Value", and a valid one the host does not evaluate', () => {
    const { list } = setUp();
    for (const q of ["name = 'unterminated", 'name =', "title = 'x'", "name = 'a' and", "'x' in folders", "trashed = maybe"]) {
      expect(thrown(() => list({ q }))).toEqual({ name: 'GoogleJsonResponseException', message: 'API call to drive.files.list failed with error: Invalid Value' });
    }
    for (const q of ["name contains 'a'", "name = 'a' or name = 'b'", "not trashed = true", "modifiedTime > '2026-01-01T00:00:00'", "(trashed = false)", "properties has { key='a' and value='b' }"]) {
      expect(thrown(() => list({ q })).message).toMatch(/^API call to drive\.files\.list failed with error: The local host does not evaluate /);
    }
  });

  // https://developers.google.com/drive/api/reference/rest/v3/files/list: pageSize 1 to 1000, default 100; nextPageToken.
  it('pages with pageSize and nextPageToken, which a fields mask leaves out unless asked for', () => {
    const { host, Files, blob, folder, list } = setUp();
    const parent = folder();
    const ids = Array.from({ length: 5 }, (_, i) => {
      host.ctx.advance(1000);
      return Files.create({ name: `f${i}.json`, parents: [parent] }, blob(String(i))).id!;
    });
    const q = `'${parent}' in parents`;
    const first = list({ q, pageSize: 2, fields: 'nextPageToken, files(id)' });
    expect(first.files!.map((f) => f.id)).toEqual(ids.slice(0, 2));
    const second = list({ q, pageSize: 2, pageToken: first.nextPageToken, fields: 'nextPageToken,files(id)' });
    const third = list({ q, pageSize: 2, pageToken: second.nextPageToken, fields: 'nextPageToken,files(id)' });
    expect([...second.files!, ...third.files!].map((f) => f.id)).toEqual(ids.slice(2));
    expect(third.nextPageToken).toBeUndefined();
    expect(list({ q, pageSize: 2, fields: 'files(id)' })).toEqual({ files: [{ id: ids[0] }, { id: ids[1] }] });
    expect(Object.keys(list({ q, pageSize: 2 })).sort()).toEqual(['files', 'incompleteSearch', 'kind', 'nextPageToken']);
    expect(list({ q, orderBy: 'name desc', fields: 'files(name)' }).files!.map((f) => f.name)).toEqual(['f4.json', 'f3.json', 'f2.json', 'f1.json', 'f0.json']);
    expect(thrown(() => list({ pageSize: 1001 })).message).toBe("API call to drive.files.list failed with error: Invalid value '1001'. Values must be within the range: [1, 1000]");
  });
});

describe('Drive.Files.update and remove', () => {
  // https://developers.google.com/drive/api/reference/rest/v3/files/update: "This method supports patch semantics."
  it('changes only the fields given; trashed: true moves a file to the trash, and a folder takes its files with it', () => {
    const { host, Files, blob, folder } = setUp();
    const parent = folder();
    const id = Files.create({ name: 'a.json', parents: [parent], description: 'kept' }, blob('{"x":1}')).id!;
    host.ctx.advance(60_000);
    expect(Files.update({ name: 'b.json' }, id, null as never, { fields: 'name,description,size,modifiedTime' })).toEqual({ name: 'b.json', description: 'kept', size: '7', modifiedTime: '2026-11-23T09:31:00.000Z' });
    expect(Files.get(id, { alt: 'media' })).toBe('{"x":1}');
    Files.update({ trashed: true }, parent);
    expect(Files.get(id, { fields: 'trashed,explicitlyTrashed' })).toEqual({ trashed: true, explicitlyTrashed: false });
    expect(Files.get(parent, { fields: 'trashed,explicitlyTrashed,modifiedTime' })).toEqual({ trashed: true, explicitlyTrashed: true, modifiedTime: '2026-11-23T09:30:00.000Z' });
    expect(host.asTheUser(() => host.driveApp.getFileById(id).isTrashed())).toBe(true);
  });

  it('replaces the content with new media, and refuses parents in the body as v3 does', () => {
    const { Files, blob, folder } = setUp();
    const id = Files.create({ name: 'a.json' }, blob('{}')).id!;
    expect(Files.update({}, id, blob('a;b', 'text/csv'), { fields: 'mimeType,size' })).toEqual({ mimeType: 'text/csv', size: '3' });
    expect(Files.get(id, { alt: 'media' })).toBe('a;b');
    expect(thrown(() => Files.update({ parents: [folder()] }, id)).message).toBe(
      'API call to drive.files.update failed with error: The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.',
    );
  });

  // https://developers.google.com/drive/api/reference/rest/v3/files/delete: "If the target is a folder, all descendants owned by the user are also deleted."
  it('remove deletes for good, a folder with everything in it', () => {
    const { Files, blob, folder, list } = setUp();
    const parent = folder();
    const inner = Files.create({ name: 'inner', mimeType: FOLDER, parents: [parent] }).id!;
    const file = Files.create({ name: 'a.json', parents: [inner] }, blob('1')).id!;
    const kept = Files.create({ name: 'b.json' }, blob('2')).id!;
    expect(Files.remove(parent)).toBeUndefined();
    expect(thrown(() => Files.get(file)).message).toBe(`API call to drive.files.get failed with error: File not found: ${file}.`);
    expect(thrown(() => Files.remove(parent)).message).toBe(`API call to drive.files.delete failed with error: File not found: ${parent}.`);
    expect(list({ fields: 'files(id)' }).files).toEqual([{ id: kept }]);
  });
});

describe('sizes in bytes', () => {
  // 50 MB per request: https://developers.google.com/apps-script/guides/services/quotas (URL Fetch POST size and response size).
  it('takes media up to 52,428,800 bytes, whatever the number of characters, and no more', () => {
    const { Files, blob } = setUp();
    const cyrillic = 'я'.repeat(MAX_MEDIA_BYTES / 2);
    const id = Files.create({ name: 'max.json' }, blob(cyrillic)).id!;
    expect(Files.get(id, { fields: 'size' })).toEqual({ size: '52428800' });
    // Half as many characters as the limit has bytes, yet one byte too many.
    expect(() => Files.create({ name: 'over.json' }, blob(`${cyrillic}.`))).toThrow('Drive.Files.create: 52,428,801 bytes is more than the 52,428,800 bytes (50 MB) Apps Script carries in one request.');
    const chinese = '备'.repeat(Math.ceil((MAX_MEDIA_BYTES + 1) / 3));
    expect(chinese.length).toBeLessThan(MAX_MEDIA_BYTES / 2);
    expect(() => Files.update({}, id, blob(chinese))).toThrow(/^Drive\.Files\.update: 52,428,801 bytes is more/);
  });

  it('gives no content above 50 MB either', () => {
    const { host, Files } = setUp();
    const node = host.driveApp.addNode({ kind: 'file', name: 'big.bin', mimeType: 'application/octet-stream', parents: [host.driveApp.root], bytes: new Uint8Array(MAX_MEDIA_BYTES + 1) });
    expect(() => Files.get(node.id, { alt: 'media' })).toThrow('Drive.Files.get: 52,428,801 bytes is more than the 52,428,800 bytes (50 MB) Apps Script carries in one request.');
  });

  it("refuses uploads once the user's Drive is full, counting bytes", () => {
    const { host, Files, blob } = setUp();
    host.driveFiles.storageLimitBytes = 5;
    // Two characters, four bytes: fits.
    Files.create({ name: 'a.json' }, blob('Жж'));
    expect(thrown(() => Files.create({ name: 'b.json' }, blob('Ж'))).message).toBe("API call to drive.files.create failed with error: The user's Drive storage quota has been exceeded.");
  });
});

describe('the workbook file', () => {
  it('keeps what Drive.Files made, and which files were the user\'s own', () => {
    const { host, Files, blob } = setUp({ scopes: null });
    const id = Files.create({ name: 'a.json' }, blob('{"city":"Алматы"}')).id!;
    const own = host.driveFiles.addUserFile('mine.txt', 'x');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'clientele-')), 'workbook.json');
    saveWorkbook(host, file);
    const loaded = loadWorkbook(file, { scopes: null });
    const files = (loaded.globals() as { Drive: { Files: LocalDriveFiles } }).Drive.Files;
    expect(files.get(id, { alt: 'media' })).toBe('{"city":"Алматы"}');
    expect(() => files.get(own)).toThrow(`File not found: ${own}.`);
  });
});
