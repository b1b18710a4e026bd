/**
 * The installable onFormSubmit trigger: one form response becomes one capture. It reads the
 * response's row and the responses sheet's header (two reads, whatever the sheet's size),
 * turns them into a CaptureInput in core, and hands it to the capture pipeline, which holds
 * the lock and decides create / update / duplicate / quarantine.
 */
import type { CaptureInput, CaptureOutcome } from '../../core/capture/captureInput';
import { captureInputFromFormEvent, isBlankFormEvent } from '../../core/forms/formSubmission';
import { formatMessage } from '../../core/i18n/formatMessage';
import { actionContext } from '../actionContext';
import { captureSubmissions } from './capture';
import { alertOnDetractor } from '../keepInTouch/detractorAlert';
import { loadFormConnection } from './formConnection';
import { triggerPermissionProblem } from '../requiredScopes';
import { captureOrderAnswers, orderFormOf, type OrderOutcome } from '../purchases/orderForm';

const LAST_REAUTH_EMAIL_PROPERTY = 'clientele.lastAuthEmailDate';

/**
 * How many rows above the response's row are looked at for responses an earlier execution missed
 * (it gave up waiting for the lock while many people submitted at once): they are captured now.
 */
const CATCH_UP_ROWS = 20;

export function handleFormSubmit(event: GoogleAppsScript.Events.SheetsOnFormSubmit | undefined): CaptureOutcome | OrderOutcome | null {
  if (reauthorisationRequired()) return null;
  if (!event || !event.range || isBlankFormEvent(event.values ?? [])) return { kind: 'ignored-blank' };
  const range = event.range;
  const sheet = range.getSheet();
  const row = range.getRow();
  const width = Math.max(sheet.getLastColumn(), range.getLastColumn());
  const header = sheet.getRange(1, 1, 1, width).getValues()[0] ?? [];
  const top = Math.max(2, row - CATCH_UP_ROWS);
  const rows = sheet.getRange(top, 1, row - top + 1, width).getValues();
  // An answer of the Orders and visits form is a purchase, not a customer (purchases/orderForm.ts).
  const orderForm = orderFormOf(header);
  if (orderForm) return captureOrderAnswers(actionContext(), { sheet, header, top, rows }, orderForm);
  const connection = loadFormConnection();
  const options = { mapping: connection?.mapping ?? {}, noticeVersion: connection?.noticeVersion, now: new Date() };
  const inputOf = (rowValues: unknown[], at: number, eventValues: readonly string[]) =>
    captureInputFromFormEvent({ responsesSheetId: sheet.getSheetId(), row: at, header, rowValues, eventValues }, options);
  const input = inputOf(rows[rows.length - 1] ?? [], row, event.values);
  if (!input) return { kind: 'ignored-blank' };
  const catchUp = rows
    .slice(0, -1)
    .map((rowValues, i) => inputOf(rowValues, top + i, rowValues.map((cell) => String(cell ?? ''))))
    .filter((earlier): earlier is CaptureInput => earlier !== null);
  const context = actionContext();
  const outcome = captureSubmissions(context, [input], { catchUp })[0] ?? null;
  // An erased person's new answers are not kept on the form's responses sheet either (one call).
  if (outcome?.kind === 'suppressed') sheet.getRange(row, 1, 1, width).clearContent();
  alertOnDetractor(context, input, outcome);
  return outcome;
}

/**
 * As Google's add-on trigger sample does: when the owner has not granted what the trigger needs
 * (a permission left unticked, or a new version asking for more), it cannot do its work. It
 * leaves the notice for the sidebar, emails the owner the authorisation link at most once a day
 * when it may send mail, and stops. The response stays in the form's responses sheet.
 */
function reauthorisationRequired(): boolean {
  const problem = triggerPermissionProblem('consentJobCapture', 'onFormSubmit');
  if (!problem) return false;
  const properties = PropertiesService.getDocumentProperties();
  const today = Utilities.formatDate(new Date(), Session.getScriptTimeZone(), 'yyyy-MM-dd');
  if (properties.getProperty(LAST_REAUTH_EMAIL_PROPERTY) !== today) {
    try {
      mailReauthorisation(problem.url);
    } catch {
      // Not allowed to mail or to read the spreadsheet's name: the sidebar's notice remains.
    }
    properties.setProperty(LAST_REAUTH_EMAIL_PROPERTY, today);
  }
  return true;
}

function mailReauthorisation(url: string): void {
  if (MailApp.getRemainingDailyQuota() <= 0) return;
  const { text, spreadsheet } = actionContext();
  MailApp.sendEmail(
    Session.getEffectiveUser().getEmail(),
    text.formReauthSubject,
    formatMessage(text.formReauthBody, { spreadsheet: spreadsheet.getName(), url }),
    { name: 'Clientele' },
  );
}
