import { LocalHost } from '../../src/local/localHost';
import { editFormResponse, fireBlankFormSubmit, redeliverFormResponse, submitFormResponse } from '../../src/local/formSubmissions';
import type { LocalRange } from '../../src/local/services/spreadsheet/localRange';

/**
 * Google Forms with a spreadsheet destination, as the local host models it:
 * https://developers.google.com/apps-script/reference/forms/form-response and the Sheets
 * form-submit event (https://developers.google.com/apps-script/guides/triggers/events).
 */
interface SeenEvent {
  authMode: string;
  triggerUid: string;
  values: string[];
  namedValues: Record<string, string[]>;
  range: LocalRange;
}

function setup() {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z'), scopes: null });
  const spreadsheetId = host.createSpreadsheet('Customers');
  const seen: SeenEvent[] = [];
  host.bindEntryPoints({ onFormSubmit: (e: SeenEvent) => (seen.push(e), e.range.getRow()) });
  const formApp = host.formApp;
  const form = formApp.create('Sign up');
  form.addTextItem().setTitle('Name');
  form.addTextItem().setTitle('Phone');
  form.addScaleItem().setTitle('Recommend').setBounds(0, 10);
  form.addCheckboxItem().setTitle('Topics').setChoiceValues(['News', 'Offers']);
  form.setDestination(formApp.DestinationType.SPREADSHEET, spreadsheetId);
  // A new form starts unpublished and takes no responses until published.
  form.setPublished(true);
  const trigger = host.scriptApp.newTrigger('onFormSubmit').forSpreadsheet(spreadsheetId).onFormSubmit().create();
  const sheet = () => host.spreadsheetApp.getSpreadsheetModel(spreadsheetId)!.getSheetByName('Form Responses 1')!;
  return { host, form, seen, sheet, triggerId: trigger.getUniqueId() };
}

