/**
 * dist/Code.js, as clasp pushes it, against the host's publish state of forms: forms created
 * after 30 June 2026 start unpublished and take no responses until published
 * (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
 */
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { LocalHost } from '../../src/local/localHost';
import { FORM_NOT_PUBLISHED, submitFormResponse } from '../../src/local/formSubmissions';
import type { FormPanel } from '../../src/server/capture/formConnection';

function builtHost(): LocalHost {
  const host = new LocalHost({ now: new Date('2026-11-23T09:30:00Z') });
  loadBuiltAddon(host);
  host.createSpreadsheet('Artifact test');
  return host;
}

describe('dist/Code.js and unpublished forms', () => {
  it('publishes the form it creates, and its first response reaches the customer sheet', () => {
    const host = builtHost();
    host.run('createForm');
    const [record] = host.formApp.listForms();
    expect(host.formApp.openById(record!.id).isPublished()).toBe(true);
    const [name, email] = record!.items;
    expect(submitFormResponse(host, record!.id, { [name!.title]: 'Dana', [email!.title]: 'dana@example.com' }).handlerResults).toHaveLength(1);
    const customers = host.spreadsheetApp.getSpreadsheetModel(host.activeSpreadsheetId()!)!.sheetNamed('Customers')!;
    expect(customers.getDataRange().getValues().flat()).toContain('dana@example.com');
  });

  it('says that a linked form is not published, with its edit link, and shows it on the panel', () => {
    const host = builtHost();
    const form = host.formApp.create('Walk-in survey');
    form.addTextItem().setTitle('Your name');
    const result = host.run<{ ok: boolean; message: string }>('linkForm', form.getEditUrl());
    expect(result.ok).toBe(true);
    expect(result.message).toContain('not published');
    expect(result.message).toContain(form.getEditUrl());
    expect(host.run<FormPanel>('getFormPanel').connected).toMatchObject({ published: false });
    expect(() => submitFormResponse(host, form.getId(), { 'Your name': 'Ana' })).toThrow(FORM_NOT_PUBLISHED);
  });
});
