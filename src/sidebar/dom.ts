/** Building the page. Text from the sheet is only ever set as text content, never parsed as HTML. */
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
