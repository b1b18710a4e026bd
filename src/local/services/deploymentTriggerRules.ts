/**
 * What Apps Script allows a script to create as an installable trigger, by how the script is
 * deployed. The host runs the add-on as one of:
 * - `bound`: a container-bound script. Its triggers are this user's triggers of this project,
 *   20 at most (https://developers.google.com/apps-script/guides/services/quotas).
 * - `addon-test`: an Editor add-on test deployment. "Installable triggers aren't supported
 *   when testing" (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#test_details).
 *   Google does not say how a test deployment refuses one; the host refuses at create(), the
 *   strictest reading, with the message below.
 * - `addon`: an installed Editor add-on, with the restrictions of
 *   https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions:
 *   one trigger of each type per user per document, triggers only for the file the add-on is
 *   used in, time-driven triggers at most once an hour; and 20 per user per script as for any
 *   script, counted over every document (getProjectTriggers lists them all).
 */
export type DeploymentMode = 'bound' | 'addon-test' | 'addon';

export const DEPLOYMENT_MODES: readonly DeploymentMode[] = ['bound', 'addon-test', 'addon'];

/** Docs silent on the wording (see above): the host's own sentence, naming the page. */
export const TEST_DEPLOYMENT_TRIGGERS =
  'Installable triggers are not supported in a test deployment of an Editor add-on (https://developers.google.com/workspace/add-ons/how-tos/testing-editor-addons#test_details).';

/**
 * Google's exception for a second time-driven trigger of an add-on in one document, as users
 * report it word for word. For the other event types the host words it the same way with the
 * type's name: Google's own wording for those is not published.
 */
export function tooManyInDocument(eventType: string): string {
  return `This add-on has created too many ${EVENT_WORDS[eventType] ?? eventType.toLowerCase()} triggers in this document for this Google user account.`;
}

const EVENT_WORDS: Record<string, string> = { CLOCK: 'time-based', ON_EDIT: 'edit', ON_FORM_SUBMIT: 'form-submit', ON_CHANGE: 'change', ON_OPEN: 'open' };

/** "Time-driven triggers cannot run more frequently than once per hour": Google's wording of the refusal is not published. */
export const ADDON_HOURLY_AT_MOST =
  'An add-on can use a time-driven trigger once per hour at most: everyMinutes() is not allowed (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).';

/** "Add-ons can only create triggers for the file in which the add-on is used": the refusal's wording is not published. */
export const ADDON_OTHER_FILE =
  'An add-on can only create triggers for the file in which it is used (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions).';

export interface NewTrigger {
  eventType: string;
  /** The spreadsheet the trigger watches, or for a time-driven trigger the one it is created in. */
  documentId: string | null;
  /** The file a spreadsheet or form trigger watches; null for a time-driven trigger. */
  sourceId: string | null;
  everyMinutes: boolean;
}

export interface ExistingTrigger {
  eventType: string;
  documentId: string | null;
}

/** Throws what Apps Script throws when this user may not create the trigger in this mode. */
export function checkNewTrigger(mode: DeploymentMode, trigger: NewTrigger, usersTriggers: readonly ExistingTrigger[], currentDocumentId: string | null): void {
  if (mode === 'bound') return;
  if (mode === 'addon-test') throw new Error(TEST_DEPLOYMENT_TRIGGERS);
  if (trigger.sourceId !== null && trigger.sourceId !== currentDocumentId) throw new Error(ADDON_OTHER_FILE);
  if (trigger.everyMinutes) throw new Error(ADDON_HOURLY_AT_MOST);
  if (usersTriggers.some((t) => t.eventType === trigger.eventType && t.documentId === trigger.documentId)) throw new Error(tooManyInDocument(trigger.eventType));
}
