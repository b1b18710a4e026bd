/**
 * Forms created through Apps Script after 30 June 2026 start unpublished and take no responses
 * until published (developers.google.com/workspace/forms/api/guides/api-changes-to-google-forms).
 * Clientele publishes the form it creates; a form the user links stays theirs to publish, and
 * Clientele says when it is not, with how to publish it, in the user's language.
 */
import type { FormPanel } from '../../src/server/capture/formConnection';
import { FORM_NOT_PUBLISHED, submitFormResponse } from '../../src/local/formSubmissions';
import { LANGUAGES } from '../../src/core/i18n/languages';
import { messagesFor } from '../../src/core/i18n/messages';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import { addonHost, sheetValues } from '../support/addonHost';

describe('forms published', () => {
  it('publishes the form it creates, so the first response becomes a customer', () => {
    const host = addonHost();
    host.run('createForm');
    const [record] = host.formApp.listForms();
    const form = host.formApp.openById(record!.id);
    expect([form.isPublished(), form.isAcceptingResponses()]).toEqual([true, true]);
    expect(host.run<FormPanel>('getFormPanel').connected).toMatchObject({ published: true });
    const [name, email] = record!.items;
    submitFormResponse(host, record!.id, { [name!.title]: 'Dana', [email!.title]: 'dana@example.com' });
    expect(sheetValues(host, 'Customers').flat()).toContain('dana@example.com');
  });

  it.each(LANGUAGES)('links an unpublished form and says, in %s, that it takes no responses and how to publish it', (language) => {
    const host = addonHost();
    host.run('saveSettings', { language, defaultCountry: 'KZ' });
    const form = host.formApp.create('Walk-in survey');
    form.addTextItem().setTitle('Your name');
    const result = host.run<{ ok: boolean; message: string }>('linkForm', form.getEditUrl());
    const text = messagesFor(language);
    expect(result).toEqual({ ok: true, message: formatMessage(text.formLinkedNotPublished, { title: 'Walk-in survey', url: form.getEditUrl() }) });
    expect(result.message).toContain(form.getEditUrl());
    expect(host.run<FormPanel>('getFormPanel').connected).toMatchObject({ published: false, editUrl: form.getEditUrl() });
    expect(() => submitFormResponse(host, form.getId(), { 'Your name': 'Ana' })).toThrow(FORM_NOT_PUBLISHED);
  });

  it('leaves the user’s form unpublished, and the panel follows once the owner publishes it', () => {
    const host = addonHost();
    const form = host.formApp.create('Walk-in survey');
    form.addTextItem().setTitle('Your name');
    host.run('linkForm', form.getPublishedUrl());
    expect(form.isPublished()).toBe(false);
    form.setPublished(true);
    expect(host.run<FormPanel>('getFormPanel').connected).toMatchObject({ published: true });
    expect(host.run<{ message: string }>('linkForm', form.getEditUrl()).message).toBe(
      formatMessage(messagesFor('en').formLinked, { title: 'Walk-in survey' }),
    );
  });
});
