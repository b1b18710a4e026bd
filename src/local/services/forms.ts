import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';
import { counted } from '../countedService';
import { NO_ITEM_WITH_ID } from './drive';

export const localItemType = {
  TEXT: 'TEXT', PARAGRAPH_TEXT: 'PARAGRAPH_TEXT', MULTIPLE_CHOICE: 'MULTIPLE_CHOICE', CHECKBOX: 'CHECKBOX', SCALE: 'SCALE',
} as const;
export const localDestinationType = { SPREADSHEET: 'SPREADSHEET' } as const;

type ItemTypeName = keyof typeof localItemType;

export interface ItemRecord {
  id: number;
  type: ItemTypeName;
  title: string;
  helpText: string;
  required: boolean;
  choices: string[];
  lowerBound: number;
  upperBound: number;
  lowerLabel: string;
  upperLabel: string;
}

/** One answer: text for text, paragraph, multiple choice and scale items; the ticked choices for a checkbox item. */
export type AnswerValue = string | string[];

export interface ResponseRecord {
  id: string;
  /** When the response was last submitted (an edit moves it), ms since the epoch. */
  timestamp: number;
  respondentEmail: string;
  answers: { itemId: number; value: AnswerValue }[];
  /** The row of the destination's "Form Responses" sheet that Forms wrote it to; null without a destination. */
  destinationRow: number | null;
}

export interface FormRecord {
  id: string;
  publishedId: string;
  title: string;
  description: string;
  items: ItemRecord[];
  destinationId: string | null;
  /** The destination's "Form Responses N" sheet, by sheet id (stable when renamed). */
  destinationSheetId?: number | null;
  acceptingResponses: boolean;
  /** Absent in state saved before the host kept it: those forms were published. */
  published?: boolean;
  /** The form's file name in Drive: its title when created, apart from it afterwards. Absent: the title. */
  fileName?: string;
  responses?: ResponseRecord[];
}

/** Whether a form takes responses: Forms' API forces accepting responses off while a form is unpublished. */
export function isTakingResponses(form: FormRecord): boolean {
  return form.published !== false && form.acceptingResponses;
}

function invalidConversion(item: ItemRecord): Error {
  return new Error(`Invalid conversion for item type: ${item.type}`);
}

/** A form item as getItems() returns it; as*Item() gives the typed view of the same item. */
export class LocalItem implements Faithful<GoogleAppsScript.Forms.Item, 'getId' | 'getIndex' | 'getTitle' | 'getHelpText' | 'getType' | 'setTitle' | 'setHelpText'> {
  readonly handle: this;

  constructor(protected readonly ctx: HostContext, protected readonly form: FormRecord, readonly record: ItemRecord, kind = 'Item') {
    this.handle = counted(kind, this, ctx.calls);
  }

  getId(): number {
    return this.record.id;
  }

  getIndex(): number {
    return this.form.items.indexOf(this.record);
  }

  getTitle(): string {
    return this.record.title;
  }

  setTitle(title: string): this {
    this.record.title = String(title);
    return this.handle;
  }

  getHelpText(): string {
    return this.record.helpText;
  }

  setHelpText(text: string): this {
    this.record.helpText = String(text);
    return this.handle;
  }

  getType(): GoogleAppsScript.Forms.ItemType {
    return this.record.type as unknown as GoogleAppsScript.Forms.ItemType;
  }

  asTextItem(): LocalQuestionItem {
    return this.as('TEXT', () => new LocalQuestionItem(this.ctx, this.form, this.record, 'TextItem'));
  }

  asParagraphTextItem(): LocalQuestionItem {
    return this.as('PARAGRAPH_TEXT', () => new LocalQuestionItem(this.ctx, this.form, this.record, 'ParagraphTextItem'));
  }

  asMultipleChoiceItem(): LocalChoiceItem {
    return this.as('MULTIPLE_CHOICE', () => new LocalChoiceItem(this.ctx, this.form, this.record, 'MultipleChoiceItem'));
  }

  asCheckboxItem(): LocalChoiceItem {
    return this.as('CHECKBOX', () => new LocalChoiceItem(this.ctx, this.form, this.record, 'CheckboxItem'));
  }

