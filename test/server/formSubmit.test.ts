import { formTemplate, type QuestionTarget } from '../../src/core/forms/formTemplate';
import { LANGUAGES, type Language } from '../../src/core/i18n/languages';
import { DEFAULT_HEADERS } from '../../src/core/headerRoles';
import { RESPONSES_SHEET_NAMES } from '../../src/core/responses/responseColumns';
import { editFormResponse, fireBlankFormSubmit, redeliverFormResponse, submitFormResponse } from '../../src/local/formSubmissions';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT, type LocalHost } from '../../src/local/localHost';
import { addonHost, putTable, sheetValues } from '../support/addonHost';
import { anotherExecutionHolds } from '../support/locks';

/** A host whose user connected Clientele's form in `language`; answers are given by question target. */
function connected(language: Language = 'en') {
  const host = addonHost();
  host.run('saveSettings', { language, defaultCountry: 'KZ' });
  host.run('createForm');
  const formId = host.formApp.listForms()[0]!.id;
  const template = formTemplate(language);
  const submit = submitterTo(host, formId, language);
  const edit = (responseId: string, answers: Partial<Record<QuestionTarget, string>>) =>
    editFormResponse(host, formId, responseId, byTitle(template, answers));
  return { host, formId, template, submit, edit, language };
}

function byTitle(template: ReturnType<typeof formTemplate>, answers: Partial<Record<QuestionTarget, string>>): Record<string, string> {
  const titleOf = (target: QuestionTarget) => template.questions.find((q) => q.target === target)!.title;
  return Object.fromEntries(Object.entries(answers).map(([target, value]) => [titleOf(target as QuestionTarget), value!]));
}

function submitterTo(host: LocalHost, formId: string, language: Language = 'en') {
  return (answers: Partial<Record<QuestionTarget, string>>) => submitFormResponse(host, formId, byTitle(formTemplate(language), answers));
}

function customers(host: LocalHost, language: Language = 'en') {
  const [header, ...rows] = sheetValues(host, customerSheetName(host));
  const column = (field: 'id' | 'name' | 'email' | 'phone' | 'consent' | 'source') => header!.indexOf(DEFAULT_HEADERS[language][field]);
  return rows.map((row) => ({ id: row[column('id')], name: row[column('name')], email: row[column('email')], phone: row[column('phone')], consent: row[column('consent')] }));
}

/** The sheet set-up chose (its name is in the user's language). */
function customerSheetName(host: LocalHost): string {
  const settings = JSON.parse(host.propertiesService.getDocumentProperties()!.getProperty('clientele.settings') ?? '{}') as { customerSheet?: string };
  if (!settings.customerSheet) throw new Error('No customer sheet was set up.');
  return settings.customerSheet;
}

function responses(host: LocalHost, language: Language = 'en') {
  return sheetValues(host, RESPONSES_SHEET_NAMES[language]).slice(1);
}

