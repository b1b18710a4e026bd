/**
 * Building the page, and the layout every panel shares (sidebar.css styles it): in a 300 px
 * sidebar a panel leads with its summary and its actions, kept in view while the rest scrolls,
 * and long lists are folded under a line that says how many they hold.
 * Text from the sheet is only ever set as text content, never parsed as HTML.
 */
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
export const unit = (text: string) => h('bdi', { class: 'unit' }, text);
