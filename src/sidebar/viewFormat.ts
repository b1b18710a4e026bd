/**
 * The digits of the page: every number a panel shows is written by the one formatter of the
 * user's language and digit setting (core/i18n/numberFormat.ts), so a Persian table never mixes
 * ۱۲ and 12. Set once per view from the sidebar state; values from the sheet are shown as typed.
 */
import { formatMessage as fillTemplate } from '../core/i18n/formatMessage';
import { numberFormat, usesPersianDigits, type NumberFormat } from '../core/i18n/numberFormat';
import type { SidebarState } from '../server/sidebarState';

let view: NumberFormat = numberFormat('en');
let locale = 'en';

export function useViewFormat(state: Pick<SidebarState, 'language' | 'settings'>): void {
  view = numberFormat(state.language, state.settings.digits);
  locale = usesPersianDigits(state.language, state.settings.digits) || state.language !== 'fa' ? state.language : `${state.language}-u-nu-latn`;
}

/**
 * The BCP 47 locale for the browser's Intl date formats, with the view's digits (fa-u-nu-latn when
 * a Persian user chose Latin digits). The sidebar runs in the user's browser, where Intl (ECMA-402)
 * is a documented web platform feature.
 */
export const viewLocale = (): string => locale;

export const viewNumber = (value: number, fractionDigits = 0): string => view.number(value, fractionDigits);
export const viewPercent = (share: number): string => view.percent(share);
/** The counts in a message the server worded, in the view's digits (values in it left as written). */
export const viewCounts = (text: string): string => view.counts(text);
/** ASCII digits in a text the sidebar made (a time, a range) in the view's digits. */
export const viewDigits = (text: string): string => view.digits(text);

/** The core `formatMessage`, with every number it fills in written in the view's digits. */
export function formatMessage(template: string, values: Record<string, string | number> = {}): string {
  return fillTemplate(template, Object.fromEntries(Object.entries(values).map(([name, value]) => [name, typeof value === 'number' ? view.number(value, Number.isInteger(value) ? 0 : 2) : value])));
}
