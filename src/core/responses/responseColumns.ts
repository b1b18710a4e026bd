import type { Language } from '../i18n/languages';
import { normaliseHeader } from '../headerRoles';

/**
 * The Responses sheet: one row per answer to "how likely are you to recommend us", so that a
 * customer can answer many times. Forms capture and imports append to it; the NPS report and
 * the dashboard read it. `responseId` identifies the form response a row came from, so the same
 * response delivered twice (or edited) is recognised.
 */
export const RESPONSE_FIELDS = ['date', 'customerId', 'score', 'comment', 'source', 'responseId'] as const;
export type ResponseField = (typeof RESPONSE_FIELDS)[number];
export type ResponseColumns = Partial<Record<ResponseField, number>>;

export const RESPONSES_SHEET_NAMES: Record<Language, string> = {
  en: 'Responses',
  ru: 'Ответы',
  kk: 'Жауаптар',
  mn: 'Хариултууд',
  fa: 'پاسخ‌ها',
  zh: '回答',
};

export const RESPONSE_HEADERS: Record<Language, Record<ResponseField, string>> = {
  en: { date: 'Date', customerId: 'Customer ID', score: 'Score', comment: 'Comment', source: 'Source', responseId: 'Response ID' },
  ru: { date: 'Дата', customerId: 'ID клиента', score: 'Оценка', comment: 'Комментарий', source: 'Источник', responseId: 'ID ответа' },
  kk: { date: 'Күні', customerId: 'Клиент ID', score: 'Баға', comment: 'Пікір', source: 'Дереккөз', responseId: 'Жауап ID' },
  mn: { date: 'Огноо', customerId: 'Харилцагчийн ID', score: 'Оноо', comment: 'Сэтгэгдэл', source: 'Эх сурвалж', responseId: 'Хариултын ID' },
  fa: { date: 'تاریخ', customerId: 'شناسه مشتری', score: 'امتیاز', comment: 'نظر', source: 'منبع', responseId: 'شناسه پاسخ' },
  zh: { date: '日期', customerId: '客户编号', score: '评分', comment: '评论', source: '来源', responseId: '回答编号' },
};

const HEADER_ROLES: ReadonlyMap<string, ResponseField> = new Map(
  Object.values(RESPONSE_HEADERS).flatMap((headers) =>
    RESPONSE_FIELDS.map((field) => [normaliseHeader(headers[field]), field] as const),
  ),
);

/** Which column holds which field, from the header row; headers in any of the six languages are recognised. */
export function recogniseResponseColumns(headers: readonly unknown[]): ResponseColumns {
  const columns: ResponseColumns = {};
  headers.forEach((header, index) => {
    const field = HEADER_ROLES.get(normaliseHeader(String(header ?? '')));
    if (field && columns[field] === undefined) columns[field] = index;
  });
  return columns;
}

/** Is this the Responses sheet, whatever language it was created in? */
export function isResponsesSheetName(name: string): boolean {
  return Object.values(RESPONSES_SHEET_NAMES).includes(name);
}
