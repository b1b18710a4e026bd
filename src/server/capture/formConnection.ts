/**
 * Connect a Google Form: create Clientele's form (linked to this spreadsheet) or link one the
 * user has, keep the question -> field mapping, and hold exactly one onFormSubmit trigger.
 */
import { formTemplate, type TemplateQuestion } from '../../core/forms/formTemplate';
import { isMappingTarget, mapQuestions, MAPPABLE_TARGETS, type MappingTarget, type QuestionMapping, type SavedMapping } from '../../core/forms/questionMapping';
import { DEFAULT_HEADERS } from '../../core/headerRoles';
import { formatMessage } from '../../core/i18n/formatMessage';
import type { ActionContext } from '../actionContext';
import { setUpCustomerSheet } from '../customerSheet';
import { loadOrderForm } from '../purchases/orderForm';
import { ensureSpreadsheetTrigger, removeSpreadsheetTriggers, spreadsheetTriggers, withRefusal, type TriggerInstall } from '../documentTriggers';

export const FORM_SUBMIT_HANDLER = 'onFormSubmit';
const CONNECTION_PROPERTY = 'clientele.form';

/** What is stored (one document property, JSON) about the connected form. */
export interface FormConnection {
  formId: string;
  title: string;
  editUrl: string;
  publishedUrl: string;
  /** Set for a form Clientele created: the version of the privacy notice it shows. */
  noticeVersion?: string;
  /** Question title -> target, as the user (or the template) chose. */
  mapping: SavedMapping;
}

export interface FormPanel {
  /** `published`: an unpublished form takes no responses (the panel says how to publish it). */
  connected: (Omit<FormConnection, 'mapping'> & { questions: QuestionMapping[]; triggerInstalled: boolean; published: boolean }) | null;
  /** The targets the mapping can choose, with labels in the user's language. */
  targets: { value: MappingTarget; label: string }[];
}

export function loadFormConnection(): FormConnection | null {
  const raw = PropertiesService.getDocumentProperties().getProperty(CONNECTION_PROPERTY);
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as FormConnection;
    return typeof parsed.formId === 'string' ? { ...parsed, mapping: cleanMapping(parsed.mapping) } : null;
  } catch {
    return null;
  }
}

function saveFormConnection(connection: FormConnection): void {
  PropertiesService.getDocumentProperties().setProperty(CONNECTION_PROPERTY, JSON.stringify(connection));
}

function cleanMapping(mapping: unknown): SavedMapping {
  const clean: SavedMapping = {};
  if (mapping && typeof mapping === 'object') {
    for (const [title, target] of Object.entries(mapping as Record<string, unknown>)) {
      if (target === 'ignore' || isMappingTarget(target)) clean[title] = target;
    }
  }
  return clean;
}

function addQuestion(form: GoogleAppsScript.Forms.Form, question: TemplateQuestion): void {
  if (question.kind === 'scale' && question.scale) {
    form.addScaleItem().setTitle(question.title).setBounds(question.scale.lower, question.scale.upper)
      .setLabels(question.scale.lowerLabel, question.scale.upperLabel).setRequired(question.required);
  } else if (question.kind === 'choice') {
    form.addMultipleChoiceItem().setTitle(question.title).setHelpText(question.helpText)
      .setChoiceValues(question.choices ?? []).setRequired(question.required);
  } else if (question.kind === 'paragraph') {
    form.addParagraphTextItem().setTitle(question.title).setRequired(question.required);
  } else {
    const item = form.addTextItem().setTitle(question.title).setRequired(question.required);
    if (question.helpText !== '') item.setHelpText(question.helpText);
  }
}

/**
 * Creates Clientele's form in the user's language, sends its responses here, publishes it and starts
 * capturing. Forms created by a script after 30 June 2026 start unpublished and take no responses;
 * setPublished(true) "also enables accepting responses" (developers.google.com/workspace/forms/api/guides/publish-form).
 */
export function createConnectedForm(context: ActionContext): string {
  ensureCustomerSheet(context);
  const template = formTemplate(context.language);
  const form = FormApp.create(template.title).setDescription(template.description);
  for (const question of template.questions) addQuestion(form, question);
  form.setDestination(FormApp.DestinationType.SPREADSHEET, context.spreadsheet.getId());
  form.setPublished(true);
  // The Customer ID question feeds no field: the capture reads it to update that customer (formSubmission.ts).
  const mapping: SavedMapping = Object.fromEntries(template.questions.map((q) => [q.title, q.target === 'customerId' ? 'ignore' : q.target]));
  const capture = connect(context, form, { noticeVersion: template.noticeVersion, mapping });
  return withRefusal(context.text, formatMessage(context.text.formCreated, { title: template.title, url: form.getPublishedUrl() }), capture, 'deployFormCaptureRefused');
}

