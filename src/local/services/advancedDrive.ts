/**
 * The advanced Drive service, Drive API v3 (https://developers.google.com/apps-script/advanced/drive),
 * as far as a script that keeps its own files needs it: Drive.Files.create, get (metadata, or
 * the content with {alt: 'media'}), list (with a `q` query), update (patch semantics, trash)
 * and remove. Arguments in Apps Script's order: request body, path parameters, media blob,
 * optional arguments (https://developers.google.com/apps-script/guides/services/advanced).
 * Responses have v3's shapes (`size` a string of bytes, RFC 3339 times, only the `fields`
 * asked for); errors are thrown as Apps Script throws them: "API call to drive.files.get
 * failed with error: File not found: <id>.".
 *
 * drive.file semantics: the manifest asks for https://www.googleapis.com/auth/drive.file, which
 * gives "files the app created" (https://developers.google.com/drive/api/guides/api-specific-auth),
 * so only files and folders this script made are visible; anything else (the user's own
 * uploads, the spreadsheets, My Drive itself) answers "File not found". The store is the one
 * the local DriveApp keeps, so what either service writes the other (and the playground) sees.
 */
import type { ServiceCallCounter } from '../hostContext';
import { counted } from '../countedService';
import { decodeText, LocalBlob, readBlobSource } from './blob';
import { localMimeType, type DriveNode, type LocalDriveApp } from './drive';
import { InvalidFieldSelectionError, selectFields, type FieldSchema } from './driveFields';
import { InvalidQueryError, parseDriveQuery, UnsupportedQueryError, type QueryTerm } from './driveQuery';

type DriveFile = GoogleAppsScript.Drive_v3.Drive.V3.Schema.File;
type DriveFileList = GoogleAppsScript.Drive_v3.Drive.V3.Schema.FileList;
type Options = Record<string, unknown>;

/**
 * The most one request may carry, up or down. Apps Script documents 50 MB for a URL Fetch
 * request or response (https://developers.google.com/apps-script/guides/services/quotas) and for
 * Folder.createFile's content (https://developers.google.com/apps-script/reference/drive/folder);
 * an Apps Script blob holds 52,428,800 bytes at most in practice (Tanaike, DownloadLargeFilesByUrl).
 * Drive itself takes files of up to 5,120 GB (https://developers.google.com/drive/api/reference/rest/v3/files/create),
 * so the blob is the limit. Counted in bytes: a Cyrillic character is 2, a Chinese one 3.
 */
export const MAX_MEDIA_BYTES = 50 * 1024 * 1024;

/** files.list pageSize: "Acceptable values are 1 to 1000, inclusive", default 100 (files/list reference). */
const MAX_PAGE_SIZE = 1000;
const DEFAULT_PAGE_SIZE = 100;

/** The File fields the host models; a mask naming another is refused as Drive refuses an unknown one. */
const FILE_SCHEMA: FieldSchema = {
  kind: null, id: null, name: null, mimeType: null, parents: null, size: null, trashed: null,
  explicitlyTrashed: null, createdTime: null, modifiedTime: null, description: null,
};
const FILE_LIST_SCHEMA: FieldSchema = { kind: null, nextPageToken: null, incompleteSearch: null, files: FILE_SCHEMA };
/** "the list method on the files resource only returns the kind, id, name, and mimeType fields" (fields-parameter guide). */
const DEFAULT_FILE_FIELDS = 'kind,id,name,mimeType';
const DEFAULT_LIST_FIELDS = `kind,incompleteSearch,nextPageToken,files(${DEFAULT_FILE_FIELDS})`;

/** Request-body fields a script may set; v3 refuses the others ("not directly writable"). */
const WRITABLE_ON_CREATE = new Set(['name', 'mimeType', 'parents', 'description', 'trashed']);
const WRITABLE_ON_UPDATE = new Set(['name', 'mimeType', 'description', 'trashed']);

