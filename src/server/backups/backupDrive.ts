/**
 * The backup files in Drive, within the drive.file scope: the add-on only ever opens files
 * and the folder it created itself, by the ids it recorded.
 */
import { parseManifest, parsePart, serialisePart, type BackupManifest, type BackupPart } from '../../core/backups/backupFormat';
import { BACKUP_FOLDER_NAME, type BackupStore } from './backupStore';

const JSON_TYPE = 'application/json';

/** SHA-256 of the text, in hex, by Apps Script's Utilities. */
export function sha256Hex(text: string): string {
  const bytes = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_256, text, Utilities.Charset.UTF_8);
  return bytes.map((b) => ((b + 256) % 256).toString(16).padStart(2, '0')).join('');
}

/** The Clientele backups folder this add-on made; made again if it was deleted or trashed. */
export function backupFolder(store: BackupStore): GoogleAppsScript.Drive.Folder {
  const id = store.folderId();
  if (id !== null) {
    try {
      const folder = DriveApp.getFolderById(id);
      if (!folder.isTrashed()) return folder;
    } catch {
      // Deleted for good: make a new one below.
    }
  }
  const folder = DriveApp.createFolder(BACKUP_FOLDER_NAME);
  store.saveFolderId(folder.getId());
  return folder;
}

export function writeJsonFile(folderId: string, name: string, text: string): { id: string; bytes: number } {
  const file = DriveApp.getFolderById(folderId).createFile(name, text, JSON_TYPE);
  return { id: file.getId(), bytes: file.getSize() };
}

export function readText(fileId: string): string {
  return DriveApp.getFileById(fileId).getBlob().getDataAsString('UTF-8');
}

/** A part as stored, with the checksum of what Drive holds now. */
export function readPart(fileId: string): { part: BackupPart; checksum: string } {
  const text = readText(fileId);
  const part = parsePart(text);
  return { part, checksum: sha256Hex(serialisePart(part)) };
}

export function readManifest(fileId: string): BackupManifest {
  return parseManifest(readText(fileId));
}

/** Moves the backup's files to the trash; a file already gone is no reason to stop. */
export function trashFiles(fileIds: readonly string[]): void {
  for (const id of fileIds) {
    try {
      DriveApp.getFileById(id).setTrashed(true);
    } catch {
      // Already deleted by the user.
    }
  }
}
