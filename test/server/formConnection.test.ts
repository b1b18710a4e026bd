import type { FormPanel } from '../../src/server/capture/formConnection';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { formTemplate } from '../../src/core/forms/formTemplate';
import { addonHost } from '../support/addonHost';

function formSubmitTriggers(host: ReturnType<typeof addonHost>) {
  return host.scriptApp.listTriggers().filter((t) => t.eventType === 'ON_FORM_SUBMIT');
}

describe('Connect a Google Form', () => {
  it('is on the add-on menu and opens the sidebar on the form panel', () => {
    const host = addonHost();
    host.openDocument();
    const items = host.ui.menus.flatMap((menu) => menu.items.map((item) => ('functionName' in item ? item.functionName : null)));
    expect(items).toContain('showFormPanel');
    host.run('showFormPanel');
    expect(host.ui.sidebar?.html).toContain('data-panel="form"');
  });

  it.each(LANGUAGES)('creates Clientele’s form in %s, linked to this spreadsheet, with one trigger', (language) => {
    const host = addonHost();
    host.run('saveSettings', { language, defaultCountry: 'KZ' });
    const message = host.run<string>('createForm');
    const [form] = host.formApp.listForms();
    const template = formTemplate(language);
    expect(form!.title).toBe(template.title);
    expect(form!.items.map((i) => [i.title, i.type])).toEqual(template.questions.map((q) => [
      q.title, { text: 'TEXT', paragraph: 'PARAGRAPH_TEXT', choice: 'MULTIPLE_CHOICE', scale: 'SCALE' }[q.kind],
    ]));
    const scale = form!.items.find((i) => i.type === 'SCALE')!;
    expect([scale.lowerBound, scale.upperBound]).toEqual([0, 10]);
    const consent = form!.items.find((i) => i.type === 'MULTIPLE_CHOICE')!;
    expect(consent.helpText).toBe(template.questions.find((q) => q.target === 'consent')!.helpText);
    expect(form!.destinationId).toBe(host.activeSpreadsheetId());
    expect(host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.getSheetByName('Form Responses 1')).not.toBeNull();
    expect(message).toContain('viewform');
    expect(formSubmitTriggers(host)).toEqual([expect.objectContaining({ handler: 'onFormSubmit', source: 'SPREADSHEETS', sourceId: host.activeSpreadsheetId() })]);

    const panel = host.run<FormPanel>('getFormPanel');
    expect(panel.connected).toMatchObject({ title: template.title, triggerInstalled: true });
    // The Customer ID question feeds no field: the capture reads it to update that customer.
    expect(panel.connected!.questions.map((q) => q.target)).toEqual(template.questions.map((q) => (q.target === 'customerId' ? null : q.target)));
  });

  it('never installs a second trigger: connecting twice, linking, a trigger made twice by hand', () => {
    const host = addonHost();
    host.run('createForm');
    host.run('createForm');
    expect(formSubmitTriggers(host)).toHaveLength(1);
    const other = host.formApp.create('Walk-in survey');
    other.addTextItem().setTitle('Your name');
    expect(host.run('linkForm', other.getEditUrl())).toMatchObject({ ok: true });
    expect(formSubmitTriggers(host)).toHaveLength(1);
    host.scriptApp.newTrigger('onFormSubmit').forSpreadsheet(host.activeSpreadsheetId()!).onFormSubmit().create();
    host.run('linkForm', other.getPublishedUrl());
    expect(formSubmitTriggers(host)).toHaveLength(1);
  });

  it('links an existing form by its link, recognises its questions, and saves the user’s mapping', () => {
    const host = addonHost();
    const form = host.formApp.create('Анкета');
    form.addTextItem().setTitle('Ваше имя');
    form.addTextItem().setTitle('Номер телефона');
    form.addTextItem().setTitle('Любимый цвет');
    const result = host.run<{ ok: boolean; message: string }>('linkForm', form.getPublishedUrl());
    expect(result.ok).toBe(true);
    expect(form.getDestinationId()).toBe(host.activeSpreadsheetId());
    let panel = host.run<FormPanel>('getFormPanel');
    expect(panel.connected!.questions).toEqual([
      { title: 'Ваше имя', target: 'name', chosen: false },
      { title: 'Номер телефона', target: 'phone', chosen: false },
      { title: 'Любимый цвет', target: null, chosen: false },
    ]);
    host.run('saveFormMapping', { 'Любимый цвет': 'notes', 'Номер телефона': 'ignore', 'Ваше имя': 'not-a-field' });
    panel = host.run<FormPanel>('getFormPanel');
    expect(panel.connected!.questions.map((q) => [q.target, q.chosen])).toEqual([['name', false], [null, true], ['notes', true]]);
    expect(panel.targets.map((t) => t.value)).toEqual(expect.arrayContaining(['name', 'email', 'phone', 'consent', 'score', 'comment']));
  });

  it('says so when the link is not a form, and changes nothing', () => {
    const host = addonHost();
    expect(host.run('linkForm', 'https://example.com/nothing')).toEqual({ ok: false, message: expect.stringContaining('No form found') });
    expect(formSubmitTriggers(host)).toHaveLength(0);
    expect(host.run<FormPanel>('getFormPanel').connected).toBeNull();
  });

  it('disconnecting removes the trigger; connecting again installs one', () => {
    const host = addonHost();
    host.run('createForm');
    host.run('disconnectForm');
    expect(formSubmitTriggers(host)).toHaveLength(0);
    expect(host.run<FormPanel>('getFormPanel').connected).toBeNull();
    host.run('createForm');
    expect(formSubmitTriggers(host)).toHaveLength(1);
  });
});
