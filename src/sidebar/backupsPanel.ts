/**
 * The Backups panel: back up now (step after step until done), the list of backups with date,
 * size, rows and status, verify, restore with a preview, the schedule, and the last failure.
 */
import { formatMessage, viewLocale, viewNumber, viewDigits } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { BackupsPanel } from '../server/backups/backups';
import type { BackupRecord } from '../server/backups/backupStore';
import type { SheetDiff } from '../core/backups/restoreDiff';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue } from './dom';
import { askFirst } from './confirmBar';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

const WEEK_DAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'] as const;

// The sidebar runs in the user's browser, where Intl (ECMA-402) is a documented web platform
// feature; only code that runs in Apps Script avoids it (see src/core/zonedDate.ts).
function size(bytes: number): string {
  const format = (n: number) => viewNumber(n, 1);
  if (bytes < 1024) return `${format(bytes)} B`;
  if (bytes < 1024 * 1024) return `${format(bytes / 1024)} KB`;
  return `${format(bytes / 1024 / 1024)} MB`;
}

function when(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat(viewLocale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(new Date(iso));
}

function statusText(t: Messages, record: BackupRecord): string {
  return { good: t.backupStatusGood, failed: t.backupStatusFailed, unverified: t.backupStatusUnverified, running: t.backupStatusRunning }[record.status];
}

function scheduleForm(state: SidebarState, panel: BackupsPanel, reload: () => void): HTMLElement {
  const t = state.messages;
  const every = h('select', { 'data-testid': 'backup-every' },
    h('option', { value: '' }, t.backupScheduleOff),
    h('option', { value: 'day' }, t.backupScheduleDaily),
    h('option', { value: 'week' }, t.backupScheduleWeekly)) as HTMLSelectElement;
  every.value = panel.schedule?.every ?? '';
  const hour = h('select', { 'data-testid': 'backup-hour' }, ...Array.from({ length: 24 }, (_, n) => h('option', { value: String(n) }, viewDigits(`${String(n).padStart(2, '0')}:00`)))) as HTMLSelectElement;
  hour.value = String(panel.schedule?.hour ?? 2);
  const dayName = (index: number) => new Intl.DateTimeFormat(viewLocale(), { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(2024, 0, 1 + index)));
  const weekDay = h('select', { 'data-testid': 'backup-weekday' }, ...WEEK_DAYS.map((day, i) => h('option', { value: day }, dayName(i)))) as HTMLSelectElement;
  weekDay.value = panel.schedule?.weekDay ?? 'MONDAY';
  const save = button(t.backupScheduleSave, 'backup-schedule-save');
  save.addEventListener('click', () => void act(save, async () => {
    const schedule = every.value === '' ? null : { every: every.value as 'day' | 'week', hour: Number(hour.value), ...(every.value === 'week' ? { weekDay: weekDay.value as (typeof WEEK_DAYS)[number] } : {}) };
    const message = await server.scheduleBackups(schedule);
    reload();
    showStatus(message);
  }));
  return h('section', { 'data-testid': 'backup-schedule' }, h('h2', {}, t.backupScheduleHeading),
    h('label', {}, every), h('label', {}, t.backupScheduleHour, ' ', hour), h('label', {}, t.backupScheduleDay, ' ', weekDay), save);
}

/**
 * Steps of the restore until it is done, each within Apps Script's time limit, with its
 * progress line ("Restored N of M rows…"); the panel is then read again, ending with the last message.
 */
async function restoreUntilDone(id: string, mode: 'newTabs' | 'replace', reload: () => void): Promise<void> {
  let message = '';
  for (let done = false; !done; ) {
    ({ done, message } = await server.restoreBackup(id, mode));
    showStatus(message);
  }
  reload();
  showStatus(message);
}

/** The preview's steps until every sheet is compared, each within Apps Script's time limit, with a progress line; an error ends it. */
async function previewUntilDone(t: Messages, id: string, progress: HTMLElement): Promise<SheetDiff[] | { error: string }> {
  const sheets: SheetDiff[] = [];
  for (let from: number | null = 0; from !== null; ) {
    const step = await server.getRestorePreview(id, from);
    if ('error' in step) return step;
    sheets.push(...step.sheets);
    from = step.next;
    progress.textContent = formatMessage(t.restorePreviewProgress, { done: sheets.length, total: step.total });
  }
  return sheets;
}

/** `date`: the backup's, as its line says it, for the question before Replace. */
function restoreSection(t: Messages, record: BackupRecord, date: string, reload: () => void): HTMLElement {
  const progress = h('p', { class: 'muted' }, t.loading);
  const section = h('div', { class: 'restore', 'data-testid': 'restore-preview' }, progress);
  void act(null, async () => {
    const preview = await previewUntilDone(t, record.id, progress);
    if ('error' in preview) {
      section.replaceChildren(h('p', { class: 'problem' }, preview.error));
      return;
    }
    const newTabs = button(t.backupRestoreNewTabs, 'restore-new-tabs', true);
    const replace = button(t.backupRestoreReplace, 'restore-replace', 'destructive');
    newTabs.addEventListener('click', () => void act(newTabs, () => restoreUntilDone(record.id, 'newTabs', reload)));
    askFirst(
      replace,
      () => ({ question: formatMessage(t.layoutConfirmReplace, { date }), confirm: t.backupRestoreReplace, cancel: t.layoutCancel, destructive: true }),
      (confirmed) => void act(confirmed, () => restoreUntilDone(record.id, 'replace', reload)),
    );
    section.replaceChildren(
      h('ul', {}, ...preview.map((diff) => h('li', {}, isolatedValue(formatMessage(t.backupPreviewLine, { sheet: diff.sheet, added: diff.added, removed: diff.removed, changed: diff.changed }))))),
      h('div', { class: 'actions' }, newTabs, replace),
    );
  });
  return section;
}

function backupItem(state: SidebarState, panel: BackupsPanel, record: BackupRecord, reload: () => void): HTMLElement {
  const t = state.messages;
  const rows = Object.values(record.rows).reduce((sum, n) => sum + n, 0);
  const line = formatMessage(t.backupRowLine, { date: when(record.at, panel.timeZone), size: size(record.bytes), rows: viewNumber(rows), status: statusText(t, record) });
  const item = h('li', { 'data-testid': 'backup', 'data-status': record.status }, h('span', {}, line));
  if (record.message) item.append(h('p', { class: 'problem' }, record.message));
  if (record.status === 'good') {
    const verify = button(t.backupVerify, 'backup-verify');
    verify.addEventListener('click', () => void act(verify, async () => {
      const message = await server.verifyBackup(record.id);
      reload();
      showStatus(message);
    }));
    const restore = button(t.backupRestore, 'backup-restore');
    restore.addEventListener('click', () => {
      restore.disabled = true;
      item.append(restoreSection(t, record, when(record.at, panel.timeZone), reload));
    });
    item.append(h('div', { class: 'actions' }, verify, restore));
  }
  return item;
}

export function backupsPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const header = [h('h1', {}, t.backupHeading), back];
  const load = () => {
    container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
    void act(null, async () => {
      const panel = await server.getBackupsPanel();
      const now = button(t.backupNowButton, 'backup-now', true);
      now.addEventListener('click', () => void act(now, async () => {
        // One step per call: a large database takes several, each within Apps Script's time limit.
        for (;;) {
          const { progress, message } = await server.backUpNow();
          showStatus(message);
          if (progress.done) break;
        }
        const last = document.getElementById('status')?.textContent ?? '';
        load();
        showStatus(last);
      }));
      const restoring = panel.restoring;
      let goOn: HTMLButtonElement | null = null;
      if (restoring) {
        // A restore left half done (the sidebar was closed): the scheduler goes on with it hourly, or this at once.
        goOn = button(t.restoreContinue, 'restore-continue', true);
        goOn.addEventListener('click', () => void act(goOn, () => restoreUntilDone(restoring.backupId, restoring.mode, load)));
      }
      const parts: (HTMLElement | null)[] = [
        ...header,
        goOn ? h('div', { class: 'actions' }, goOn) : null,
        panel.lastFailure ? h('p', { class: 'problem', 'data-testid': 'backup-last-failure' }, formatMessage(t.backupLastFailure, { date: when(panel.lastFailure.at, panel.timeZone), message: panel.lastFailure.message })) : null,
        h('div', { class: 'actions' }, now),
        h('p', { class: 'muted' }, formatMessage(t.backupFolderLine, { folder: panel.folder })),
        panel.backups.length === 0 ? h('p', { 'data-testid': 'backup-none' }, t.backupNone) : h('ul', { class: 'backups', 'data-testid': 'backups' }, ...panel.backups.map((record) => backupItem(state, panel, record, load))),
        scheduleForm(state, panel, load),
      ];
      container.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
    });
  };
  load();
}
