import type { Messages } from '../i18n/messages';

/** What versions before issue 19 wrote in the Audit log's User cell when Google gave no email. */
const LEGACY_UNKNOWN_USER = 'unknown';

/**
 * The User cell as a panel shows it: the email as written, or, for a row an earlier version
 * wrote as "unknown", "(not given by Google)" in the reader's language.
 */
export function auditUserLabel(text: Messages, cell: string): string {
  return cell === LEGACY_UNKNOWN_USER ? text.auditUserNotGiven : cell;
}
