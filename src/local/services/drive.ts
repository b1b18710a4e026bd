import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';
import { counted } from '../countedService';
import { LocalBlob, base64ToBytes, bytesToBase64, encodeText, readBlobSource } from './blob';

/** Apps Script's global `MimeType` enum: each value is the MIME type string. */
export const localMimeType = {
  GOOGLE_APPS_SCRIPT: 'application/vnd.google-apps.script',
  GOOGLE_DRAWINGS: 'application/vnd.google-apps.drawing',
  GOOGLE_DOCS: 'application/vnd.google-apps.document',
  GOOGLE_FORMS: 'application/vnd.google-apps.form',
  GOOGLE_SHEETS: 'application/vnd.google-apps.spreadsheet',
  GOOGLE_SITES: 'application/vnd.google-apps.site',
  GOOGLE_SLIDES: 'application/vnd.google-apps.presentation',
  FOLDER: 'application/vnd.google-apps.folder',
  SHORTCUT: 'application/vnd.google-apps.shortcut',
  BMP: 'image/bmp',
  GIF: 'image/gif',
  JPEG: 'image/jpeg',
  PNG: 'image/png',
  SVG: 'image/svg+xml',
  PDF: 'application/pdf',
  CSS: 'text/css',
  CSV: 'text/csv',
  HTML: 'text/html',
  JAVASCRIPT: 'application/javascript',
  PLAIN_TEXT: 'text/plain',
  RTF: 'application/rtf',
  OPENDOCUMENT_GRAPHICS: 'application/vnd.oasis.opendocument.graphics',
  OPENDOCUMENT_PRESENTATION: 'application/vnd.oasis.opendocument.presentation',
  OPENDOCUMENT_SPREADSHEET: 'application/vnd.oasis.opendocument.spreadsheet',
  OPENDOCUMENT_TEXT: 'application/vnd.oasis.opendocument.text',
  MICROSOFT_EXCEL: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  MICROSOFT_EXCEL_LEGACY: 'application/vnd.ms-excel',
  MICROSOFT_POWERPOINT: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  MICROSOFT_POWERPOINT_LEGACY: 'application/vnd.ms-powerpoint',
  MICROSOFT_WORD: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  MICROSOFT_WORD_LEGACY: 'application/msword',
  ZIP: 'application/zip',
} as const;

export const NO_ITEM_WITH_ID = 'No item with the given ID could be found. Possibly because you have not edited this item or you do not have permission to access it.';
export const ITERATOR_END = 'Cannot retrieve the next object: iterator has reached the end.';

/** The host's spreadsheets as Drive sees them; the local SpreadsheetApp provides it. */
export interface SpreadsheetDirectory {
  listSpreadsheets(): { id: string; name: string }[];
  /** Copies a spreadsheet under a new name and returns the copy's id. */
  copySpreadsheet(id: string, newName: string): string;
  renameSpreadsheet(id: string, name: string): void;
  /** Forms are Drive files too (gas-fakes' live-checked "create() should set the file name in Drive"); the local FormApp provides them. */
  listFormFiles?(): { id: string; name: string }[];
  renameFormFile?(id: string, name: string): void;
}

export interface DriveNode {
  id: string;
  kind: 'folder' | 'file' | 'spreadsheet' | 'form';
  name: string;
  mimeType: string;
  parents: string[];
  trashed: boolean;
  description: string | null;
  created: number;
  updated: number;
  /** File content; folders and spreadsheets have none. */
  bytes: Uint8Array | null;
  /** Put in Drive by the user, not by this script: hidden from the advanced Drive service under drive.file (advancedDrive.ts). */
  byUser?: true;
}

/** A folder as a script passes it: one of ours, or anything shaped like Google's. */
type FolderArgument = GoogleAppsScript.Drive.Folder | LocalDriveFolder;
type BlobArgument = GoogleAppsScript.Base.BlobSource | LocalBlob;

type NodeState = Omit<DriveNode, 'bytes'> & { base64: string | null };

/** gas-fakes' live-checked "getFileById(null)": "Invalid argument: id" (the item lookup says "No item…" for ids that are not there). */
function requireId(id: string | null): void {
  if (id === null || id === undefined || id === '') throw new Error('Invalid argument: id');
}