describe('onFormSubmit: a form response becomes a customer', () => {
  it('the trigger names a top-level function of the built dist/Code.js', () => {
    const { host } = connected();
    expect(host.scriptApp.listTriggers().map((t) => t.handler)).toEqual(['onFormSubmit']);
    const code = readFileSync(path.join(PROJECT_ROOT, 'dist', 'Code.js'), 'utf8');
    expect(code).toMatch(/^function onFormSubmit\(/m);
  });

  it.each(LANGUAGES)('%s: a submission creates the customer and its answer lands on the Responses sheet', (language) => {
    const { host, submit } = connected(language);
    const result = submit({ name: 'Aida Sarsenova', email: 'aida@example.kz', phone: '+77011234567', consent: formTemplate(language).questions[3]!.choices![0]!, score: '9', comment: 'Fast' });
    expect(result.handlerResults).toEqual([expect.objectContaining({ kind: 'created' })]);
    expect(customers(host, language)).toEqual([expect.objectContaining({ name: 'Aida Sarsenova', email: 'aida@example.kz' })]);
    expect(customers(host, language)[0]).toMatchObject({ id: 'C-000001', phone: '+77011234567' });
    const answers = responses(host, language);
    expect(answers).toHaveLength(1);
    expect(answers[0]).toEqual(expect.arrayContaining([9, 'Fast']));
  });

  it('the same response delivered twice leaves one customer and one Responses row', () => {
    const { host, formId, submit } = connected();
    const first = submit({ name: 'Ana Lee', email: 'ana@example.com', score: '10' });
    const again = redeliverFormResponse(host, formId, first.responseId);
    expect(again).toEqual([expect.objectContaining({ kind: 'duplicate-delivery' })]);
    expect(customers(host)).toHaveLength(1);
    expect(responses(host)).toHaveLength(1);
  });

  it('a response whose trigger gave up waiting for the lock is captured by the next one, once', () => {
    const { host, submit } = connected();
    submit({ name: 'Ana Lee', email: 'ana@example.com', score: '9' });
    // Another execution holds this spreadsheet's lock past the trigger's wait: that trigger fails, as it would on Google.
    const release = anotherExecutionHolds(host, 'document');
    expect(() => submit({ name: 'Bo Chen', email: 'bo@example.com', score: '3' })).toThrow(/Another action is changing this spreadsheet/);
    release();
    expect(customers(host).map((c) => c.name)).toEqual(['Ana Lee']);

    const next = submit({ name: 'Cy Wu', email: 'cy@example.com' });
    expect(next.handlerResults).toEqual([expect.objectContaining({ kind: 'created', customerId: 'C-000003' })]);
    expect(customers(host).map((c) => c.name)).toEqual(['Ana Lee', 'Bo Chen', 'Cy Wu']);
    submit({ name: 'Di Ma', email: 'di@example.com' });
    expect(customers(host).map((c) => c.name)).toEqual(['Ana Lee', 'Bo Chen', 'Cy Wu', 'Di Ma']);
    expect(responses(host).map((row) => row[2])).toEqual([9, 3]);
  });

  it('a blank event is ignored', () => {
    const { host, formId, submit } = connected();
    submit({ name: 'Ana Lee', email: 'ana@example.com' });
    expect(fireBlankFormSubmit(host, formId)).toEqual([{ kind: 'ignored-blank' }]);
    expect(customers(host)).toHaveLength(1);
  });

  it('an edited response updates the same customer, not a new one', () => {
    const { host, submit, edit } = connected();
    const first = submit({ name: 'Ana Lee', email: 'ana@example.com', phone: '+77011234567', score: '6' });
    submit({ name: 'Bo Chen', email: 'bo@example.com' });
    const [ana] = customers(host);
    const edited = edit(first.responseId, { phone: '+77019998877', score: '9' });
    expect(edited.handlerResults).toEqual([expect.objectContaining({ kind: 'updated', customerId: ana!.id })]);
    const after = customers(host);
    expect(after).toHaveLength(2);
    expect(after[0]).toMatchObject({ id: ana!.id, name: 'Ana Lee', phone: '+77019998877' });
    expect(responses(host).filter((row) => row.includes(9) || row.includes(6))).toHaveLength(1);
  });

  it('a second submission by the same person updates their customer', () => {
    const { host, submit } = connected();
    submit({ name: 'Ana Lee', email: 'ana@example.com' });
    submit({ name: 'Ana Lee', email: 'ana@example.com', phone: '+77011234567' });
    expect(customers(host)).toEqual([expect.objectContaining({ email: 'ana@example.com', phone: '+77011234567' })]);
  });

  it.each(['en', 'fa'] as const)('%s: consent given on the form, then withdrawn by answering No in a later response', (language) => {
    const { host, submit } = connected(language);
    const [yes, no] = formTemplate(language).questions.find((q) => q.target === 'consent')!.choices!;
    submit({ name: 'Ana Lee', email: 'ana@example.com', consent: yes! });
    expect(customers(host, language)[0]!.consent).toBe(true);
    submit({ name: 'Ana Lee', email: 'ana@example.com', consent: no! });
    expect(customers(host, language)).toEqual([expect.objectContaining({ email: 'ana@example.com', consent: false })]);
  });

  it('connecting before any customer sheet exists sets one up, so the form’s responses sheet is never taken for it', () => {
    const { host, submit, template } = connected();
    submit({ name: 'Ana Lee', email: 'ana@example.com' });
    const formSheet = sheetValues(host, 'Form Responses 1');
    // Exactly the form's questions: set-up never added its columns (Created, Updated…) to the responses sheet.
    expect(formSheet[0]).toEqual(['Timestamp', ...template.questions.map((q) => q.title)]);
    expect(customerSheetName(host)).not.toBe('Form Responses 1');
    expect(customers(host)).toHaveLength(1);
  });
});

// https://developers.google.com/apps-script/reference/lock/lock-service#getDocumentLock(): a document lock
// excludes executions "in the context of" the same document only; the script lock excludes every one.
describe('locks: captures wait for their own spreadsheet only', () => {
  function twoShops() {
    const first = connected();
    const firstId = first.host.activeSpreadsheetId()!;
    first.host.createSpreadsheet('Second shop');
    first.host.run('createForm');
    const secondForm = first.host.formApp.listForms().find((form) => form.id !== first.formId)!.id;
    return { ...first, firstId, secondId: first.host.activeSpreadsheetId()!, submitSecond: submitterTo(first.host, secondForm) };
  }

  it('a capture running in one spreadsheet holds up the next one there, and not one in another spreadsheet', () => {
    const { host, firstId, secondId, submit, submitSecond } = twoShops();
    const release = anotherExecutionHolds(host, 'document', firstId);
    const before = host.ctx.now().getTime();
    expect(submitSecond({ name: 'Bo Chen', email: 'bo@example.com' }).handlerResults).toEqual([expect.objectContaining({ kind: 'created' })]);
    expect(host.ctx.now().getTime()).toBe(before);
    expect(() => submit({ name: 'Ana Lee', email: 'ana@example.com' })).toThrow(/Another action is changing this spreadsheet/);
    release();
    expect(customersOf(host, secondId).map((c) => c.name)).toEqual(['Bo Chen']);
    expect(customersOf(host, firstId)).toEqual([]);
  });

  it('a held script lock holds up no capture', () => {
    const { host, firstId, submit } = twoShops();
    const release = anotherExecutionHolds(host, 'script');
    expect(submit({ name: 'Ana Lee', email: 'ana@example.com' }).handlerResults).toEqual([expect.objectContaining({ kind: 'created' })]);
    release();
    expect(customersOf(host, firstId).map((c) => c.name)).toEqual(['Ana Lee']);
  });
});

function customersOf(host: LocalHost, spreadsheetId: string) {
  const open = host.activeSpreadsheetId()!;
  host.spreadsheetApp.setActiveSpreadsheet(spreadsheetId);
  try {
    return customers(host);
  } finally {
    host.spreadsheetApp.setActiveSpreadsheet(open);
  }
}

describe('cost of one submission', () => {
  function submissionCalls(customerCount: number): Record<string, number> {
    const host = addonHost();
    const rows = Array.from({ length: customerCount }, (_, i) => [`Customer ${i}`, `c${i}@example.com`, `+7701${String(1000000 + i)}`]);
    putTable(host, 'Customers', [['Name', 'Email', 'Phone'], ...rows]);
    host.run('setUpCustomerSheet');
    host.run('createForm');
    const formId = host.formApp.listForms()[0]!.id;
    submitFormResponse(host, formId, { Name: 'Warm Up', Email: 'warm@example.com' });
    host.ctx.calls.reset();
    submitFormResponse(host, formId, { Name: 'Ana Lee', Email: 'ana@example.com', 'How likely are you to recommend us to a friend or colleague?': '9' });
    return host.ctx.calls.snapshot();
  }

  // Both sheets are filled to their last row, so both need the one row a new customer takes.
  it('makes the same service calls with 1,200 or 5,000 customers', () => {
    const small = submissionCalls(1200);
    expect(submissionCalls(5000)).toEqual(small);
    expect(small['Range.getValues']).toBeLessThanOrEqual(12);
  });
});

describe('re-authorisation', () => {
  it('when the add-on needs new authorisation the trigger captures nothing and emails the owner at most once a day', () => {
    const { host, submit } = connected();
    host.scriptApp.authorizationRequired = true;
    expect(submit({ name: 'Ana Lee', email: 'ana@example.com' }).handlerResults).toEqual([null]);
    submit({ name: 'Bo Chen', email: 'bo@example.com' });
    expect(customers(host)).toEqual([]);
    expect(host.mailApp.outbox).toHaveLength(1);
    expect(host.mailApp.outbox[0]).toMatchObject({ to: 'owner@example.com', subject: 'Clientele needs your authorisation again' });
    expect(host.mailApp.outbox[0]!.body).toContain('https://script.google.com/');
    expect(host.mailApp.outbox[0]!.body).not.toContain('ana@example.com');

    // A day later on the host's clock, which is the add-on's.
    host.ctx.advance(24 * 60 * 60_000);
    submit({ name: 'Cy Wu' });
    expect(host.mailApp.outbox).toHaveLength(2);

    // Once authorised again, the next response brings in the ones that waited on the form's sheet.
    host.scriptApp.authorizationRequired = false;
    submit({ name: 'Di Ma', email: 'di@example.com' });
    expect(customers(host).map((c) => c.name)).toEqual(['Ana Lee', 'Bo Chen', 'Cy Wu', 'Di Ma']);
    expect(host.mailApp.outbox).toHaveLength(2);
  });
});
