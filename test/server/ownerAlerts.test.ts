/**
 * The owner's daily digest through the document's scheduler, and the detractor alert from the
 * form-submit trigger: what lands in the host's outbox (MailApp), in which language, and when
 * nothing may be sent (quota used up, no consent, permission not granted).
 */
import { formTemplate } from '../../src/core/forms/formTemplate';
import { messagesFor } from '../../src/core/i18n/messages';
import { submitFormResponse, redeliverFormResponse } from '../../src/local/formSubmissions';
import { manifestScopes, type LocalHost } from '../../src/local/localHost';
import { DAILY_RECIPIENT_QUOTA } from '../../src/local/services/mail';
import { addonHost, putTable } from '../support/addonHost';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const HEADER = ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent', 'Date of birth'];
/** The host's clock starts on 2026-11-23 at 09:30 GMT: a birthday tomorrow. */
const AIDA = ['C-000001', 'Aida', 'aida@example.kz', '+77011234567', 'yes', '1990-11-24'];
const BOB = ['C-000002', 'Bob', 'bob@example.kz', '', 'no', '1991-11-24'];

function shop(rows: unknown[][] = [HEADER, AIDA, BOB], locale = 'en'): LocalHost {
  const host = addonHost({ user: { email: 'owner@example.com', locale } });
  putTable(host, 'Customers', rows as string[][]);
  return host;
}

describe('the daily digest', () => {
  it('arrives once a day at the chosen hour, to the owner, listing only consented customers and the backup status', () => {
    const host = shop();
    const saved = host.run<{ alerts: unknown; scheduler: { installed: boolean } }>('saveOwnerAlerts', { digestHour: 7, detractors: false });
    expect(saved).toEqual({ alerts: { to: 'owner@example.com', language: 'en', digestHour: 7, detractors: false }, scheduler: { installed: true } });
    host.letTimePass(2 * DAY);
    const mails = host.mailApp.outbox;
    expect(mails.map((m) => [m.to, m.at.toISOString().slice(0, 13), m.subject])).toEqual([
      ['owner@example.com', '2026-11-24T07', 'Clientele: your day, 2026-11-24'],
      ['owner@example.com', '2026-11-25T07', 'Clientele: your day, 2026-11-25'],
    ]);
    expect(mails[0]!.body).toContain('2026-11-24 Aida (36)');
    expect(mails[0]!.body).not.toContain('Bob');
    expect(mails[0]!.body).toMatch(/No backup yet\.$/);
  });

  it('is written in the language of whoever set it up, to the address they chose, and stops when turned off', () => {
    const host = shop(undefined, 'fa');
    host.run('saveOwnerAlerts', { digestHour: 8, detractors: false, to: 'manager@example.com' });
    host.letTimePass(DAY);
    expect(host.mailApp.outbox.map((m) => [m.to, m.subject])).toEqual([['manager@example.com', messagesFor('fa').kitDigestSubject.replace('{date}', '2026-11-24')]]);
    expect(host.run('saveOwnerAlerts', { digestHour: null, detractors: false })).toEqual({ alerts: null, scheduler: { installed: true } });
    host.letTimePass(2 * DAY);
    expect(host.mailApp.outbox).toHaveLength(1);
    expect(host.scriptApp.listTriggers().filter((t) => t.eventType === 'CLOCK')).toEqual([]);
  });

  it.each([
    ['an hour outside 0–23', { digestHour: 24, detractors: false }],
    ['an address that is not one', { digestHour: 7, detractors: false, to: 'manager at example' }],
  ])('refuses %s and keeps the setting as it was', (_, form) => {
    const host = shop();
    expect(() => host.run('saveOwnerAlerts', form)).toThrow();
    host.letTimePass(DAY);
    expect(host.mailApp.outbox).toEqual([]);
  });

  it('sends nothing when the day’s email quota is used up, and the scheduler does not fail', () => {
    const host = shop();
    host.run('saveOwnerAlerts', { digestHour: 10, detractors: false });
    for (let i = 0; i < DAILY_RECIPIENT_QUOTA; i += 1) host.mailApp.sendEmail(`c${i}@example.com`, 's', 'b');
    const runs = host.letTimePass(2 * HOUR);
    expect(runs.every((run) => run.error === undefined)).toBe(true);
    expect(host.mailApp.outbox).toHaveLength(DAILY_RECIPIENT_QUOTA);
  });

  it('costs the same service calls for 10 and 2,000 more customers', () => {
    const calls = (more: number) => {
      const host = shop([HEADER, AIDA, BOB, ...Array.from({ length: more }, (_, i) => [`C-${i + 10}`, `N${i}`, `n${i}@example.com`, '', 'yes', '1980-11-24'])]);
      host.run('saveOwnerAlerts', { digestHour: 7, detractors: false });
      host.letTimePass(21 * HOUR);
      host.ctx.calls.reset();
      host.letTimePass(HOUR);
      expect(host.mailApp.outbox).toHaveLength(1);
      return host.ctx.calls.total();
    };
    expect(calls(2_000)).toBe(calls(10));
  });
});

describe('the detractor alert', () => {
  function connected(grantedScopes?: string[]) {
    const host = addonHost({ user: { email: 'owner@example.com', locale: 'en' }, ...(grantedScopes ? { grantedScopes } : {}) });
    host.run('saveSettings', { language: 'en', defaultCountry: 'KZ' });
    host.run('createForm');
    const formId = host.formApp.listForms()[0]!.id;
    const template = formTemplate('en');
    const title = (target: string) => template.questions.find((q) => q.target === target)!.title;
    const [yes, no] = template.questions.find((q) => q.target === 'consent')!.choices!;
    const submit = (name: string, score: string, consent: string | undefined, comment = 'Too slow') =>
      submitFormResponse(host, formId, { [title('name')]: name, [title('email')]: `${name.toLowerCase()}@example.kz`, [title('score')]: score, [title('comment')]: comment, ...(consent ? { [title('consent')]: consent } : {}) });
    return { host, formId, submit, yes: yes!, no: no! };
  }

  it('mails the owner once when a consenting customer answers 0–6, never for 7–10, no consent, or a re-delivery', () => {
    const { host, formId, submit, yes, no } = connected();
    host.run('saveOwnerAlerts', { digestHour: null, detractors: true });
    const first = submit('Dana', '3', yes);
    submit('Erlan', '7', yes);
    submit('Farida', '2', no);
    submit('Gani', '6', undefined);
    redeliverFormResponse(host, formId, first.responseId);
    expect(host.mailApp.outbox.map((m) => [m.to, m.subject])).toEqual([['owner@example.com', 'Clientele: Dana gave a score of 3']]);
    expect(host.mailApp.outbox[0]!.body).toContain('Comment: Too slow');
  });

  it('is off until chosen', () => {
    const { host, submit, yes } = connected();
    submit('Dana', '3', yes);
    expect(host.mailApp.outbox).toEqual([]);
  });

  it('without the mail permission (granular consent) it is not sent and the answer is still captured', () => {
    const { host, submit, yes } = connected(manifestScopes().filter((scope) => !scope.endsWith('script.send_mail')));
    host.run('saveOwnerAlerts', { digestHour: null, detractors: true });
    expect(submit('Ivan', '1', yes).handlerResults).toEqual([expect.objectContaining({ kind: 'created' })]);
    expect(host.mailApp.outbox).toEqual([]);
  });
});
