import type { LocalHost } from '../localHost';
import type { DriveFileView } from './playgroundView';

const BACKUP_FOLDER = 'Clientele backups';

/**
 * The local Drive's Clientele backups folder as the playground lists it: read from the host's
 * state (not through DriveApp), so looking does not count as the add-on's calls.
 */
export function backupFolderFiles(host: LocalHost): DriveFileView[] {
  const { nodes } = host.driveApp.exportState();
  const folders = new Set(nodes.filter((n) => n.kind === 'folder' && n.name === BACKUP_FOLDER && !n.trashed).map((n) => n.id));
  return nodes
    .filter((n) => n.kind !== 'folder' && !n.trashed && n.parents.some((p) => folders.has(p)))
    .sort((a, b) => b.created - a.created || b.name.localeCompare(a.name))
    .map((n) => ({ id: n.id, name: n.name, bytes: n.base64 === null ? 0 : Math.floor((n.base64.length * 3) / 4) - (n.base64.match(/=+$/)?.[0].length ?? 0), created: new Date(n.created).toISOString() }));
}
