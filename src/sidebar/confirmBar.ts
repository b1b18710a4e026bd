/**
 * Asking before an action that cannot be undone or touches many rows: an inline bar under the
 * button with the question (it names the count) and two buttons, the action and Cancel.
 * Not window.confirm: Google's IFRAME sandbox does list allow-modals
 * (https://developers.google.com/apps-script/guides/html/restrictions), but the sidebar is a
 * frame of another origin (googleusercontent.com) inside Sheets, and browsers have been moving
 * to ignore dialogs from cross-origin frames (https://github.com/whatwg/html/issues/5407), so
 * the question might never be shown and the answer taken as "no" or, worse, not asked at all.
 * Cancel, or asking again, removes the bar and does nothing.
 */
import { button, h } from './dom';

export interface Confirmation {
  /** The question, with the count: "Merge 18 groups?" */
  question: string;
  /** The button that goes ahead (the action's own label). */
  confirm: string;
  cancel: string;
  destructive?: boolean;
}

/** Shows the question under `anchor` (in the action bar when the button is there); `action` runs only on the confirming click. */
export function askFirst(anchor: HTMLElement, ask: () => Confirmation | null, action: (confirmButton: HTMLButtonElement) => void): void {
  anchor.addEventListener('click', () => {
    const asked = ask();
    if (asked === null) action(anchor as HTMLButtonElement);
    else showConfirmBar(anchor, asked, action);
  });
}

/** The bar itself, for a question whose count is known only after a server call (the import's rows). */
export function showConfirmBar(anchor: HTMLElement, asked: Confirmation, action: (confirmButton: HTMLButtonElement) => void): void {
  anchor.parentElement?.querySelectorAll(':scope > .confirm-bar').forEach((open) => open.remove());
  const yes = button(asked.confirm, 'confirm-yes', asked.destructive ? 'destructive' : 'primary');
  const no = button(asked.cancel, 'confirm-cancel');
  const bar = h('div', { class: 'confirm-bar', role: 'alertdialog', 'data-testid': 'confirm-bar' }, h('p', { 'data-testid': 'confirm-question' }, asked.question), h('div', { class: 'actions' }, yes, no));
  no.addEventListener('click', () => {
    bar.remove();
    anchor.focus();
  });
  yes.addEventListener('click', () => {
    bar.remove();
    action(anchor as HTMLButtonElement);
  });
  anchor.parentElement?.append(bar);
  yes.focus();
}