/** Where scripts pass a folder, read its id without a counted call when it is one of ours. */
function folderIdOf(folder: FolderArgument): string {
  return folder instanceof LocalDriveFolder ? folder.id : folder.getId();
}

export class LocalDriveApp {
  private nodes = new Map<string, DriveNode>();
  private rootId: string;

  constructor(private readonly ctx: HostContext, private readonly spreadsheets: SpreadsheetDirectory) {
    this.rootId = this.addNode({ kind: 'folder', name: 'My Drive', mimeType: localMimeType.FOLDER, parents: [], bytes: null }).id;
  }

  getRootFolder(): LocalDriveFolder {
    return this.folder(this.rootId);
  }

  createFolder(name: string): LocalDriveFolder {
    return this.getRootFolder().createFolder(name);
  }

  createFile(nameOrBlob: string | BlobArgument, content?: string, mimeType?: string): LocalDriveFile {
    return this.createFileIn(this.rootId, nameOrBlob, content, mimeType);
  }

  getFileById(id: string): LocalDriveFile {
    requireId(id);
    const node = this.syncedNodes().get(id);
    if (!node || node.kind === 'folder') throw new Error(NO_ITEM_WITH_ID);
    return this.file(id);
  }

  getFolderById(id: string): LocalDriveFolder {
    requireId(id);
    const node = this.syncedNodes().get(id);
    if (!node || node.kind !== 'folder') throw new Error(NO_ITEM_WITH_ID);
    return this.folder(id);
  }

  /** Google: every file in the user's Drive that is not in the trash. */
  getFiles(): LocalFileIterator {
    return this.fileIterator((n) => n.kind !== 'folder');
  }

  getFilesByName(name: string): LocalFileIterator {
    return this.fileIterator((n) => n.kind !== 'folder' && n.name === name);
  }

  /** Every folder except My Drive itself. */
  getFolders(): LocalFolderIterator {
    return this.folderIterator((n) => n.kind === 'folder' && n.id !== this.rootId);
  }

  getFoldersByName(name: string): LocalFolderIterator {
    return this.folderIterator((n) => n.kind === 'folder' && n.id !== this.rootId && n.name === name);
  }

  exportState(): { rootId: string; nodes: NodeState[] } {
    // Synced first, so that a file saved and loaded again is the same file whatever Drive call came last.
    const nodes = [...this.syncedNodes().values()].map(({ bytes, ...rest }) => ({ ...rest, parents: [...rest.parents], base64: bytes && bytesToBase64(bytes) }));
    return { rootId: this.rootId, nodes };
  }

  importState(state: unknown): void {
    const s = state as { rootId: string; nodes: NodeState[] };
    this.rootId = s.rootId;
    this.nodes = new Map(s.nodes.map(({ base64, ...rest }) => [rest.id, { ...rest, parents: [...rest.parents], bytes: base64 === null ? null : base64ToBytes(base64) }]));
  }

  // The methods below serve File, Folder and iterators; scripts never reach them.

  /** The node, after bringing spreadsheets in line with the SpreadsheetApp. Throws once it has gone. */
  node(id: string): DriveNode {
    const node = this.syncedNodes().get(id);
    if (!node) throw new Error(NO_ITEM_WITH_ID);
    return node;
  }

  touch(node: DriveNode): void {
    node.updated = this.ctx.now().getTime();
  }

  rename(node: DriveNode, name: string): void {
    if (node.kind === 'spreadsheet') this.spreadsheets.renameSpreadsheet(node.id, name);
    if (node.kind === 'form') this.spreadsheets.renameFormFile?.(node.id, name);
    node.name = name;
    this.touch(node);
  }

  /** Trashed itself, or inside a trashed folder: Drive trashes a folder's contents with it. */
  isTrashed(node: DriveNode, seen = new Set<string>()): boolean {
    if (node.trashed) return true;
    seen.add(node.id);
    return node.parents.some((p) => {
      const parent = this.nodes.get(p);
      return parent !== undefined && !seen.has(p) && this.isTrashed(parent, seen);
    });
  }

