import fc from 'fast-check';
import { contactKeys, suppressionHash } from '../../../src/core/privacy/suppression';
import { CHANNELS, clearForChannel, contactableOnly, type ContactCandidate, type ContactPolicy } from '../../../src/core/keepInTouch/contactGate';
import { chatLink, composeMessage, customerLanguage, emailFor, MESSAGE_KINDS } from '../../../src/core/keepInTouch/outreach';

const SALT = 'document-salt';
const candidate = (overrides: Partial<ContactCandidate> = {}): ContactCandidate => ({
  id: 'C1', name: 'Aigerim', email: 'aigerim@example.kz', phone: '+7 701 234 5678', consent: true, country: 'KZ', ...overrides,
});
const policy = (suppressed: readonly ContactCandidate[] = []): ContactPolicy => ({
  suppressionSalt: SALT,
  suppressionHashes: new Set(suppressed.flatMap((c) => contactKeys({ emails: [c.email], phones: [c.phone] }, 'KZ').map((key) => suppressionHash(SALT, key)))),
  defaultCountry: 'KZ',
});

const arbitraryCustomer = fc.record({
  id: fc.integer({ min: 1, max: 60 }).map((n) => `C${n}`),
  name: fc.constantFrom('Aigerim', 'Бат', 'مریم', '王芳', ''),
  email: fc.oneof(fc.constant(''), fc.integer({ min: 1, max: 60 }).map((n) => `person${n}@example.com`), fc.constant('not an email')),
  phone: fc.oneof(fc.constant(''), fc.integer({ min: 1_000_000, max: 9_999_999 }).map((n) => `+7 701 ${n}`), fc.constant('call me')),
  consent: fc.constantFrom(true, false, null),
  country: fc.constantFrom('KZ', 'IR', 'MN', null),
});

describe('the contact gate (property: no consent or suppressed means never listed, mailed or linked)', () => {
  it('clears only consenting, unsuppressed customers on every channel, within the quota', () => {
    fc.assert(fc.property(fc.array(arbitraryCustomer, { maxLength: 30 }), fc.array(fc.nat(29), { maxLength: 10 }), fc.nat(20), fc.constantFrom(...CHANNELS), (customers, suppressedAt, quota, channel) => {
      const suppressed: ContactCandidate[] = suppressedAt.flatMap((i) => customers.slice(i, i + 1));
      const thePolicy = policy(suppressed);
      const isSuppressed = (c: ContactCandidate) => suppressed.some((s) => (s.email.includes('@') && s.email === c.email) || (s.phone !== '' && s.phone.replace(/\D/g, '') === c.phone.replace(/\D/g, '') && /\d{7}/.test(s.phone)));
      const { cleared, refused } = clearForChannel(customers, channel, thePolicy, quota);
      for (const contact of cleared) {
        expect(contact.customer.consent).toBe(true);
        expect(isSuppressed(contact.customer)).toBe(false);
        const link = chatLink(contact, composeMessage(contact, 'birthday', { shop: 'Shop' }, 'en'));
        expect(link.length).toBeGreaterThan(0);
      }
      if (channel === 'email') expect(cleared.length).toBeLessThanOrEqual(quota);
      expect(cleared.length + refused.length).toBe(customers.length);
      const listed = contactableOnly(customers.map((customer) => ({ customer })), thePolicy).map((e) => e.customer);
      for (const customer of listed) expect(customer.consent === true && !isSuppressed(customer)).toBe(true);
      for (const customer of customers) if (customer.consent === true && !isSuppressed(customer)) expect(listed).toContain(customer);
    }));
  });

  it.each([
    ['no consent', candidate({ consent: false }), 'noConsent'],
    ['consent not readable', candidate({ consent: null }), 'noConsent'],
    ['no email', candidate({ email: '' }), 'noEmail'],
  ] as const)('refuses a customer with %s and says why', (_name, customer, reason) => {
    expect(clearForChannel([customer], 'email', policy(), 10).refused).toEqual([{ customer, reason }]);
  });

  it('refuses a suppressed customer even when the sheet still says yes, by phone as well as email', () => {
    const gone = candidate({ email: 'other@example.com' });
    const result = clearForChannel([gone], 'whatsapp', policy([candidate({ email: '' })]), 0);
    expect(result.refused.map((r) => r.reason)).toEqual(['suppressed']);
  });

  it('stops at the email quota and names the customers it left for tomorrow', () => {
    const customers = [candidate({ id: 'C1' }), candidate({ id: 'C2', email: 'b@example.com' }), candidate({ id: 'C3', email: 'c@example.com' })];
    const result = clearForChannel(customers, 'email', policy(), 2);
    expect(result.cleared.map((c) => c.customer.id)).toEqual(['C1', 'C2']);
    expect(result.refused.map((r) => [r.customer.id, r.reason])).toEqual([['C3', 'quota']]);
  });
});

