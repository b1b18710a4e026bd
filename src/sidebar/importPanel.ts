/**
 * The import panel: rows from another sheet of this spreadsheet or from a CSV or XLSX file (read
 * in the browser, see tableFile.ts, so the Apps Script bundle stays small), a preview of what would
 * be created, updated and quarantined, then Import (after asking, with the count), chunk by chunk
 * until every row is in.
 */
import { importOutcomeLabel } from '../core/i18n/codeLabels';
import { formatMessage, viewNumber } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { ImportPreviewLine, ImportSource } from '../server/capture/importContacts';
import type { SidebarState } from '../server/sidebarState';
import { showConfirmBar } from './confirmBar';
import { button, h, isolatedValue } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';
import { tableFileChoice } from './tableFile';

function previewTable(t: Messages, lines: readonly ImportPreviewLine[]): HTMLElement {
  return h(
    'table',
    { class: 'quality', 'data-testid': 'import-preview-rows' },
    h('tbody', {}, ...lines.map((line) => h('tr', {}, h('td', {}, viewNumber(line.row)), h('td', {}, importOutcomeLabel(t, line.outcome)), h('td', {}, isolatedValue(line.customerId || line.reason))))),
  );
}

export function importPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const sheetChoice = h('select', { 'data-testid': 'import-sheet' }) as HTMLSelectElement;
  const fileChoice = tableFileChoice(t, 'import-file');
  const preview = button(t.importPreviewButton, 'import-preview');
  const run = button(t.importButton, 'import-run', true);
  const result = h('div', { 'data-testid': 'import-result' });
  container.replaceChildren(
    h('h1', {}, t.importHeading),
    back,
    h('label', {}, t.importFromSheet, sheetChoice),
    h('label', {}, t.importFromFile, fileChoice.input),
    fileChoice.sheetChoice,
    h('div', { class: 'actions' }, preview, run),
    result,
  );
  void act(null, async () => {
    const names = await server.getImportSheetNames();
    sheetChoice.replaceChildren(h('option', { value: '' }, '—'), ...names.map((name) => h('option', { value: name }, name)));
  });
  const source = async (): Promise<ImportSource | null> => {
    const file = await fileChoice.read();
    if (file) return { kind: 'rows', ...file };
    return sheetChoice.value ? { kind: 'sheet', sheet: sheetChoice.value } : null;
  };
  preview.addEventListener('click', () =>
    void act(preview, async () => {
      const chosen = await source();
      if (!chosen) return showStatus(t.importNoRows);
      const report = await server.previewContactImport(chosen);
      result.replaceChildren(h('p', { 'data-testid': 'import-summary' }, report.message), previewTable(t, report.first));
    }),
  );
  const importAll = (chosen: ImportSource) => async () => {
    let fromRow: number | null = 2;
    const totals = { created: 0, updated: 0, quarantined: 0, duplicates: 0 };
    while (fromRow !== null) {
      const chunk = await server.importContactRows(chosen, fromRow);
      totals.created += chunk.counts.created;
      totals.updated += chunk.counts.updated;
      totals.quarantined += chunk.counts.quarantined;
      totals.duplicates += chunk.counts.duplicates;
      fromRow = chunk.nextRow;
    }
    // The result once, in the status line (which stays until the next action); the preview it replaces is out of date.
    result.replaceChildren();
    showStatus(formatMessage(t.importDone, totals));
  };
  // Import asks first, with the rows it would write and what the preview says happens to them; the rows
  // previewed (a file is read once) are the rows imported.
  run.addEventListener('click', () =>
    void act(run, async () => {
      const chosen = await source();
      if (!chosen) return showStatus(t.importNoRows);
      const report = await server.previewContactImport(chosen);
      result.replaceChildren(previewTable(t, report.first));
      if (report.rows === 0) return showStatus(t.importNoRows);
      // The summary from the counts, so its digits are the sidebar's (Persian digits in fa), as the count's are.
      const question = formatMessage(t.importConfirm, { count: report.rows, summary: formatMessage(t.importPreviewSummary, { ...report.counts }) });
      showConfirmBar(run, { question, confirm: t.importButton, cancel: t.layoutCancel }, (confirmed) => void act(confirmed, importAll(chosen)));
    }),
  );
}