/** Links a form the user has (by its edit or share link): its responses come here from now on. */
export function linkExistingForm(context: ActionContext, url: string): { ok: boolean; message: string } {
  let form: GoogleAppsScript.Forms.Form;
  try {
    form = FormApp.openByUrl(String(url ?? '').trim());
  } catch {
    return { ok: false, message: context.text.formBadUrl };
  }
  ensureCustomerSheet(context);
  if (destinationOf(form) !== context.spreadsheet.getId()) {
    form.setDestination(FormApp.DestinationType.SPREADSHEET, context.spreadsheet.getId());
  }
  const previous = loadFormConnection();
  const capture = connect(context, form, { mapping: previous?.formId === form.getId() ? previous.mapping : {} });
  // The user's own form is theirs to publish: Clientele says so rather than publishing it for them.
  const linked = form.isPublished() ? context.text.formLinked : context.text.formLinkedNotPublished;
  return { ok: true, message: withRefusal(context.text, formatMessage(linked, { title: form.getTitle(), url: form.getEditUrl() }), capture, 'deployFormCaptureRefused') };
}

/**
 * The customer sheet is settled before Forms adds its "Form Responses" sheet: a responses sheet
 * has Name, Email and Phone columns too, and must never be taken for the customer sheet.
 */
function ensureCustomerSheet(context: ActionContext): void {
  const configured = context.settings.customerSheet;
  if (configured && context.spreadsheet.getSheetByName(configured)) return;
  setUpCustomerSheet(context.spreadsheet, context.store, context.language);
}

function destinationOf(form: GoogleAppsScript.Forms.Form): string | null {
  try {
    return form.getDestinationId();
  } catch {
    // Google throws when the form has no destination.
    return null;
  }
}

function connect(context: ActionContext, form: GoogleAppsScript.Forms.Form, extra: Pick<FormConnection, 'noticeVersion' | 'mapping'>): TriggerInstall {
  const connection: FormConnection = {
    formId: form.getId(), title: form.getTitle(), editUrl: form.getEditUrl(), publishedUrl: form.getPublishedUrl(), ...extra,
  };
  if (connection.noticeVersion === undefined) delete connection.noticeVersion;
  saveFormConnection(connection);
  return ensureFormSubmitTrigger(context.spreadsheet);
}

/** Exactly one onFormSubmit trigger of this user for this spreadsheet, or why Google would not make it. */
function ensureFormSubmitTrigger(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet): TriggerInstall {
  return ensureSpreadsheetTrigger(spreadsheet, FORM_SUBMIT_HANDLER, 'formSubmit');
}

/** Stops capturing: the trigger goes (unless the Orders and visits form still needs it), the form and its responses sheet stay as they are. */
export function disconnectForm(context: ActionContext): string {
  if (!loadOrderForm()) removeSpreadsheetTriggers(context.spreadsheet, FORM_SUBMIT_HANDLER, 'formSubmit');
  PropertiesService.getDocumentProperties().deleteProperty(CONNECTION_PROPERTY);
  return context.text.formDisconnected;
}

/** Saves the user's mapping for the connected form's questions. */
export function saveQuestionMapping(context: ActionContext, mapping: Record<string, string>): string {
  const connection = loadFormConnection();
  if (connection) saveFormConnection({ ...connection, mapping: cleanMapping(mapping) });
  return context.text.formMappingSaved;
}

export function formPanel(context: ActionContext): FormPanel {
  const fieldLabel = (target: MappingTarget) =>
    target === 'score' ? context.text.formScoreTarget : target === 'comment' ? context.text.formCommentTarget : DEFAULT_HEADERS[context.language][target];
  const targets = MAPPABLE_TARGETS.map((value) => ({ value, label: fieldLabel(value) }));
  const connection = loadFormConnection();
  if (!connection) return { connected: null, targets };
  const form = FormApp.openById(connection.formId);
  const titles = form.getItems().map((item) => item.getTitle());
  const { mapping, ...shown } = connection;
  return {
    connected: {
      ...shown,
      questions: mapQuestions(titles, mapping),
      triggerInstalled: spreadsheetTriggers(context.spreadsheet, FORM_SUBMIT_HANDLER, 'formSubmit').length === 1,
      published: form.isPublished(),
    },
    targets,
  };
}
