/**
 * The import panel: rows from another sheet of this spreadsheet or from a CSV or XLSX file (read
 * in the browser, see tableFile.ts, so the Apps Script bundle stays small), holding customers or
 * purchases. A preview of what would happen (customers created, updated and quarantined; purchases
 * linked, not found for sure, cells that cannot be read), then Import (after asking, with the
 * count), chunk by chunk until every row is in.
 */
import { importOutcomeLabel } from '../core/i18n/codeLabels';
import { formatMessage, viewNumber } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { ImportPreviewLine, ImportSource } from '../server/capture/importContacts';
import type { PurchaseImportPreview } from '../server/purchases/purchaseImport';
import type { SidebarState } from '../server/sidebarState';
import { showConfirmBar } from './confirmBar';
import { beforeAfter, button, h, isolatedValue } from './dom';
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
  const kindChoice = h('select', { 'data-testid': 'import-kind' }, h('option', { value: 'customers' }, t.importKindCustomers), h('option', { value: 'purchases' }, t.importKindPurchases)) as HTMLSelectElement;
  const fileChoice = tableFileChoice(t, 'import-file');
  const preview = button(t.importPreviewButton, 'import-preview');
  const run = button(t.importButton, 'import-run', true);
  const result = h('div', { 'data-testid': 'import-result' });
  container.replaceChildren(
    h('h1', {}, t.importHeading),
    back,
    h('label', {}, t.importKindLabel, kindChoice),
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
  const purchases = purchaseImport(t, result);
  preview.addEventListener('click', () =>
    void act(preview, async () => {
      const chosen = await source();
      if (!chosen) return showStatus(t.importNoRows);
      if (kindChoice.value === 'purchases') return void (await purchases.preview(chosen));
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
      if (kindChoice.value === 'purchases') return purchases.ask(run, chosen);
      const report = await server.previewContactImport(chosen);
      result.replaceChildren(previewTable(t, report.first));
      if (report.rows === 0) return showStatus(t.importNoRows);
      // The summary from the counts, so its digits are the sidebar's (Persian digits in fa), as the count's are.
      const question = formatMessage(t.importConfirm, { count: report.rows, summary: formatMessage(t.importPreviewSummary, { ...report.counts }) });
      showConfirmBar(run, { question, confirm: t.importButton, cancel: t.layoutCancel }, (confirmed) => void act(confirmed, importAll(chosen)));
    }),
  );
}

function purchasePreview(t: Messages, report: PurchaseImportPreview): HTMLElement[] {
  const parts: HTMLElement[] = [h('p', { 'data-testid': 'import-summary' }, formatMessage(t.purchaseImportSummary, { count: report.fresh, linked: report.linked, ambiguous: report.ambiguous, unknown: report.unknown }))];
  if (report.fresh === 0 && report.rows > 0) parts.push(h('p', { 'data-testid': 'import-nothing-new' }, t.purchaseImportNothingNew));
  else if (report.already > 0) parts.push(h('p', { 'data-testid': 'import-already' }, formatMessage(t.purchaseImportAlready, { count: report.already })));
  const missing = { date: t.purchaseImportNoDate, customer: t.purchaseImportNoCustomer, amount: t.purchaseImportNoAmount } as Record<string, string>;
  for (const field of report.missing) parts.push(h('p', { class: 'warning', 'data-testid': 'import-missing' }, missing[field] ?? ''));
  if (report.columns.length > 0) {
    parts.push(h('h3', {}, t.purchaseImportColumns), h('ul', { 'data-testid': 'import-columns' }, ...report.columns.map((column) => h('li', {}, ...beforeAfter(column.header, column.label)))));
  }
  if (report.kept.length > 0) parts.push(h('h3', {}, t.purchaseImportKept), h('ul', { 'data-testid': 'import-kept' }, ...report.kept.map((header) => h('li', {}, isolatedValue(header)))));
  if (report.problemCount > 0) {
    parts.push(
      h('p', { 'data-testid': 'import-problem-count' }, formatMessage(t.purchaseImportProblems, { count: report.problemCount })),
      h('table', { class: 'quality', 'data-testid': 'import-problems' }, h('tbody', {}, ...report.problems.map((problem) =>
        h('tr', {}, h('td', {}, viewNumber(problem.row)), h('td', {}, h('bdi', { dir: 'ltr' }, problem.column), ' ', isolatedValue(problem.header)), h('td', {}, isolatedValue(problem.value)), h('td', {}, problem.explanation))))),
    );
  }
  if (report.customers.length > 0) {
    parts.push(
      h('h3', {}, t.purchaseImportCustomersHeading),
      h('table', { class: 'quality', 'data-testid': 'import-customers' }, h('tbody', {}, ...report.customers.map((line) => h('tr', {}, h('td', {}, viewNumber(line.row)), h('td', {}, isolatedValue(line.customer)), h('td', {}, line.note))))),
    );
  }
  return parts;
}

/** The purchases side of the panel: its preview, and Import asking with the count, then every chunk, the result kept in view. */
function purchaseImport(t: Messages, result: HTMLElement) {
  const preview = async (chosen: ImportSource): Promise<PurchaseImportPreview | null> => {
    const report = await server.previewPurchaseImport(chosen);
    if ('error' in report) {
      result.replaceChildren();
      showStatus(report.error, true);
      return null;
    }
    result.replaceChildren(...purchasePreview(t, report));
    return report;
  };
  const importAll = (chosen: ImportSource) => async () => {
    let fromRow: number | null = 2;
    const totals = { count: 0, linked: 0, unlinked: 0, already: 0 };
    while (fromRow !== null) {
      const chunk = await server.importPurchaseRows(chosen, fromRow);
      if ('error' in chunk) return showStatus(chunk.error, true);
      totals.count += chunk.imported;
      totals.linked += chunk.linked;
      totals.unlinked += chunk.imported - chunk.linked;
      totals.already += chunk.already;
      fromRow = chunk.nextRow;
    }
    const done = formatMessage(t.purchaseImportDone, totals);
    result.replaceChildren(h('p', { 'data-testid': 'import-done' }, done));
    showStatus(done);
  };
  return {
    preview,
    async ask(run: HTMLButtonElement, chosen: ImportSource): Promise<void> {
      const report = await preview(chosen);
      if (!report) return;
      if (report.fresh === 0) return showStatus(report.rows === 0 ? t.importNoRows : t.purchaseImportNothingNew);
      showConfirmBar(run, { question: formatMessage(t.purchaseImportConfirm, { count: report.fresh }), confirm: t.importButton, cancel: t.layoutCancel }, (confirmed) => void act(confirmed, importAll(chosen)));
    },
  };
}