/**
 * The optional arguments modelled per method. Drive has more (corpora, spaces, addParents…);
 * the host refuses those rather than ignoring them (docs do not say what an unknown one does;
 * the stricter choice).
 */
const OPTIONS: Record<string, readonly string[]> = {
  create: ['fields', 'supportsAllDrives'],
  get: ['fields', 'alt', 'supportsAllDrives'],
  list: ['q', 'fields', 'pageSize', 'pageToken', 'orderBy', 'supportsAllDrives', 'includeItemsFromAllDrives'],
  update: ['fields', 'supportsAllDrives'],
  remove: ['supportsAllDrives'],
};
const ORDER_KEYS = new Set(['createdTime', 'folder', 'modifiedTime', 'name']);

/**
 * What Apps Script throws when an advanced service's API call fails. `details` carries the
 * HTTP code and Drive's message. The wording "API call to drive.files.<method> failed with error:
 * <Drive's message>" is what scripts see, e.g. "…drive.files.copy failed with error: File not found: <id>."
 */
export class GoogleJsonResponseException extends Error {
  override readonly name = 'GoogleJsonResponseException';

  constructor(method: string, readonly details: { code: number; message: string }) {
    super(`API call to drive.files.${method} failed with error: ${details.message}`);
  }
}

function fail(method: string, code: number, message: string): never {
  throw new GoogleJsonResponseException(method, { code, message });
}

/** Drive's 404 for an id it does not know or the app may not see (drive.file). */
function notFound(method: string, id: string): never {
  return fail(method, 404, `File not found: ${id}.`);
}

function checkOptions(method: string, options: unknown): Options {
  if (options === undefined || options === null) return {};
  if (typeof options !== 'object' || Array.isArray(options)) throw new Error(`Invalid argument: optionalArgs of Drive.Files.${method} must be an object.`);
  const known = OPTIONS[method]!;
  for (const key of Object.keys(options)) {
    if (!known.includes(key)) throw new Error(`The local host does not model the optional argument "${key}" of Drive.Files.${method} (it models ${known.join(', ')}).`);
  }
  return options as Options;
}

function checkResource(method: string, resource: unknown, writable: ReadonlySet<string>): Record<string, unknown> {
  if (resource === undefined || resource === null) {
    if (method === 'update') fail(method, 400, 'Required');
    return {};
  }
  if (typeof resource !== 'object' || Array.isArray(resource)) throw new Error(`Invalid argument: resource of Drive.Files.${method} must be a File object.`);
  for (const key of Object.keys(resource)) {
    if (key === 'parents' && method === 'update') {
      fail(method, 403, 'The parents field is not directly writable in update requests. Use the addParents and removeParents parameters instead.');
    }
    if (!writable.has(key)) fail(method, 403, 'The resource body includes fields which are not directly writable.');
  }
  return resource as Record<string, unknown>;
}

/** The blob's bytes, type and name; null when no media is sent. Anything but a blob is refused as Apps Script refuses it. */
function readMedia(method: string, mediaData: unknown): { bytes: Uint8Array; contentType: string | null; name: string | null } | null {
  if (mediaData === undefined || mediaData === null) return null;
  let media: ReturnType<typeof readBlobSource>;
  try {
    media = readBlobSource(mediaData);
  } catch {
    throw new Error('The mediaData parameter only supports Blob types for upload.');
  }
  if (media.bytes.length > MAX_MEDIA_BYTES) tooLarge(method, media.bytes.length);
  return media;
}

/** Google does not document the wording; the host says what limit was hit. */
function tooLarge(method: string, bytes: number): never {
  throw new Error(`Drive.Files.${method}: ${bytes.toLocaleString('en-US')} bytes is more than the ${MAX_MEDIA_BYTES.toLocaleString('en-US')} bytes (50 MB) Apps Script carries in one request.`);
}

function requireId(method: string, fileId: unknown): string {
  if (typeof fileId !== 'string' || fileId === '') fail(method, 400, 'Required');
  return fileId;
}

