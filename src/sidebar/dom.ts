/** Building the page. Text from the sheet is only ever set as text content, never parsed as HTML. */
import { pluralSelectors } from '../core/i18n/formatMessage';
import { flowArrow, valueDirection } from '../core/i18n/valueDirection';
import { formatMessage } from './viewFormat';

export type Child = Node | string | null | false | undefined;

export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false && child !== undefined) element.append(child);
  return element;
}

export function button(label: string, testId: string, primary = false): HTMLButtonElement {
  return h('button', { type: 'button', 'data-testid': testId, ...(primary ? { class: 'primary' } : {}) }, label) as HTMLButtonElement;
}

/**
 * A value (a cell, a number, a phone, an email, an ID, a date) isolated from the sentence around
 * it, in its own direction: left to right unless it starts with a right-to-left letter. Every
 * panel renders such values through this one helper, so a Persian panel shows `+77011234567`,
 * `-31` and `C-000007` as written.
 */
export function isolatedValue(text: string): HTMLElement {
  return h('bdi', { dir: valueDirection(text), class: 'value' }, text);
}

/** The arrow from before to after, pointing the way the page reads (← in a right-to-left page). */
export function pageArrow(): string {
  return flowArrow(document.documentElement.dir === 'rtl' ? 'rtl' : 'ltr');
}

/** "before → after", each value isolated, the arrow pointing the way the page reads. */
export function beforeAfter(before: string, after: string): Child[] {
  return [isolatedValue(before), h('span', { class: 'arrow' }, ` ${pageArrow()} `), isolatedValue(after)];
}

const VALUE_START = '\uE000';
const VALUE_END = '\uE001';

/**
 * A message whose values (numbers, IDs, dates, names) are each isolated in their own direction
 * inside the translated sentence; counts that pick a plural form stay in the text, where their
 * digits alone cannot be reordered.
 */
export function messageWithValues(template: string, values: Record<string, string | number>): Child[] {
  const plurals = new Set(Object.keys(pluralSelectors(template)));
  const marked = Object.fromEntries(Object.entries(values).map(([name, value]) => [name, plurals.has(name) ? value : `${VALUE_START}${name}${VALUE_END}`]));
  return formatMessage(template, marked)
    .split(new RegExp(`(${VALUE_START}\\w+${VALUE_END})`))
    .filter((part) => part !== '')
    .map((part) => (part.startsWith(VALUE_START) ? isolatedValue(String(values[part.slice(1, -1)])) : part));
}