describe('form responses with a spreadsheet destination', () => {
  it('linking makes a "Form Responses 1" sheet with Timestamp and one column per question', () => {
    const { sheet } = setup();
    expect(sheet().getRange(1, 1, 1, 5).getValues()[0]).toEqual(['Timestamp', 'Name', 'Phone', 'Recommend', 'Topics']);
    expect(sheet().getIndex()).toBe(1);
  });

  it('a submission is stored with the form, appended to the sheet, and fires onFormSubmit with the real event', () => {
    const { host, form, seen, sheet, triggerId } = setup();
    const result = submitFormResponse(host, form.getId(), { Name: 'Ana', Phone: '+77011234567', Recommend: '9', Topics: ['News', 'Offers'] }, 'ana@example.com');
    expect(result.row).toBe(2);
    expect(result.handlerResults).toEqual([2]);
    const row = sheet().getRange(2, 1, 1, 5).getValues()[0]!;
    expect(row[0]).toEqual(new Date('2026-11-23T09:30:00Z'));
    expect(row.slice(1)).toEqual(['Ana', '+77011234567', 9, 'News, Offers']);
    const [event] = seen;
    expect(event!.authMode).toBe('FULL');
    expect(event!.triggerUid).toBe(triggerId);
    expect(event!.values).toEqual(['11/23/2026 9:30:00', 'Ana', '+77011234567', '9', 'News, Offers']);
    expect(event!.namedValues).toEqual({ Timestamp: ['11/23/2026 9:30:00'], Name: ['Ana'], Phone: ['+77011234567'], Recommend: ['9'], Topics: ['News, Offers'] });
    expect(event!.range.getA1Notation()).toBe('A2:E2');

    const response = form.getResponse(result.responseId);
    expect(response.getRespondentEmail()).toBe('ana@example.com');
    expect(response.getTimestamp()).toEqual(new Date('2026-11-23T09:30:00Z'));
    expect(response.getItemResponses().map((r) => [r.getItem().getTitle(), r.getResponse()])).toEqual([
      ['Name', 'Ana'], ['Phone', '+77011234567'], ['Recommend', '9'], ['Topics', ['News', 'Offers']],
    ]);
    expect(response.getEditResponseUrl()).toContain(result.responseId);
    expect(form.getResponses().map((r) => r.getId())).toEqual([result.responseId]);
    expect(() => form.getResponse('nope')).toThrow();
  });

  it('an answer that looks like a formula lands as text', () => {
    const { host, form, sheet } = setup();
    submitFormResponse(host, form.getId(), { Name: '=HYPERLINK("x")' });
    expect(sheet().getRange(2, 2).getValue()).toBe('=HYPERLINK("x")');
    expect(sheet().getRange(2, 2).getFormula()).toBe('');
  });

  it('an edit rewrites the same row and fires again with only the changed answers', () => {
    const { host, form, seen, sheet } = setup();
    const first = submitFormResponse(host, form.getId(), { Name: 'Ana', Phone: '+77011234567', Recommend: '9' });
    submitFormResponse(host, form.getId(), { Name: 'Bo' });
    host.ctx.advance(60_000);
    const edit = editFormResponse(host, form.getId(), first.responseId, { Phone: '+77019998877' });
    expect(edit.row).toBe(2);
    expect(sheet().getRange(2, 2, 1, 3).getValues()[0]).toEqual(['Ana', '+77019998877', 9]);
    expect(sheet().getLastRow()).toBe(3);
    expect(seen[2]!.values).toEqual(['11/23/2026 9:31:00', '', '+77019998877', '', '']);
    expect(seen[2]!.range.getRow()).toBe(2);
    expect(form.getResponse(first.responseId).getTimestamp()).toEqual(new Date('2026-11-23T09:31:00Z'));
  });

  it('can deliver the same event twice, and a blank event', () => {
    const { host, form, seen } = setup();
    const first = submitFormResponse(host, form.getId(), { Name: 'Ana' });
    redeliverFormResponse(host, form.getId(), first.responseId);
    expect(seen).toHaveLength(2);
    expect(seen[1]!.values).toEqual(seen[0]!.values);
    expect(seen[1]!.range.getRow()).toBe(seen[0]!.range.getRow());
    fireBlankFormSubmit(host, form.getId());
    expect(seen[2]!.values).toEqual(['', '', '', '', '']);
  });

  it('a form without a destination fires nothing; a question added later gets a column at the end', () => {
    const { host, form, seen, sheet } = setup();
    form.addTextItem().setTitle('City');
    submitFormResponse(host, form.getId(), { Name: 'Ana', City: 'Almaty' });
    expect(sheet().getRange(1, 6).getValue()).toBe('City');
    expect(sheet().getRange(2, 6).getValue()).toBe('Almaty');
    form.removeDestination();
    const result = submitFormResponse(host, form.getId(), { Name: 'Bo' });
    expect(result).toMatchObject({ row: null, handlerResults: [] });
    expect(seen).toHaveLength(1);
  });

  it('opens a form by its edit or published URL', () => {
    const { host, form } = setup();
    expect(host.formApp.openByUrl(form.getEditUrl()).getId()).toBe(form.getId());
    expect(host.formApp.openByUrl(form.getPublishedUrl()).getId()).toBe(form.getId());
    expect(() => host.formApp.openByUrl('https://docs.google.com/forms/d/unknown/edit')).toThrow();
    expect(host.formApp.getActiveForm()).toBeNull();
  });
});

describe('ScriptApp.getAuthorizationInfo', () => {
  it('reports REQUIRED with a URL only when the host says the add-on needs new authorisation', () => {
    const host = new LocalHost({ scopes: null });
    const app = host.scriptApp;
    expect(String(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationStatus())).toBe('NOT_REQUIRED');
    expect(app.getAuthorizationInfo(app.AuthMode.FULL).getAuthorizationUrl()).toBeNull();
    app.authorizationRequired = true;
    const info = app.getAuthorizationInfo(app.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(app.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\//);
  });
});

describe('FormApp scopes', () => {
  it('creating or opening a form needs the forms scope; forms.currentonly is not enough', () => {
    const host = new LocalHost({ scopes: ['https://www.googleapis.com/auth/forms.currentonly'] });
    const FormApp = host.globals().FormApp as typeof host.formApp;
    expect(() => FormApp.create('F')).toThrow(/Specified permissions are not sufficient to call FormApp.create/);
    expect(() => FormApp.openByUrl('https://docs.google.com/forms/d/x/edit')).toThrow(/not sufficient/);
    expect(FormApp.getActiveForm()).toBeNull();
  });
});