  asScaleItem(): LocalScaleItem {
    return this.as('SCALE', () => new LocalScaleItem(this.ctx, this.form, this.record, 'ScaleItem'));
  }

  private as<T extends LocalItem>(type: ItemTypeName, make: () => T): T {
    if (this.record.type !== type) throw invalidConversion(this.record);
    return make().handle;
  }
}

/** Text, paragraph text: a title, help text and whether an answer is required. */
export class LocalQuestionItem extends LocalItem {
  /** An answer to this question, to add to a FormResponse (developers.google.com/apps-script/reference/forms/text-item#createResponse(String)). */
  createResponse(response: string): LocalItemResponse {
    return counted('ItemResponse', new LocalItemResponse(this.ctx, this.form, this.record.id, String(response)), this.ctx.calls);
  }

  isRequired(): boolean {
    return this.record.required;
  }

  setRequired(required: boolean): this {
    this.record.required = Boolean(required);
    return this.handle;
  }
}

export class LocalChoice implements Faithful<GoogleAppsScript.Forms.Choice, 'getValue'> {
  constructor(private readonly value: string) {}

  getValue(): string {
    return this.value;
  }
}

/** Multiple choice and checkbox items. */
export class LocalChoiceItem extends LocalQuestionItem {
  setChoiceValues(values: string[]): this {
    this.record.choices = values.map(String);
    return this.handle;
  }

  getChoices(): LocalChoice[] {
    return this.record.choices.map((v) => counted('Choice', new LocalChoice(v), this.ctx.calls));
  }
}

export class LocalScaleItem extends LocalQuestionItem {
  /** Google: the lower bound is 0 or 1, the upper bound 3 to 10. */
  setBounds(lower: number, upper: number): this {
    if (lower !== 0 && lower !== 1) throw new Error(`Invalid argument: lower bound must be 0 or 1; got ${lower}.`);
    if (!Number.isInteger(upper) || upper < 3 || upper > 10) throw new Error(`Invalid argument: upper bound must be from 3 to 10; got ${upper}.`);
    this.record.lowerBound = lower;
    this.record.upperBound = upper;
    return this.handle;
  }

  getLowerBound(): number {
    return this.record.lowerBound;
  }

  getUpperBound(): number {
    return this.record.upperBound;
  }

  setLabels(lower: string, upper: string): this {
    this.record.lowerLabel = String(lower);
    this.record.upperLabel = String(upper);
    return this.handle;
  }

  getLeftLabel(): string {
    return this.record.lowerLabel;
  }

  getRightLabel(): string {
    return this.record.upperLabel;
  }
}


/** ItemResponse: one answer of a submitted response. */
export class LocalItemResponse implements Faithful<GoogleAppsScript.Forms.ItemResponse, 'getResponse'> {
  constructor(private readonly ctx: HostContext, readonly form: FormRecord, readonly itemId: number, readonly value: AnswerValue) {}

  getItem(): LocalItem {
    const item = this.form.items.find((i) => i.id === this.itemId);
    if (!item) throw new Error('The item of this response has been deleted.');
    return new LocalItem(this.ctx, this.form, item).handle;
  }

  /** Google: a String for most items, a String[] for a checkbox item. */
  getResponse(): string | string[] {
    return Array.isArray(this.value) ? [...this.value] : this.value;
  }
}

type ResponseMethods = 'getId' | 'getRespondentEmail' | 'getEditResponseUrl' | 'withItemResponse' | 'toPrefilledUrl';

/** FormResponse: one person's submitted answers. */
export class LocalFormResponse implements Faithful<GoogleAppsScript.Forms.FormResponse, ResponseMethods> {
  constructor(private readonly ctx: HostContext, private readonly form: FormRecord, readonly record: ResponseRecord) {}

  getId(): string {
    return this.record.id;
  }

  getTimestamp(): Date {
    return new Date(this.record.timestamp);
  }

  getRespondentEmail(): string {
    return this.record.respondentEmail;
  }

  getEditResponseUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform?edit2=${this.record.id}`;
  }

  /**
   * Adds (or replaces) the answer to one question (developers.google.com/apps-script/reference/forms/form-response#withItemResponse(ItemResponse)).
   * The docs are silent on an answer to another form's question: refused here, the stricter choice.
   */
  withItemResponse(response: GoogleAppsScript.Forms.ItemResponse | LocalItemResponse): LocalFormResponse {
    if (!(response instanceof LocalItemResponse) || response.form !== this.form) throw new Error('The item response is not for a question of this form.');
    this.record.answers = [...this.record.answers.filter((a) => a.itemId !== response.itemId), { itemId: response.itemId, value: response.value }];
    return this;
  }

  /**
   * The form's URL with these answers filled in (developers.google.com/apps-script/reference/forms/form-response#toPrefilledUrl()):
   * `viewform?usp=pp_url&entry.<id>=<answer>`, which the host's form simulation opens (submitPrefilledUrl). On Google the
   * entry ids are not the items' ids: code must take them from the URL, never compute them.
   */
  toPrefilledUrl(): string {
    const entries = this.record.answers.filter((a) => !isBlankAnswer(a.value))
      .flatMap((a) => (Array.isArray(a.value) ? a.value : [a.value]).map((value) => `&entry.${prefilledEntryId(a.itemId)}=${encodeURIComponent(value)}`));
    return `https://docs.google.com/forms/d/e/${this.form.publishedId}/viewform?usp=pp_url${entries.join('')}`;
  }

  /** Google: the answers given, in item order; unanswered items are left out. */
  getItemResponses(): LocalItemResponse[] {
    const order = new Map(this.form.items.map((item, index) => [item.id, index]));
    return [...this.record.answers]
      .filter((a) => order.has(a.itemId) && !isBlankAnswer(a.value))
      .sort((a, b) => order.get(a.itemId)! - order.get(b.itemId)!)
      .map((a) => counted('ItemResponse', new LocalItemResponse(this.ctx, this.form, a.itemId, a.value), this.ctx.calls));
  }
}

/** The host's entry id of an item in a pre-filled URL: another number than the item's id, as on Google. */
export function prefilledEntryId(itemId: number): number {
  return itemId * 7 + 3;
}

export function isBlankAnswer(value: AnswerValue): boolean {
  return Array.isArray(value) ? value.length === 0 : value.trim() === '';
}

type FormMethods =
  | 'getId' | 'getTitle' | 'setTitle' | 'getDescription' | 'setDescription' | 'getDestinationId'
  | 'removeDestination' | 'getPublishedUrl' | 'getEditUrl' | 'isAcceptingResponses' | 'setAcceptingResponses';

/** What the host does when a form's destination changes (Forms makes a "Form Responses N" sheet at once). */
export interface SpreadsheetLookup {
  listSpreadsheets(): { id: string; name: string }[];
  /** Makes the "Form Responses N" sheet for a newly linked form; returns its sheet id. Absent in bare tests. */
  linkFormResponses?(spreadsheetId: string, questionTitles: string[]): number;
}

/** isPublished and setPublished are outside Faithful: @types/google-apps-script does not have them yet (formPublishing.d.ts adds them). */
export class LocalForm implements Faithful<GoogleAppsScript.Forms.Form, FormMethods> {
  readonly handle: LocalForm;

  constructor(private readonly ctx: HostContext, private readonly spreadsheets: SpreadsheetLookup, readonly record: FormRecord) {
    this.handle = counted('Form', this, ctx.calls);
  }

  getId(): string {
    return this.record.id;
  }

  getTitle(): string {
    return this.record.title;
  }

  setTitle(title: string): LocalForm {
    this.record.title = String(title);
    return this.handle;
  }

  getDescription(): string {
    return this.record.description;
  }

  setDescription(description: string): LocalForm {
    this.record.description = String(description);
    return this.handle;
  }

  isAcceptingResponses(): boolean {
    return isTakingResponses(this.record);
  }

  setAcceptingResponses(enabled: boolean): LocalForm {
    this.record.acceptingResponses = Boolean(enabled);
    return this.handle;
  }

  /** developers.google.com/apps-script/reference/forms/form#ispublished */
  isPublished(): boolean {
    return this.record.published !== false;
  }

  /**
   * developers.google.com/workspace/forms/api/guides/publish-form: "form.setPublished(true);
   * Publish the form. This also enables accepting responses"; unpublishing stops them
   * ("If is_published is set to false, [isAcceptingResponses] is forced to false").
   */
  setPublished(enabled: boolean): LocalForm {
    this.record.published = Boolean(enabled);
    this.record.acceptingResponses = Boolean(enabled);
    return this.handle;
  }

