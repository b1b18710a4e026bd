import type { PlaygroundView } from '../playgroundView';
import { api } from './api';
import { byId } from './dom';
import type { ScriptRunResponse } from '../playgroundView';

/** A call the server refused (or could not be reached for) fails like any failed google.script.run call. */
async function relay(encoded: string): Promise<ScriptRunResponse> {
  try {
    return await api.scriptRun(encoded);
  } catch (error) {
    return { ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

/** The sidebar's poll of the document version (every few seconds) changes nothing: the workbook need not be drawn again after it. */
function readsOnlyTheVersion(body: string): boolean {
  try {
    return (JSON.parse(body) as { name?: unknown }).name === 'getDocumentVersion';
  } catch {
    return false;
  }
}

interface BridgeMessage {
  clientele?: string;
  id?: number;
  body?: string;
}

/**
 * The right-hand panel Sheets shows an add-on's sidebar in: 300 px, its title and a close
 * box above the page. The page is the real built sidebar, served with the google.script
 * bridge from its own origin in a sandboxed frame (playground.html); a sidebar shown anew (a
 * new version) is loaded anew. The bridge reaches the page by postMessage only: the panel
 * sends each google.script.run call on to the server, posts the answer back, and then lets
 * the page redraw (the add-on may have changed the sheet; not after the sidebar's poll of the
 * document version, which reads one property); host.close() closes the panel.
 */
export class SidebarPanel {
  private readonly panel = byId('sidebar');
  private readonly title = byId('sidebar-title');
  private readonly frame = byId<HTMLIFrameElement>('sidebar-frame');
  private version = 0;

  constructor(onClose: () => void, afterScriptRun: () => void) {
    byId('sidebar-close').addEventListener('click', onClose);
    window.addEventListener('message', (event) => {
      const source = event.source as Window | null;
      if (!source || source !== this.frame.contentWindow) return;
      const message = event.data as BridgeMessage | null;
      if (message?.clientele === 'close') onClose();
      else if (message?.clientele === 'script-run' && typeof message.body === 'string') {
        const body = message.body;
        void relay(body).then((answer) => {
          source.postMessage({ clientele: 'script-run-answer', id: message.id, answer }, event.origin);
          if (!readsOnlyTheVersion(body)) afterScriptRun();
        });
      }
    });
  }

  show(sidebar: PlaygroundView['sidebar']): void {
    if (!sidebar) {
      if (this.version !== 0) this.frame.src = 'about:blank';
      this.version = 0;
      this.panel.hidden = true;
      return;
    }
    this.title.textContent = sidebar.title;
    this.panel.hidden = false;
    if (sidebar.version !== this.version) {
      this.version = sidebar.version;
      this.frame.src = `/sidebar?v=${sidebar.version}`;
    }
  }
}
