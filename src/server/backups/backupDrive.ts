/**
 * The backup files in Drive, through the advanced Drive service (Drive API v3) only. The
 * manifest asks for drive.file, which lets the add-on see the files and folders it created and
 * nothing else; the built-in Drive service's reference pages list only the full drive scope (or
 * drive.readonly) for createFolder, createFile, getFileById and getFolderById, so it would be refused.
 * Every Drive.Files method accepts drive.file (https://developers.google.com/drive/api/guides/api-specific-auth).
 */
import { parseManifest, parsePart, serialisePart, type BackupManifest, type BackupPart } from '../../core/backups/backupFormat';
import { formatMessage } from '../../core/i18n/formatMessage';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import { DocumentStore } from '../settingsStore';
import { userLanguage } from '../userLanguage';
import { BACKUP_FOLDER_NAME, type BackupStore } from './backupStore';

const JSON_TYPE = 'application/json';
const FOLDER_TYPE = 'application/vnd.google-apps.folder';

type DriveFiles = GoogleAppsScript.Drive_v3.Drive.V3.Collection.FilesCollection;

/**
 * The user's words for a failure here: it reaches the backups list and the status line. Read
 * only when something fails, so a backup that works costs no extra call.
 */
function failureText(): Messages {
  return messagesFor(userLanguage(DocumentStore.open().loadSettings().settings));
}

/** Drive.Files; the advanced service is enabled in appsscript.json (dependencies.enabledAdvancedServices). */
function files(): DriveFiles {
  if (typeof Drive === 'undefined' || !Drive) throw new Error(failureText().errorDriveServiceOff);
  return Drive.Files;
}

/** A Drive query string literal: backslashes and quotes escaped (https://developers.google.com/drive/api/guides/search-files). */
function quoted(text: string): string {
  return `'${text.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

/** SHA-256 of the text, in hex, by Apps Script's Utilities. */
export function sha256Hex(text: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/**
 * The folder backups go to: the one this spreadsheet recorded, else a Clientele backups folder
 * the add-on made in My Drive before (from another spreadsheet, say), else a new one. A folder
 * in the trash or deleted for good is not used.
 */
export function backupFolder(store: BackupStore): string {
  const recorded = store.folderId();
  if (recorded !== null) {
    try {
      if (files().get(recorded, { fields: 'trashed' }).trashed === false) return recorded;
    } catch {
      // Deleted for good: look for another below.
    }
  }
  const q = `name = ${quoted(BACKUP_FOLDER_NAME)} and mimeType = ${quoted(FOLDER_TYPE)} and 'root' in parents and trashed = false`;
  const found = files().list({ q, fields: 'files(id)', pageSize: 1, orderBy: 'createdTime' }).files?.[0]?.id;
  // A file's default fields include its id.
  const id = found ?? files().create({ name: BACKUP_FOLDER_NAME, mimeType: FOLDER_TYPE }).id!;
  store.saveFolderId(id);
  return id;
}

/** Writes the text as a UTF-8 JSON file in the folder; `bytes` is the size Drive reports. */
export function writeJsonFile(folderId: string, name: string, text: string): { id: string; bytes: number } {
  const blob = Utilities.newBlob(text, JSON_TYPE, name);
  const file = files().create({ name, mimeType: JSON_TYPE, parents: [folderId] }, blob, { fields: 'id,size' });
  return { id: file.id!, bytes: Number(file.size) };
}

/**
 * The text of what `Drive.Files.get(id, {alt: 'media'})` answered. Google does not document the
 * result's type for the advanced service (see src/local/services/advancedDrive.ts): a string is
 * taken as it is, bytes are read as UTF-8. Either way the caller checks the SHA-256.
 */
export function mediaText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) return Utilities.newBlob(content as number[]).getDataAsString('UTF-8');
  throw new Error(formatMessage(failureText().errorDriveContent, { kind: content === null ? 'null' : typeof content }));
}

export function readText(fileId: string): string {
  return mediaText(files().get(fileId, { alt: 'media' }));
}

/** A part as stored, with the checksum of what Drive holds now. */
export function readPart(fileId: string): { part: BackupPart; checksum: string } {
  const part = parsedBackupFile(readText(fileId), parsePart);
  return { part, checksum: sha256Hex(serialisePart(part)) };
}

export function readManifest(fileId: string): BackupManifest {
  return parsedBackupFile(readText(fileId), parseManifest);
}

/** A file's text parsed as a part or a manifest; one that is not (not JSON, not Clientele's) is refused in the user's words, not the parser's English. */
function parsedBackupFile<T>(text: string, parse: (text: string) => T): T {
  try {
    return parse(text);
  } catch {
    throw new Error(failureText().errorBackupFileNotBackup);
  }
}

/**
 * Files of the folder with this exact name, not in the trash: what an execution stopped between
 * writing a file and recording it left behind.
 */
export function filesNamed(folderId: string, name: string): string[] {
  const q = `${quoted(folderId)} in parents and name = ${quoted(name)} and trashed = false`;
  return (files().list({ q, fields: 'files(id)' }).files ?? []).map((f) => f.id!);
}

/** Moves the backup's files to the trash; a file already gone is no reason to stop. */
export function trashFiles(fileIds: readonly string[]): void {
  for (const id of fileIds) {
    try {
      files().update({ trashed: true }, id);
    } catch {
      // Already deleted by the user.
    }
  }
}
