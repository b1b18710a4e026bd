/**
 * The installable triggers a spreadsheet has, kept to Google's rules for Editor add-ons
 * (https://developers.google.com/workspace/add-ons/concepts/editor-triggers#restrictions):
 * one of each type per user per document, and a document only ever touches its own. A
 * spreadsheet's edit and form-submit triggers are found with getUserTriggers(spreadsheet),
 * which lists this user's triggers of this document only; getProjectTriggers() would list
 * those of every document the add-on is installed in.
 */

import { formatMessage } from '../core/i18n/formatMessage';
import type { Messages } from '../core/i18n/messages';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Trigger = GoogleAppsScript.Script.Trigger;

/** A trigger made, or why Google would not make it (a test deployment of the add-on, a quota), in Google's words. */
export type TriggerInstall = { installed: true } | { installed: false; reason: string };

export type SpreadsheetEvent = 'edit' | 'formSubmit';

function eventTypeOf(event: SpreadsheetEvent): GoogleAppsScript.Script.EventType {
  return event === 'edit' ? ScriptApp.EventType.ON_EDIT : ScriptApp.EventType.ON_FORM_SUBMIT;
}

/**
 * Creates a trigger; a refusal becomes the reason the user is shown. Only create() is guarded:
 * Google refuses there, and nothing else that could fail is inside.
 */
export function createTrigger(create: () => Trigger): { trigger: Trigger } | { reason: string } {
  try {
    return { trigger: create() };
  } catch (error) {
    return { reason: error instanceof Error ? error.message : String(error) };
  }
}

export function spreadsheetTriggers(spreadsheet: Spreadsheet, handler: string, event: SpreadsheetEvent): Trigger[] {
  const type = eventTypeOf(event);
  return ScriptApp.getUserTriggers(spreadsheet).filter((t) => t.getHandlerFunction() === handler && t.getEventType() === type);
}

/** Exactly one trigger of this user for this spreadsheet, handler and event: made when missing, extra ones removed. */
export function ensureSpreadsheetTrigger(spreadsheet: Spreadsheet, handler: string, event: SpreadsheetEvent): TriggerInstall {
  const [first, ...extra] = spreadsheetTriggers(spreadsheet, handler, event);
  for (const trigger of extra) ScriptApp.deleteTrigger(trigger);
  if (first) return { installed: true };
  const made = createTrigger(() => {
    const builder = ScriptApp.newTrigger(handler).forSpreadsheet(spreadsheet);
    return (event === 'edit' ? builder.onEdit() : builder.onFormSubmit()).create();
  });
  return 'trigger' in made ? { installed: true } : { installed: false, reason: made.reason };
}

export function removeSpreadsheetTriggers(spreadsheet: Spreadsheet, handler: string, event: SpreadsheetEvent): void {
  for (const trigger of spreadsheetTriggers(spreadsheet, handler, event)) ScriptApp.deleteTrigger(trigger);
}

type Refusal = 'deployAuditedEditingRefused' | 'deployFormCaptureRefused' | 'deployScheduleRefused';

/** A feature's message, followed, when its trigger was refused, by what that means and why (Google's words). */
export function withRefusal(text: Messages, message: string, install: TriggerInstall, refusal: Refusal): string {
  if (install.installed) return message;
  return [message, formatMessage(text[refusal], { reason: install.reason }), text.deployTriggersHint].filter(Boolean).join(' ');
}