  addTextItem(): LocalQuestionItem {
    return new LocalQuestionItem(this.ctx, this.record, this.addItem('TEXT'), 'TextItem').handle;
  }

  addParagraphTextItem(): LocalQuestionItem {
    return new LocalQuestionItem(this.ctx, this.record, this.addItem('PARAGRAPH_TEXT'), 'ParagraphTextItem').handle;
  }

  /** A new choice item has one empty choice (gas-fakes' live-checked "A new multiple choice item should have one choice by default"). */
  addMultipleChoiceItem(): LocalChoiceItem {
    return new LocalChoiceItem(this.ctx, this.record, this.addItem('MULTIPLE_CHOICE', ['']), 'MultipleChoiceItem').handle;
  }

  addCheckboxItem(): LocalChoiceItem {
    return new LocalChoiceItem(this.ctx, this.record, this.addItem('CHECKBOX', ['']), 'CheckboxItem').handle;
  }

  /** Google's default scale runs from 1 to 5. */
  addScaleItem(): LocalScaleItem {
    return new LocalScaleItem(this.ctx, this.record, this.addItem('SCALE'), 'ScaleItem').handle;
  }

  /** Outside `Faithful`: the local Item implements only the methods listed on LocalItem. */
  getItems(): LocalItem[] {
    return this.record.items.map((item) => new LocalItem(this.ctx, this.record, item).handle);
  }

  setDestination(type: GoogleAppsScript.Forms.DestinationType, id: string): LocalForm {
    if (String(type) !== 'SPREADSHEET') throw new Error(`Invalid argument: type (${String(type)})`);
    if (!this.spreadsheets.listSpreadsheets().some((s) => s.id === id)) throw new Error(NO_ITEM_WITH_ID);
    if (this.record.destinationId === id && this.record.destinationSheetId != null) return this.handle;
    this.record.destinationId = id;
    this.record.destinationSheetId = this.spreadsheets.linkFormResponses?.(id, this.record.items.map((i) => i.title)) ?? null;
    return this.handle;
  }

  /** Google throws when there is no destination. */
  getDestinationId(): string {
    if (this.record.destinationId === null) throw new Error('This form does not currently have a response destination.');
    return this.record.destinationId;
  }

  getDestinationType(): GoogleAppsScript.Forms.DestinationType {
    if (this.record.destinationId === null) throw new Error('This form does not currently have a response destination.');
    return localDestinationType.SPREADSHEET as unknown as GoogleAppsScript.Forms.DestinationType;
  }

  /** Google: the sheet keeps the responses it has; later ones are no longer written to it. */
  removeDestination(): LocalForm {
    this.record.destinationId = null;
    this.record.destinationSheetId = null;
    return this.handle;
  }

  /** Google: every response, oldest first; with a timestamp, those submitted at or after it. */
  getResponses(timestamp?: Date): LocalFormResponse[] {
    const since = timestamp ? timestamp.getTime() : -Infinity;
    return (this.record.responses ?? [])
      .filter((r) => r.timestamp >= since)
      .sort((a, b) => a.timestamp - b.timestamp)
      .map((r) => counted('FormResponse', new LocalFormResponse(this.ctx, this.record, r), this.ctx.calls));
  }

  /** A new response, not submitted: to pre-fill a URL with (developers.google.com/apps-script/reference/forms/form#createResponse()). */
  createResponse(): LocalFormResponse {
    const draft: ResponseRecord = { id: '', timestamp: this.ctx.now().getTime(), respondentEmail: '', answers: [], destinationRow: null };
    return counted('FormResponse', new LocalFormResponse(this.ctx, this.record, draft), this.ctx.calls);
  }

  /** Google throws when there is no response with this id. */
  getResponse(responseId: string): LocalFormResponse {
    const found = (this.record.responses ?? []).find((r) => r.id === responseId);
    if (!found) throw new Error(`No response with ID ${responseId} exists for this form.`);
    return counted('FormResponse', new LocalFormResponse(this.ctx, this.record, found), this.ctx.calls);
  }

  getPublishedUrl(): string {
    return `https://docs.google.com/forms/d/e/${this.record.publishedId}/viewform`;
  }

