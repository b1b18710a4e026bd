import type { RecordedAlert } from '../../services/ui';
import type { ToastView } from '../playgroundView';
import { byId, h } from './dom';

/** Sheets' own default for a toast without a timeout. */
const DEFAULT_TOAST_SECONDS = 5;

/** Toasts in the bottom corner, for their timeout (a negative one stays until closed), as Sheets shows them. */
export function showToasts(toasts: ToastView[]): void {
  const stack = byId('toasts');
  for (const toast of toasts) {
    const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
    const element = h('div', { class: 'toast', role: 'status', 'data-testid': 'toast', dir: 'auto' },
      close,
      toast.title ? h('strong', { dir: 'auto' }, toast.title) : null,
      h('p', { dir: 'auto' }, toast.message),
    );
    close.addEventListener('click', () => element.remove());
    stack.append(element);
    const seconds = toast.timeoutSeconds ?? DEFAULT_TOAST_SECONDS;
    if (seconds >= 0) setTimeout(() => element.remove(), Math.max(seconds, 2) * 1000);
  }
}

/**
 * The add-on's alerts and prompts. The local host answers them as the script asks them
 * (the first button, unless a test queued another), so the page shows each one with the
 * answer it got, and the person only dismisses it.
 */
export function showAlerts(alerts: RecordedAlert[]): void {
  const layer = byId('alerts');
  for (const alert of alerts) {
    const ok = h('button', { type: 'button', class: 'primary' }, 'OK');
    const box = h('div', { class: 'alert', role: 'alertdialog', 'data-testid': 'alert', dir: 'auto' },
      alert.title ? h('h2', { dir: 'auto' }, alert.title) : null,
      h('p', { dir: 'auto' }, alert.prompt),
      alert.kind === 'prompt' ? h('p', { class: 'muted' }, `Answered with “${alert.text ?? ''}”`) : null,
      h('p', { class: 'muted' }, `The playground pressed ${alert.button} (buttons: ${alert.buttons}).`),
      ok,
    );
    ok.addEventListener('click', () => {
      box.remove();
      layer.hidden = layer.childElementCount === 0;
    });
    layer.append(box);
    layer.hidden = false;
    ok.focus();
  }
}

/** One message under the toolbar: an add-on error, a refused edit, a protection's warning. */
export function showNotice(kind: 'error' | 'warning' | 'info', text: string, testId: string): void {
  const close = h('button', { type: 'button', class: 'close', 'aria-label': 'Close' }, '×');
  const notice = h('div', { class: `notice ${kind}`, role: kind === 'info' ? 'status' : 'alert', 'data-testid': testId, dir: 'auto' }, h('span', {}, text), close);
  close.addEventListener('click', () => notice.remove());
  byId('notices').replaceChildren(notice);
}

export function clearNotice(): void {
  byId('notices').replaceChildren();
}