  /**
   * createFile(blob) or createFile(name, content[, mimeType]); which of them the arguments fit is
   * checked before (methodSignatures.ts). gas-fakes' live-checked "create files with driveapp…":
   * createFile(null, "") is "Invalid argument: name", an unnamed blob "Blob object must have
   * non-null name for this operation."
   */
  createFileIn(parentId: string, nameOrBlob: string | BlobArgument | null, content?: string, mimeType?: string): LocalDriveFile {
    if (typeof nameOrBlob === 'string' || nameOrBlob === null) {
      if (!nameOrBlob) throw new Error('Invalid argument: name');
      // Google: createFile(name, content) "Creates a text file".
      const node = this.addNode({ kind: 'file', name: nameOrBlob, mimeType: mimeType ?? localMimeType.PLAIN_TEXT, parents: [parentId], bytes: encodeText(content ?? '') });
      return this.file(node.id);
    }
    const blob = readBlobSource(nameOrBlob);
    if (blob.name === null) throw new Error('Blob object must have non-null name for this operation.');
    const node = this.addNode({ kind: 'file', name: blob.name, mimeType: blob.contentType ?? 'application/octet-stream', parents: [parentId], bytes: blob.bytes });
    return this.file(node.id);
  }

  createFolderIn(parentId: string, name: string): LocalDriveFolder {
    return this.folder(this.addNode({ kind: 'folder', name, mimeType: localMimeType.FOLDER, parents: [parentId], bytes: null }).id);
  }

  copy(source: DriveNode, name: string, parentIds: string[]): LocalDriveFile {
    if (source.kind === 'spreadsheet') {
      const copyId = this.spreadsheets.copySpreadsheet(source.id, name);
      const copy = this.node(copyId);
      copy.parents = [...parentIds];
      return this.file(copyId);
    }
    const node = this.addNode({ kind: 'file', name, mimeType: source.mimeType, parents: [...parentIds], bytes: source.bytes && source.bytes.slice() });
    node.description = source.description;
    return this.file(node.id);
  }

  childrenOf(folderId: string, keep: (n: DriveNode) => boolean): DriveNode[] {
    return [...this.syncedNodes().values()].filter((n) => n.parents.includes(folderId) && keep(n));
  }

  fileIterator(keep: (n: DriveNode) => boolean, nodes = [...this.syncedNodes().values()]): LocalFileIterator {
    const ids = nodes.filter((n) => keep(n) && !this.isTrashed(n)).map((n) => n.id);
    return new LocalFileIterator(this.ctx, ids.map((id) => () => this.file(id))).handle;
  }

  folderIterator(keep: (n: DriveNode) => boolean, nodes = [...this.syncedNodes().values()]): LocalFolderIterator {
    const ids = nodes.filter((n) => keep(n) && !this.isTrashed(n)).map((n) => n.id);
    return new LocalFolderIterator(this.ctx, ids.map((id) => () => this.folder(id))).handle;
  }

  file(id: string): LocalDriveFile {
    return new LocalDriveFile(this.ctx, this, id).handle;
  }

  folder(id: string): LocalDriveFolder {
    return new LocalDriveFolder(this.ctx, this, id).handle;
  }

  get root(): string {
    return this.rootId;
  }

  /**
   * Spreadsheets live in the SpreadsheetApp; Drive keeps only where they sit,
   * whether they are trashed and their description. New ones appear in My Drive,
   * deleted ones disappear, renamed ones follow.
   */
  /** Every node, spreadsheets in line: the store the advanced Drive service (advancedDrive.ts) shares. */
  allNodes(): DriveNode[] {
    return [...this.syncedNodes().values()];
  }

  /** Deletes for good (the advanced service's files.remove); DriveApp only ever trashes. */
  deleteNodes(ids: readonly string[]): void {
    for (const id of ids) this.nodes.delete(id);
  }

  private syncedNodes(): Map<string, DriveNode> {
    this.syncGoogleFiles('spreadsheet', localMimeType.GOOGLE_SHEETS, this.spreadsheets.listSpreadsheets());
    this.syncGoogleFiles('form', localMimeType.GOOGLE_FORMS, this.spreadsheets.listFormFiles?.() ?? []);
    return this.nodes;
  }