  getEditUrl(): string {
    return `https://docs.google.com/forms/d/${this.record.id}/edit`;
  }

  private addItem(type: ItemTypeName, choices: string[] = []): ItemRecord {
    const item: ItemRecord = {
      id: this.nextItemId(), type, title: '', helpText: '', required: false, choices,
      lowerBound: 1, upperBound: 5, lowerLabel: '', upperLabel: '',
    };
    this.record.items.push(item);
    return item;
  }

  /** Item ids are integers, unique within the form. */
  private nextItemId(): number {
    return this.record.items.reduce((max, item) => Math.max(max, item.id), 1000000) + 1;
  }
}

/** FormApp: forms kept in memory, with their responses (submitted by the host: see formSubmissions.ts). */
export class LocalFormApp implements Faithful<GoogleAppsScript.Forms.FormApp, 'create' | 'openById' | 'openByUrl'> {
  readonly ItemType = localItemType as unknown as typeof GoogleAppsScript.Forms.ItemType;
  readonly DestinationType = localDestinationType as unknown as typeof GoogleAppsScript.Forms.DestinationType;
  private forms = new Map<string, FormRecord>();

  constructor(private readonly ctx: HostContext, private readonly spreadsheets: SpreadsheetLookup) {}

  /**
   * A new form is a Drive file named after the title (gas-fakes' live-checked "create() should set
   * the file name in Drive"), and unpublished: "forms created by the API after June 30, 2026 will be
   * created in an unpublished state. You must publish the forms before they can accept responses"
   * (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms). Until that date
   * Google published them; the host models what holds from then on.
   */
  create(title: string): LocalForm {
    const record: FormRecord = {
      id: this.ctx.newId('form-'), publishedId: this.ctx.newId('published-'), title: String(title), description: '',
      items: [], destinationId: null, acceptingResponses: true, published: false, fileName: String(title),
    };
    this.forms.set(record.id, record);
    return new LocalForm(this.ctx, this.spreadsheets, record).handle;
  }

  openById(id: string): LocalForm {
    const record = this.forms.get(id);
    if (!record) throw new Error(NO_ITEM_WITH_ID);
    return new LocalForm(this.ctx, this.spreadsheets, record).handle;
  }

  /** Google accepts the edit URL or the published (viewform) URL of a form; anything else is "Invalid argument: url" (gas-fakes' live-checked "openByUrl() should throw on invalid URL"). */
  openByUrl(url: string): LocalForm {
    const text = String(url);
    const edit = /\/forms\/d\/([^/?#]+)\/(?:edit|viewform)/.exec(text);
    const published = /\/forms\/d\/e\/([^/?#]+)\//.exec(text);
    if (!edit && !published) throw new Error('Invalid argument: url');
    const record = published
      ? [...this.forms.values()].find((f) => f.publishedId === published[1])
      : edit && edit[1] !== 'e' ? this.forms.get(edit[1]!) : undefined;
    if (!record) throw new Error(NO_ITEM_WITH_ID);
    return new LocalForm(this.ctx, this.spreadsheets, record).handle;
  }

  /** Google: the form a script is bound to; a spreadsheet's add-on is bound to no form. */
  getActiveForm(): LocalForm | null {
    return null;
  }

  /** Host: the live record of a form, for the response machinery. */
  formRecord(id: string): FormRecord | undefined {
    return this.forms.get(id);
  }

  /** Host: the forms as Drive files (Drive keeps their names apart from their titles). */
  listFormFiles(): { id: string; name: string }[] {
    return [...this.forms.values()].map((f) => ({ id: f.id, name: f.fileName ?? f.title }));
  }

  renameFormFile(id: string, name: string): void {
    const record = this.forms.get(id);
    if (record) record.fileName = name;
  }

  /** Host: every form, for the playground and the response machinery. */
  listForms(): FormRecord[] {
    return [...this.forms.values()].map((f) => structuredClone(f));
  }

  exportState(): { forms: FormRecord[] } {
    return { forms: this.listForms() };
  }

  importState(state: unknown): void {
    this.forms = new Map((state as { forms: FormRecord[] }).forms.map((f) => [f.id, structuredClone(f)]));
  }
}
