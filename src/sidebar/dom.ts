/**
 * Building the page, and the layout every panel shares (sidebar.css styles it): in a 300 px
 * sidebar a panel leads with its summary and its actions, kept in view while the rest scrolls,
 * and long lists are folded under a line that says how many they hold.
 * Text from the sheet is only ever set as text content, never parsed as HTML.
 */
import { pluralSelectors } from '../core/i18n/formatMessage';
import { flowArrow, valueDirection } from '../core/i18n/valueDirection';
import { formatMessage, viewNumber } from './viewFormat';

export type Child = Node | string | null | false | undefined;

export function h(tag: string, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElement {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) if (child !== null && child !== false && child !== undefined) element.append(child);
  return element;
}

/** `true` or 'primary': the panel's main action (blue); 'destructive': one that removes or replaces data (red, never blue). */
export type ButtonKind = boolean | 'primary' | 'destructive';

export function button(label: string, testId: string, kind: ButtonKind = false): HTMLButtonElement {
  const style = kind === true ? 'primary' : kind || null;
  return h('button', { type: 'button', 'data-testid': testId, ...(style ? { class: style } : {}) }, label) as HTMLButtonElement;
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

/** The arrow pointing back to the start of the line (← left to right, → right to left): "Full name ← A: Name", the field on the start side taking its value from the column. */
export function backArrow(): string {
  return flowArrow(document.documentElement.dir === 'rtl' ? 'ltr' : 'rtl');
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
 * digits alone cannot be reordered. A number is written in the view's digits; a value given as
 * parts (a list of isolated values, a sentence with its own values) is put in as it is.
 */
export function messageWithValues(template: string, values: Record<string, string | number | Child[]>): Child[] {
  const plurals = new Set(Object.keys(pluralSelectors(template)));
  const marked = Object.fromEntries(
    Object.entries(values).map(([name, value]) => [name, plurals.has(name) && !Array.isArray(value) ? value : `${VALUE_START}${name}${VALUE_END}`]),
  );
  return formatMessage(template, marked)
    .split(new RegExp(`(${VALUE_START}\\w+${VALUE_END})`))
    .filter((part) => part !== '')
    .flatMap((part): Child[] => {
      if (!part.startsWith(VALUE_START)) return [part];
      const value = values[part.slice(1, -1)]!;
      if (Array.isArray(value)) return value;
      return [isolatedValue(typeof value === 'number' ? viewNumber(value, Number.isInteger(value) ? 0 : 2) : value)];
    });
}

/** Values (column headers, names) each isolated in its own direction, between the language's list separators. */
export function isolatedList(values: readonly string[], separator: string): Child[] {
  return values.flatMap((value, index) => (index === 0 ? [isolatedValue(value)] : [separator, isolatedValue(value)]));
}

/**
 * A panel's summary line and main buttons, first on the page and sticky at its top, so the
 * action stays within reach however long the preview under it is (cleaning's Apply after a
 * dozen suggestions, Merge all after 18 groups).
 */
export function actionBar(summary: Child, ...actions: Child[]): HTMLElement {
  return h('div', { class: 'action-bar', 'data-testid': 'action-bar' }, summary ? h('div', { class: 'action-summary' }, summary) : null, h('div', { class: 'actions' }, ...actions));
}

/** Lists longer than this are folded; shorter ones are shown open (folding three lines saves nothing). */
const OPEN_UP_TO = 5;

/**
 * A long list folded under its heading (which says how many it holds), opened on demand; short
 * lists stay open. `items` are list items (li) or whole blocks.
 */
export function folded(heading: string, items: Node[], testId: string, list: 'ul' | 'div' = 'ul'): HTMLElement {
  const details = h('details', { class: 'folded', 'data-testid': `${testId}-folded` }, h('summary', {}, heading), h(list, { 'data-testid': testId }, ...items));
  if (items.length <= OPEN_UP_TO) details.setAttribute('open', '');
  return details;
}

/** A value that must read as one unit (an ID, a date, a phone): never broken across lines, in its own direction. */
export function unit(text: string): HTMLElement {
  const value = isolatedValue(text);
  value.classList.add('unit');
  return value;
}