  private syncGoogleFiles(kind: 'spreadsheet' | 'form', mimeType: string, files: { id: string; name: string }[]): void {
    const listed = new Map(files.map((f) => [f.id, f.name]));
    for (const [id, node] of [...this.nodes]) if (node.kind === kind && !listed.has(id)) this.nodes.delete(id);
    for (const [id, name] of listed) {
      const node = this.nodes.get(id);
      if (node) node.name = name;
      else this.addNode({ id, kind, name, mimeType, parents: [this.rootId], bytes: null });
    }
  }

  addNode(init: Pick<DriveNode, 'kind' | 'name' | 'mimeType' | 'parents' | 'bytes'> & { id?: string }): DriveNode {
    const now = this.ctx.now().getTime();
    const id = init.id ?? this.ctx.newId(init.kind === 'folder' ? 'folder-' : 'file-');
    const node: DriveNode = { ...init, id, trashed: false, description: null, created: now, updated: now };
    this.nodes.set(id, node);
    return node;
  }
}

type FileMethods =
  | 'getId' | 'getName' | 'setName' | 'getSize' | 'getBlob' | 'getMimeType' | 'getDateCreated' | 'getLastUpdated'
  | 'setTrashed' | 'isTrashed' | 'moveTo' | 'makeCopy' | 'getParents' | 'getUrl' | 'setDescription' | 'getDescription';

/** What files and folders share: both are nodes of the local Drive, addressed by id. */
abstract class LocalDriveItem {
  readonly handle: this;

  protected constructor(kind: string, protected readonly ctx: HostContext, protected readonly drive: LocalDriveApp, readonly id: string) {
    this.handle = counted(kind, this, ctx.calls);
  }

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.drive.node(this.id).name;
  }

  getDateCreated(): Date {
    return new Date(this.drive.node(this.id).created);
  }

  getLastUpdated(): Date {
    return new Date(this.drive.node(this.id).updated);
  }

  getDescription(): string | null {
    return this.drive.node(this.id).description;
  }

  isTrashed(): boolean {
    return this.drive.isTrashed(this.drive.node(this.id));
  }

  setName(name: string): this {
    this.drive.rename(this.drive.node(this.id), String(name));
    return this.handle;
  }

  setDescription(description: string): this {
    const node = this.drive.node(this.id);
    node.description = description;
    this.drive.touch(node);
    return this.handle;
  }
}

export class LocalDriveFile extends LocalDriveItem implements Faithful<GoogleAppsScript.Drive.File, FileMethods> {
  constructor(ctx: HostContext, drive: LocalDriveApp, id: string) {
    super('File', ctx, drive, id);
  }

  getMimeType(): string {
    return this.drive.node(this.id).mimeType;
  }

  /** Google: Google Workspace files "do not count toward Drive storage limits and thus return 0 bytes". */
  getSize(): number {
    return this.drive.node(this.id).bytes?.length ?? 0;
  }

  getBlob(): LocalBlob {
    const node = this.drive.node(this.id);
    if (node.bytes === null) throw new Error(`The local host cannot export the Google file "${node.name}" as a blob.`);
    return new LocalBlob(this.ctx.calls, node.bytes.slice(), node.mimeType, node.name).handle;
  }

  setTrashed(trashed: boolean): LocalDriveFile {
    this.drive.node(this.id).trashed = Boolean(trashed);
    return this.handle;
  }

  getParents(): LocalFolderIterator {
    const node = this.drive.node(this.id);
    return this.drive.folderIterator(() => true, node.parents.map((p) => this.drive.node(p)));
  }

  moveTo(destination: FolderArgument): LocalDriveFile {
    const target = this.drive.node(folderIdOf(destination));
    this.drive.node(this.id).parents = [target.id];
    return this.handle;
  }

  /** makeCopy(), makeCopy(name), makeCopy(destination), makeCopy(name, destination). */
  makeCopy(nameOrDestination?: string | FolderArgument, destination?: FolderArgument): LocalDriveFile {
    const node = this.drive.node(this.id);
    const name = typeof nameOrDestination === 'string' ? nameOrDestination : `Copy of ${node.name}`;
    const folder = typeof nameOrDestination === 'object' ? nameOrDestination : destination;
    const parents = folder ? [this.drive.node(folderIdOf(folder)).id] : [...node.parents];
    return this.drive.copy(node, name, parents);
  }

