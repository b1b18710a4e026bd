/**
 * The playground page: a spreadsheet window drawn from the server's view of the local
 * host. Every action goes to the server and comes back as the view after it, so what the
 * page shows is always what the workbook holds.
 */
import { LANGUAGE_NAMES } from '../../../core/i18n/languages';
import type { ActionResponse, PlaygroundView } from '../playgroundView';
import { api } from './api';
import { byId, h } from './dom';
import { SheetGrid } from './grid';
import { MenuBar } from './menuBar';
import { clearNotice, showAlerts, showNotice, showToasts } from './notices';
import { SidebarPanel } from './sidebarPanel';
import { TriggersPanel } from './triggersPanel';
import { FormsPanel } from './formsPanel';
import { DrivePanel } from './drivePanel';

let current: PlaygroundView | null = null;
let sent = 0;
let drawn = 0;

const grid = new SheetGrid(
  byId<HTMLTableElement>('grid'),
  (row, column, text) => {
    const sheetName = current?.grid?.sheetName;
    if (sheetName) void act(() => api.edit(sheetName, row, column, text));
  },
  (row, column, rows) => {
    const sheetName = current?.grid?.sheetName;
    if (sheetName) void act(() => api.paste(sheetName, row, column, rows));
  },
  (row, column) => {
    const sheetName = current?.grid?.sheetName;
    if (sheetName) void api.select(sheetName, row, column);
  },
);
const menuBar = new MenuBar(byId('menubar'), (functionName) => void act(() => api.runMenuItem(functionName)));
const sidebar = new SidebarPanel(() => void act(api.closeSidebar), () => void act(api.view));
const triggers = new TriggersPanel((id) => void act(() => api.runTrigger(id)), (hours) => void act(() => api.letTimePass(hours)));
// Its panel opens from the Forms button; submitting redraws the workbook like any other action.
new FormsPanel(api.linkedForms, (formId, answers) => act(() => api.submitForm(formId, answers)));
const locale = byId<HTMLSelectElement>('locale');
const drive = new DrivePanel();

function languageName(code: string): string {
  return (LANGUAGE_NAMES as Record<string, string>)[code] ?? code;
}

function drawTabs(view: PlaygroundView): void {
  const tabs = view.sheetNames.map((name) => {
    const active = name === view.grid?.sheetName;
    const tab = h('button', { type: 'button', class: active ? 'tab active' : 'tab', 'data-testid': 'sheet-tab', 'data-sheet': name, dir: 'auto', 'aria-pressed': String(active) }, name);
    tab.addEventListener('click', () => {
      if (!active) void act(() => api.activateSheet(name));
    });
    return tab;
  });
  byId('tabs').replaceChildren(...tabs);
}

/** Toasts and alerts of every answer are shown; the rest only if no later request has been drawn already. */
function draw(view: PlaygroundView, number: number): void {
  showToasts(view.toasts);
  showAlerts(view.alerts);
  if (number < drawn) return;
  drawn = number;
  current = view;
  document.title = `${view.spreadsheetName} – Clientele playground`;
  byId('doc-title').textContent = view.spreadsheetName;
  byId('user-email').textContent = view.user.email;
  if (locale.options.length === 0) for (const code of view.locales) locale.append(h('option', { value: code }, `${code} · ${languageName(code)}`));
  locale.value = view.user.locale;
  menuBar.show(view.menus);
  drawTabs(view);
  if (view.grid) grid.show(view.grid);
  sidebar.show(view.sidebar);
  triggers.show(view);
  drive.show(view.driveFiles);
  drawExecutionEstimate(view.lastExecution);
}

function drawExecutionEstimate(last: PlaygroundView['lastExecution']): void {
  const badge = byId('apps-script-time');
  badge.hidden = last === null;
  if (!last) return;
  const seconds = (value: number) => value.toLocaleString('en-US', { maximumFractionDigits: 1 });
  badge.textContent = `${last.name}: about ${seconds(last.typicalSeconds)} s on Apps Script`;
  badge.title = `The host's cost model estimates ${seconds(last.typicalSeconds)} s typical, up to ${seconds(last.highSeconds)} s (Apps Script stops an execution at 6 minutes)`;
}

function reportEdit(response: ActionResponse): void {
  const edit = response.edit;
  if (!edit) return;
  if (!edit.ok) showNotice('error', edit.reason ?? 'The edit was refused.', 'edit-message');
  else if (edit.warning) showNotice('warning', edit.warning, 'edit-message');
  else clearNotice();
}

/** Sends one request and draws the view it answers with; nothing the server says is lost. */
async function act(send: () => Promise<ActionResponse | PlaygroundView>): Promise<void> {
  const number = ++sent;
  document.body.dataset.busy = String(Number(document.body.dataset.busy ?? 0) + 1);
  try {
    const answer = await send();
    if ('view' in answer) {
      draw(answer.view, number);
      if (answer.error !== undefined) showNotice('error', `Error: ${answer.error}`, 'error');
      reportEdit(answer);
    } else {
      draw(answer, number);
    }
  } catch (error) {
    showNotice('error', error instanceof Error ? error.message : String(error), 'error');
  } finally {
    document.body.dataset.busy = String(Number(document.body.dataset.busy) - 1);
  }
}

locale.addEventListener('change', () => void act(() => api.setLocale(locale.value)));
byId('reset').addEventListener('click', () => {
  if (confirm('Bring back the demo workbook? Every change made in the playground is lost.')) void act(api.reset);
});

// As Sheets does when a document opens: the add-on's onOpen runs (unauthorised) and builds its menu.
void act(api.open);