describe('messages and click-to-chat links', () => {
  const [contact] = clearForChannel([candidate({ phone: '8 701 234 56 78' })], 'whatsapp', policy(), 0).cleared;

  it('fills every template in every language, with no placeholder left', () => {
    for (const language of ['en', 'ru', 'kk', 'mn', 'fa', 'zh'] as const) {
      for (const kind of MESSAGE_KINDS) {
        const message = composeMessage(contact!, kind, { shop: 'Gul', since: 2019, festival: 'nauryz', lastVisit: '2026-01-05', service: 'check-up', tier: 'Gold', points: 120, link: 'https://docs.google.com/forms/d/e/x/viewform' }, language);
        expect(`${message.subject} ${message.text}`).not.toMatch(/\{\w+\}/);
        expect(message.text).toContain('Aigerim');
      }
    }
  });

  it('opens WhatsApp, Telegram and SMS with the text filled in, the number in international form', () => {
    const message = composeMessage(contact!, 'birthday', { shop: 'Gul' }, 'kk');
    const text = encodeURIComponent(message.text);
    const on = (channel: 'whatsapp' | 'telegram' | 'sms') => chatLink(clearForChannel([candidate({ phone: '8 701 234 56 78' })], channel, policy(), 0).cleared[0]!, message);
    expect(on('whatsapp')).toBe(`https://wa.me/77012345678?text=${text}`);
    expect(on('telegram')).toBe(`https://t.me/+77012345678?text=${text}`);
    expect(on('sms')).toBe(`sms:+77012345678?body=${text}`);
    expect(decodeURIComponent(on('whatsapp').split('text=')[1]!)).toBe('Туған күніңізбен, Aigerim! Сізге керемет жыл тілейміз. — Gul');
  });

  it('writes Persian right to left, in the email’s HTML and at the start of the text', () => {
    const [mail] = clearForChannel([candidate({ name: 'Maryam', country: 'IR' })], 'email', policy(), 5).cleared;
    const message = composeMessage(mail!, 'birthday', { shop: 'گل' }, 'fa');
    expect(message.text.startsWith('\u200f')).toBe(true);
    const email = emailFor(mail as typeof mail & { channel: 'email' }, message, 'گل');
    expect(email.htmlBody.startsWith('<div dir="rtl" lang="fa">')).toBe(true);
    expect(email.body).toContain('با دریافت پیام از گل موافقت کرده‌اید');
    expect(email.to).toBe('aigerim@example.kz');
  });

  it('puts the unsubscribe line in every email and escapes what the sheet holds', () => {
    const [mail] = clearForChannel([candidate({ name: '<b>Bob</b>' })], 'email', policy(), 5).cleared;
    const email = emailFor(mail as typeof mail & { channel: 'email' }, composeMessage(mail!, 'winBack', { shop: 'Shop', lastVisit: '2026-01-05' }, 'en'), 'Shop');
    expect(email.body).toMatch(/To stop, reply “stop”/);
    expect(email.htmlBody).toContain('&#60;b&#62;Bob&#60;/b&#62;');
    expect(email.htmlBody).not.toContain('<b>');
  });

  it.each([
    ['IR', 'en', 'fa'], ['KZ', 'ru', 'ru'], ['KZ', 'en', 'kk'], ['MN', 'en', 'mn'], [null, 'zh', 'zh'], ['DE', 'ru', 'ru'],
  ] as const)('a customer in %s of a shop working in %s is written to in %s', (country, shop, language) => {
    expect(customerLanguage(country, shop)).toBe(language);
  });
});