export class LocalDriveFiles {
  /** Bytes the user's Drive can still take; null is unlimited. Tests fill it to see a full Drive refuse uploads. */
  storageLimitBytes: number | null = null;

  constructor(private readonly drive: LocalDriveApp) {}

  /** https://developers.google.com/drive/api/reference/rest/v3/files/create */
  create(resource?: DriveFile | null, mediaData?: GoogleAppsScript.Base.Blob | LocalBlob | null, optionalArgs?: Options): Partial<DriveFile> {
    const body = checkResource('create', resource, WRITABLE_ON_CREATE);
    const options = checkOptions('create', optionalArgs);
    const media = readMedia('create', mediaData);
    const mimeType = typeof body.mimeType === 'string' ? body.mimeType : media?.contentType ?? 'application/octet-stream';
    const isFolder = mimeType === localMimeType.FOLDER;
    // Google's wording for media sent with a folder is not documented; the host's.
    if (isFolder && media) fail('create', 400, 'Media is not allowed for folders.');
    const parents = this.parentsOf('create', body.parents);
    if (media) this.checkStorage('create', media.bytes.length);
    const name = typeof body.name === 'string' ? body.name : media?.name ?? 'Untitled';
    const node = this.drive.addNode({ kind: isFolder ? 'folder' : 'file', name, mimeType, parents, bytes: isFolder ? null : media?.bytes ?? new Uint8Array(0) });
    if (typeof body.description === 'string') node.description = body.description;
    if (body.trashed === true) node.trashed = true;
    return this.respond('create', node, options);
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/get. With {alt: 'media'} the
   * content comes back instead of the metadata. Contested point: Google's Apps Script pages do not
   * document alt=media for the advanced service; DefinitelyTyped's drive_v3 types give its result as
   * a string, gas-fakes passes it to Utilities.newBlob, and a Google DevRel post (Poehnelt,
   * 2024-03-27) showed it throwing. The host returns the content decoded as UTF-8 text, the
   * typed behaviour; the add-on also accepts bytes, and checks every read against its SHA-256,
   * so a different answer on Google fails a backup's verification rather than passing unnoticed.
   */
  get(fileId: string, optionalArgs?: Options): Partial<DriveFile> | string {
    const id = requireId('get', fileId);
    const options = checkOptions('get', optionalArgs);
    const node = this.visible('get', id);
    if (options.alt === 'media') {
      if (node.kind !== 'file' || node.bytes === null) fail('get', 403, 'Only files with binary content can be downloaded. Use Export with Docs Editors files.');
      if (node.bytes.length > MAX_MEDIA_BYTES) tooLarge('get', node.bytes.length);
      return decodeText(node.bytes, 'UTF-8');
    }
    if (options.alt !== undefined && options.alt !== 'json') fail('get', 400, 'Invalid Value');
    return this.respond('get', node, options);
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/list: "This method returns
   * all files by default, including trashed files". Without orderBy the host lists oldest first
   * (Drive documents no default order).
   */
  list(optionalArgs?: Options): Partial<DriveFileList> {
    const options = checkOptions('list', optionalArgs);
    const terms = this.query(options.q);
    const pageSize = options.pageSize === undefined ? DEFAULT_PAGE_SIZE : Number(options.pageSize);
    if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
      fail('list', 400, `Invalid value '${String(options.pageSize)}'. Values must be within the range: [1, ${MAX_PAGE_SIZE}]`);
    }
    const start = options.pageToken === undefined ? 0 : Number.parseInt(String(options.pageToken), 36);
    if (!Number.isInteger(start) || start < 0) fail('list', 400, 'Invalid Value');
    const matching = this.drive
      .allNodes()
      .filter((node) => this.mayOpen(node) && terms.every((term) => this.matches(node, term)))
      .sort(this.order(options.orderBy));
    const page = matching.slice(start, start + pageSize);
    const full: DriveFileList = { kind: 'drive#fileList', incompleteSearch: false, files: page.map((node) => this.resource(node)) };
    if (start + pageSize < matching.length) full.nextPageToken = (start + pageSize).toString(36);
    return this.select('list', full, options.fields, FILE_LIST_SCHEMA, DEFAULT_LIST_FIELDS);
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/update: "This method supports
   * patch semantics" — only the fields given change; {trashed: true} moves the file to the trash.
   * New media replaces the content and, unless the body names one, the MIME type.
   */
  update(resource: DriveFile, fileId: string, mediaData?: GoogleAppsScript.Base.Blob | LocalBlob | null, optionalArgs?: Options): Partial<DriveFile> {
    const id = requireId('update', fileId);
    const body = checkResource('update', resource, WRITABLE_ON_UPDATE);
    const options = checkOptions('update', optionalArgs);
    const media = readMedia('update', mediaData);
    const node = this.visible('update', id);
    if (media) {
      if (node.kind !== 'file') fail('update', 400, 'Media is not allowed for folders.');
      this.checkStorage('update', media.bytes.length - (node.bytes?.length ?? 0));
      node.bytes = media.bytes;
      if (typeof body.mimeType !== 'string' && media.contentType) node.mimeType = media.contentType;
    }
    if (typeof body.name === 'string') this.drive.rename(node, body.name);
    if (typeof body.mimeType === 'string') node.mimeType = body.mimeType;
    if (typeof body.description === 'string') node.description = body.description;
    // Moving to the trash (or out of it) is not a change of the file: modifiedTime stays.
    if (media || Object.keys(body).some((key) => key !== 'trashed')) this.drive.touch(node);
    if (typeof body.trashed === 'boolean') node.trashed = body.trashed;
    return this.respond('update', node, options);
  }

  /**
   * https://developers.google.com/drive/api/reference/rest/v3/files/delete (named remove in the
   * advanced service): deleted for good, not trashed; "If the target is a folder, all descendants
   * owned by the user are also deleted."
   */
  remove(fileId: string, optionalArgs?: Options): void {
    const id = requireId('delete', fileId);
    checkOptions('remove', optionalArgs);
    const node = this.visible('delete', id);
    const doomed = new Set([node.id]);
    for (let grew = true; grew; ) {
      grew = false;
      for (const other of this.drive.allNodes()) {
        if (!doomed.has(other.id) && other.kind !== 'spreadsheet' && other.parents.some((p) => doomed.has(p))) {
          doomed.add(other.id);
          grew = true;
        }
      }
    }
    this.drive.deleteNodes([...doomed]);
  }

  /** drive.file: only what this script created. My Drive, the spreadsheets and the user's own files are not. */
  private mayOpen(node: DriveNode): boolean {
    return node.id !== this.drive.root && node.kind !== 'spreadsheet' && node.byUser !== true;
  }

  private visible(method: string, id: string): DriveNode {
    const node = this.drive.allNodes().find((n) => n.id === id);
    if (!node || !this.mayOpen(node)) notFound(method, id);
    return node;
  }

  /** Parents given on create: one folder this script may write into; 'root' is My Drive. None means My Drive. */
  private parentsOf(method: string, parents: unknown): string[] {
    if (parents === undefined) return [this.drive.root];
    if (!Array.isArray(parents) || parents.some((p) => typeof p !== 'string')) fail(method, 400, 'Invalid Value');
    // Drive v3 items have exactly one parent since 2020 (single-parent model).
    if (parents.length > 1) fail(method, 403, 'Increasing the number of parents is not allowed.');
    if (parents.length === 0) return [this.drive.root];
    const id = parents[0] as string;
    if (id === 'root' || id === this.drive.root) return [this.drive.root];
    const folder = this.visible(method, id);
    if (folder.kind !== 'folder') fail(method, 403, 'The specified parent is not a folder.');
    return [folder.id];
  }

  private checkStorage(method: string, addedBytes: number): void {
    if (this.storageLimitBytes === null) return;
    const used = this.drive.allNodes().reduce((sum, n) => sum + (n.bytes?.length ?? 0), 0);
    if (used + addedBytes > this.storageLimitBytes) fail(method, 403, "The user's Drive storage quota has been exceeded.");
  }

  private query(q: unknown): QueryTerm[] {
    if (q === undefined || q === '') return [];
    try {
      return parseDriveQuery(String(q));
    } catch (error) {
      if (error instanceof InvalidQueryError) fail('list', 400, error.message);
      if (error instanceof UnsupportedQueryError) fail('list', 400, error.message);
      throw error;
    }
  }

  private matches(node: DriveNode, term: QueryTerm): boolean {
    switch (term.field) {
      case 'name':
        return (node.name === term.value) === term.equal;
      case 'mimeType':
        return (node.mimeType === term.value) === term.equal;
      case 'trashed':
        return (this.drive.isTrashed(node) === term.value) === term.equal;
      case 'parents':
        return node.parents.includes(term.folderId === 'root' ? this.drive.root : term.folderId);
    }
  }

  private order(orderBy: unknown): (a: DriveNode, b: DriveNode) => number {
    const keys = orderBy === undefined ? [] : String(orderBy).split(',').map((key) => key.trim().split(/\s+/));
    for (const [key, direction, extra] of keys) {
      if (!key || !ORDER_KEYS.has(key) || (direction !== undefined && direction !== 'desc' && direction !== 'asc') || extra !== undefined) {
        fail('list', 400, `The local host does not sort by "${[key, direction, extra].filter(Boolean).join(' ')}" (it sorts by ${[...ORDER_KEYS].join(', ')}).`);
      }
    }
    const value = (node: DriveNode, key: string): string | number => {
      if (key === 'name') return node.name;
      if (key === 'folder') return node.kind === 'folder' ? 0 : 1;
      return key === 'createdTime' ? node.created : node.updated;
    };
    return (a, b) => {
      for (const [key, direction] of keys) {
        const x = value(a, key!);
        const y = value(b, key!);
        if (x !== y) return (x < y ? -1 : 1) * (direction === 'desc' ? -1 : 1);
      }
      return a.created - b.created || a.id.localeCompare(b.id);
    };
  }

  /** Every modelled field of the File resource; folders have no size ("Won't be populated for … folders"). */
  private resource(node: DriveNode): DriveFile {
    const file: DriveFile = {
      kind: 'drive#file',
      id: node.id,
      name: node.name,
      mimeType: node.mimeType,
      parents: [...node.parents],
      trashed: this.drive.isTrashed(node),
      explicitlyTrashed: node.trashed,
      createdTime: new Date(node.created).toISOString(),
      modifiedTime: new Date(node.updated).toISOString(),
    };
    if (node.kind === 'file') file.size = String(node.bytes?.length ?? 0);
    if (node.description !== null) file.description = node.description;
    return file;
  }

  private respond(method: string, node: DriveNode, options: Options): Partial<DriveFile> {
    return this.select(method, this.resource(node), options.fields, FILE_SCHEMA, DEFAULT_FILE_FIELDS);
  }

  private select<T extends object>(method: string, full: T, fields: unknown, schema: FieldSchema, defaults: string): Partial<T> {
    try {
      return selectFields(full, fields, schema, defaults);
    } catch (error) {
      if (error instanceof InvalidFieldSelectionError) fail(method, 400, error.message);
      throw error;
    }
  }

  /** A file the user put in Drive themselves (through drive.google.com): DriveApp sees it, this script under drive.file does not. */
  addUserFile(name: string, content: string, mimeType: string = localMimeType.PLAIN_TEXT): string {
    const node = this.drive.addNode({ kind: 'file', name, mimeType, parents: [this.drive.root], bytes: new TextEncoder().encode(content) });
    node.byUser = true;
    return node.id;
  }
}

/** The `Drive` global of a script that enables the service: each Drive.Files call is counted and permission-checked. */
export function advancedDriveGlobal(files: LocalDriveFiles, calls: ServiceCallCounter): { Files: LocalDriveFiles } {
  return Object.freeze({ Files: counted('Drive.Files', files, calls) });
}
