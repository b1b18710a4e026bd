/**
 * Keeps the open panel in step with the document. A menu item, a trigger (an edit stamped, a
 * form answer captured, a scheduled restore) or another user may change the sheet while the
 * sidebar shows it; nothing tells the sidebar, so it asks. While the page is visible it reads
 * the document's version every POLL_MS, and at once when the window gets the focus back (one
 * google.script.run call, one property read on the server: src/server/documentVersion.ts);
 * when the version moved it draws its panel again. What the user was typing is never thrown
 * away: with a form touched or a question open, it says the sheet changed and offers Refresh.
 */
import type { Messages } from '../core/i18n/messages';
import { button, h } from './dom';
import { server } from './serverApi';
import { act, actionRunning, afterEachAction } from './status';

/** Often enough that a change made from the menu shows within seconds; a poll costs one property read. */
const POLL_MS = 5_000;

export interface FreshnessHooks {
  /** The panel being shown, read again from the server. */
  redraw(): Promise<void>;
  /** The texts of the language shown now. */
  messages(): Messages | null;
}

/** Starts asking; `drawn()` tells it a panel was drawn anew (nothing typed in it yet). */
export function keepFresh(app: HTMLElement, hooks: FreshnessHooks): { drawn(): void } {
  let known: string | null = null;
  let asking = false;
  let touched = false;
  app.addEventListener('input', () => (touched = true));
  app.addEventListener('change', () => (touched = true));

  const notice = (t: Messages): HTMLElement => {
    const refresh = button(t.refresh, 'stale-refresh', true);
    refresh.addEventListener('click', () => void act(refresh, hooks.redraw));
    return h('div', { class: 'stale', role: 'status', 'data-testid': 'stale-notice' }, h('p', {}, t.layoutSheetChanged), refresh);
  };

  const check = async (): Promise<void> => {
    if (asking || actionRunning() || document.visibilityState !== 'visible') return;
    asking = true;
    try {
      const version = await server.getDocumentVersion();
      if (known === null || version === known) {
        known = version;
        return;
      }
      known = version;
      const t = hooks.messages();
      const questionOpen = app.querySelector('.confirm-bar') !== null;
      if ((touched || questionOpen) && t) {
        if (!app.querySelector('.stale')) app.prepend(notice(t));
        return;
      }
      await hooks.redraw();
    } catch {
      // A poll that fails (the network, an expired session) is tried again at the next tick: the panel stays as it is.
    } finally {
      asking = false;
    }
  };

  // The user's own action already redraws its panel: take its version as known, so it is not drawn twice.
  afterEachAction(() => {
    touched = false;
    known = null;
    void check();
  });
  window.addEventListener('focus', () => void check());
  document.addEventListener('visibilitychange', () => void check());
  setInterval(() => void check(), POLL_MS);
  void check();
  return { drawn: () => (touched = false) };
}