  getUrl(): string {
    const node = this.drive.node(this.id);
    if (node.kind === 'spreadsheet') return `https://docs.google.com/spreadsheets/d/${node.id}/edit?usp=drivesdk`;
    if (node.kind === 'form') return `https://docs.google.com/forms/d/${node.id}/edit?usp=drivesdk`;
    return `https://drive.google.com/file/d/${node.id}/view?usp=drivesdk`;
  }
}

type FolderMethods =
  | 'getId' | 'getName' | 'setName' | 'createFile' | 'createFolder' | 'getFiles' | 'getFolders' | 'getFilesByName'
  | 'getFoldersByName' | 'getParents' | 'setTrashed' | 'isTrashed' | 'getUrl' | 'getDateCreated' | 'getLastUpdated'
  | 'getDescription' | 'setDescription';

export class LocalDriveFolder extends LocalDriveItem implements Faithful<GoogleAppsScript.Drive.Folder, FolderMethods> {
  constructor(ctx: HostContext, drive: LocalDriveApp, id: string) {
    super('Folder', ctx, drive, id);
  }

  createFile(nameOrBlob: string | BlobArgument, content?: string, mimeType?: string): LocalDriveFile {
    return this.drive.createFileIn(this.drive.node(this.id).id, nameOrBlob, content, mimeType);
  }

  createFolder(name: string): LocalDriveFolder {
    return this.drive.createFolderIn(this.drive.node(this.id).id, String(name));
  }

  getFiles(): LocalFileIterator {
    return this.drive.fileIterator(() => true, this.drive.childrenOf(this.id, (n) => n.kind !== 'folder'));
  }

  getFilesByName(name: string): LocalFileIterator {
    return this.drive.fileIterator(() => true, this.drive.childrenOf(this.id, (n) => n.kind !== 'folder' && n.name === name));
  }

  getFolders(): LocalFolderIterator {
    return this.drive.folderIterator(() => true, this.drive.childrenOf(this.id, (n) => n.kind === 'folder'));
  }

  getFoldersByName(name: string): LocalFolderIterator {
    return this.drive.folderIterator(() => true, this.drive.childrenOf(this.id, (n) => n.kind === 'folder' && n.name === name));
  }

  getParents(): LocalFolderIterator {
    const node = this.drive.node(this.id);
    return this.drive.folderIterator(() => true, node.parents.map((p) => this.drive.node(p)));
  }

  setTrashed(trashed: boolean): LocalDriveFolder {
    if (this.id === this.drive.root) throw new Error('My Drive cannot be trashed.');
    this.drive.node(this.id).trashed = Boolean(trashed);
    return this.handle;
  }

  getUrl(): string {
    return `https://drive.google.com/drive/folders/${this.id}`;
  }
}

/** Iterators snapshot what matched when they were made and hand out objects lazily. */
class LocalIterator<T> {
  private position = 0;

  constructor(private readonly items: (() => T)[]) {}

  hasNext(): boolean {
    return this.position < this.items.length;
  }

  next(): T {
    const make = this.items[this.position];
    if (!make) throw new Error(ITERATOR_END);
    this.position += 1;
    return make();
  }
}

export class LocalFileIterator extends LocalIterator<LocalDriveFile> implements Faithful<GoogleAppsScript.Drive.FileIterator, 'hasNext' | 'next'> {
  readonly handle: LocalFileIterator;

  constructor(ctx: HostContext, items: (() => LocalDriveFile)[]) {
    super(items);
    this.handle = counted('FileIterator', this, ctx.calls);
  }
}

export class LocalFolderIterator extends LocalIterator<LocalDriveFolder> implements Faithful<GoogleAppsScript.Drive.FolderIterator, 'hasNext' | 'next'> {
  readonly handle: LocalFolderIterator;

  constructor(ctx: HostContext, items: (() => LocalDriveFolder)[]) {
    super(items);
    this.handle = counted('FolderIterator', this, ctx.calls);
  }
}
