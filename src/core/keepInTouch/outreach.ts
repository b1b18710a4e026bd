/**
 * Messages to customers from the templates, for a contact the gate cleared: an email (with the
 * unsubscribe line, and laid out right to left in Persian) or a click-to-chat link that opens
 * the customer's chat with the text filled in, which staff send from their own phone. No outside
 * service is called: a link is only a URL.
 * - WhatsApp: https://wa.me/<number>?text=… — the number in international form, digits only
 *   (https://faq.whatsapp.com/5913398998672934).
 * - Telegram: https://t.me/+<number>?text=… — Telegram's phone number link
 *   (https://core.telegram.org/api/links#phone-number-links); it opens the chat only when the
 *   customer lets people find them by number, and clients put `text` in the message field as a
 *   draft (TDLib's internalLinkTypeUserPhoneNumber.draft_text).
 * - SMS: sms:+<number>?body=… (RFC 5724).
 */
import { formatMessage } from '../i18n/formatMessage';
import { textDirection, type Language } from '../i18n/languages';
import { messagesFor, type MessageKey } from '../i18n/messages';
import type { ClearedContact } from './contactGate';
import type { Festival } from './festivals';

export const MESSAGE_KINDS = ['birthday', 'anniversary', 'festival', 'winBack', 'recall', 'tierChange', 'detractor', 'detailsCheck'] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export interface MessageValues {
  shop: string;
  since?: string | number;
  festival?: Festival;
  lastVisit?: string;
  service?: string;
  tier?: string;
  points?: number;
  /** "Please check your details": the customer's pre-filled form link. */
  link?: string;
}

const TEMPLATE_KEYS: Record<MessageKind, { text: MessageKey; subject: MessageKey }> = {
  birthday: { text: 'kitTemplateBirthday', subject: 'kitSubjectBirthday' },
  anniversary: { text: 'kitTemplateAnniversary', subject: 'kitSubjectAnniversary' },
  festival: { text: 'kitTemplateFestival', subject: 'kitSubjectFestival' },
  winBack: { text: 'kitTemplateWinBack', subject: 'kitSubjectWinBack' },
  recall: { text: 'kitTemplateRecall', subject: 'kitSubjectRecall' },
  tierChange: { text: 'kitTemplateTierChange', subject: 'kitSubjectTierChange' },
  detractor: { text: 'kitTemplateDetractor', subject: 'kitSubjectDetractor' },
  detailsCheck: { text: 'kitTemplateDetailsCheck', subject: 'kitSubjectDetailsCheck' },
};

export const FESTIVAL_NAME_KEYS: Record<Festival, MessageKey> = {
  newYear: 'kitFestivalNewYear',
  nowruz: 'kitFestivalNowruz',
  nauryz: 'kitFestivalNauryz',
  tsagaanSar: 'kitFestivalTsagaanSar',
  springFestival: 'kitFestivalSpringFestival',
};

/** The languages a country's customers are written to in, the first when the shop's is not among them. */
const COUNTRY_LANGUAGES: Record<string, readonly Language[]> = {
  IR: ['fa'], AF: ['fa'], MN: ['mn'], CN: ['zh'], TW: ['zh'], HK: ['zh'], MO: ['zh'], SG: ['zh', 'en'],
  RU: ['ru'], BY: ['ru'], KZ: ['kk', 'ru'], KG: ['ru'],
};

/** The customer's language: their country's (the shop's when it is one of them), else the shop's. */
export function customerLanguage(country: string | null, shopLanguage: Language): Language {
  const languages = country ? COUNTRY_LANGUAGES[country] : undefined;
  if (!languages || languages.includes(shopLanguage)) return shopLanguage;
  return languages[0]!;
}

/** Right-to-left mark: a Persian message opens right to left even when it starts with a Latin name or a number. */
const RLM = '\u200f';

export interface ComposedMessage {
  language: Language;
  direction: 'rtl' | 'ltr';
  subject: string;
  text: string;
}

export function composeMessage(contact: ClearedContact, kind: MessageKind, values: MessageValues, language: Language): ComposedMessage {
  const texts = messagesFor(language);
  const filled: Record<string, string | number> = { name: contact.customer.name || contact.customer.id, shop: values.shop };
  for (const [key, value] of Object.entries(values)) if (value !== undefined && key !== 'festival') filled[key] = value;
  if (values.festival) filled.festival = texts[FESTIVAL_NAME_KEYS[values.festival]];
  const direction = textDirection(language);
  const mark = direction === 'rtl' ? RLM : '';
  const keys = TEMPLATE_KEYS[kind];
  return {
    language,
    direction,
    subject: mark + formatMessage(texts[keys.subject], filled),
    text: mark + formatMessage(texts[keys.text], filled),
  };
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface EmailMessage {
  to: string;
  subject: string;
  body: string;
  htmlBody: string;
}

/** The email MailApp.sendEmail takes: the message, then the unsubscribe line, in plain text and HTML. */
export function emailFor(contact: ClearedContact & { channel: 'email' }, message: ComposedMessage, shop: string): EmailMessage {
  const unsubscribe = formatMessage(messagesFor(message.language).kitUnsubscribe, { shop });
  const paragraphs = [message.text, unsubscribe].map((text) => `<p>${escapeHtml(text)}</p>`).join('');
  return {
    to: contact.address,
    subject: message.subject,
    body: `${message.text}\n\n--\n${unsubscribe}`,
    htmlBody: `<div dir="${message.direction}" lang="${message.language}">${paragraphs}</div>`,
  };
}

/** The click-to-chat link that opens the customer's chat with the message filled in. */
export function chatLink(contact: ClearedContact, message: ComposedMessage): string {
  const digits = contact.address.replace(/\D/g, '');
  const text = encodeURIComponent(message.text);
  switch (contact.channel) {
    case 'whatsapp':
      return `https://wa.me/${digits}?text=${text}`;
    case 'telegram':
      return `https://t.me/+${digits}?text=${text}`;
    case 'sms':
      return `sms:+${digits}?body=${text}`;
    case 'email':
      return `mailto:${encodeURIComponent(contact.address)}?subject=${encodeURIComponent(message.subject)}&body=${text}`;
  }
}
