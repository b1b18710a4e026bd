/**
 * The cleaning panel: first how many cells would change, with Apply (it asks, with the count)
 * and Undo; then the suggestions to tick, the preview of every fix by column and kind (its
 * samples folded), and the values that cannot be fixed (folded under their count).
 */
import type { FixKind, ProblemKind } from '../core/cleaning/cleanResult';
import type { CleaningPreview } from '../core/cleaning/cleaningPreview';
import { columnNumber } from '../core/columnLetters';
import { formatMessage, viewLocale, viewNumber } from './viewFormat';
import type { MessageKey, Messages } from '../core/i18n/messages';
import type { CleaningPanel } from '../server/cleaning/cleaning';
import type { SidebarState } from '../server/sidebarState';
import { actionBar, beforeAfter, button, folded, h, isolatedValue, type Child } from './dom';
import { askFirst } from './confirmBar';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

const FIX_LABELS: Record<FixKind, MessageKey> = {
  whitespace: 'fixWhitespace',
  unicode: 'fixUnicode',
  digits: 'fixDigits',
  persianLetters: 'fixPersianLetters',
  emailCase: 'fixEmailCase',
  phoneFormat: 'fixPhoneFormat',
  countryName: 'fixCountryName',
  nameCase: 'fixNameCase',
  date: 'fixDate',
  amount: 'fixAmount',
};

const PROBLEM_LABELS: Record<ProblemKind, MessageKey> = {
  invalidEmail: 'problemInvalidEmail',
  invalidPhone: 'problemInvalidPhone',
  unknownCountry: 'problemUnknownCountry',
  invalidDate: 'problemInvalidDate',
  ambiguousDate: 'problemAmbiguousDate',
  invalidAmount: 'problemInvalidAmount',
};

function fixesSection(t: Messages, preview: CleaningPreview): Child {
  if (preview.groups.length === 0) return null;
  return h(
    'section',
    { 'data-testid': 'clean-fixes' },
    h('h2', {}, t.cleanFixesHeading),
    h(
      'ul',
      { class: 'groups' },
      ...preview.groups.map((group) =>
        h(
          'li',
          { 'data-kind': group.kind },
          h(
            'details',
            {},
            // Each part isolated: a header in Arabic letters must not carry the count to its other side in a Persian panel.
            h('summary', {}, h('strong', {}, isolatedValue(group.column), ' ', isolatedValue(group.header), `: ${t[FIX_LABELS[group.kind]]} — `, isolatedValue(viewNumber(group.count)))),
            h('ul', { class: 'samples' }, ...group.samples.map((s) => h('li', {}, `${viewNumber(s.row)}: `, ...beforeAfter(s.before, s.after)))),
          ),
        ),
      ),
    ),
  );
}

/** The line the panel leads with: how many cells Apply would change, or that nothing needs it. */
function changedLine(t: Messages, preview: CleaningPreview): HTMLElement {
  return preview.groups.length === 0
    ? h('p', { class: 'muted', 'data-testid': 'clean-nothing' }, t.cleanNothing)
    : h('p', { 'data-testid': 'clean-count' }, formatMessage(t.cleanChangedCells, { count: preview.changedCells }));
}

function suggestionsSection(t: Messages, preview: CleaningPreview): { section: Child; accepted: () => { row: number; column: number; suggestion: string }[] } {
  if (preview.suggestions.length === 0) return { section: null, accepted: () => [] };
  const boxes = preview.suggestions.map((s) => {
    const box = h('input', { type: 'checkbox', 'data-testid': `suggestion-${s.column}${s.row}` }) as HTMLInputElement;
    return { s, box };
  });
  const section = h(
    'section',
    { 'data-testid': 'clean-suggestions' },
    h('h2', {}, t.cleanSuggestionsHeading),
    ...boxes.map(({ s, box }) => h('label', { class: 'check' }, box, ' ', isolatedValue(`${s.column}${s.row}`), ': ', ...beforeAfter(s.value, s.suggestion))),
  );
  return {
    section,
    accepted: () => boxes.filter(({ box }) => box.checked).map(({ s }) => ({ row: s.row, column: columnNumber(s.column), suggestion: s.suggestion })),
  };
}

function issuesSection(t: Messages, preview: CleaningPreview): Child {
  if (preview.issueCount === 0) return null;
  const items = preview.issues.map((issue) =>
    h('li', { class: 'problem' }, formatMessage(t.problemInvalidValue, { row: issue.row, column: issue.header, reason: t[PROBLEM_LABELS[issue.problem]] }), ': ', isolatedValue(issue.value)),
  );
  return h('section', { 'data-testid': 'clean-issues' }, folded(formatMessage(t.cleanIssuesHeading, { count: preview.issueCount }), items, 'clean-issue-list'));
}

/** Undo of the last cleaning, with when it was and how many cells it changed. */
function undoControls(t: Messages, panel: CleaningPanel, reload: () => void): Child[] {
  if (!panel.undo || panel.undo.action !== 'clean') return [];
  const undo = button(t.cleanUndo, 'clean-undo');
  undo.addEventListener('click', () =>
    void act(undo, async () => {
      showStatus(await server.undoLastAction('clean'));
      reload();
    }),
  );
  const when = new Date(panel.undo.time).toLocaleString(viewLocale());
  return [undo, h('p', { class: 'muted', 'data-testid': 'clean-undo-section' }, formatMessage(t.cleanUndoAvailable, { time: when, count: panel.undo.cells }))];
}

export function cleaningPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const header = [h('h1', {}, t.cleanHeading), back, h('p', { class: 'muted' }, t.cleanIntro)];
  // A big sheet is cleaned in runs that fit Apps Script's time: Apply again goes on from the row the last run reached.
  let nextRow: number | null = null;
  const load = () => {
    container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
    void act(null, async () => {
      const panel = await server.getCleaningPanel();
      const preview = panel.preview;
      if (!preview) {
        container.replaceChildren(...header, h('p', {}, t.summaryNoSheet));
        return;
      }
      const suggestions = suggestionsSection(t, preview);
      const apply = button(t.cleanApply, 'clean-apply', true);
      apply.disabled = preview.changedCells === 0 && preview.suggestions.length === 0;
      askFirst(
        apply,
        () => {
          const count = preview.changedCells + suggestions.accepted().length;
          return { question: formatMessage(t.layoutConfirmClean, { count }), confirm: t.cleanApply, cancel: t.layoutCancel };
        },
        (confirmed) => void act(confirmed, async () => {
          const step = await server.applyCleaning(suggestions.accepted(), nextRow ?? 2);
          nextRow = step.nextRow;
          showStatus(step.message);
          load();
        }),
      );
      const parts: Child[] = [...header, actionBar(changedLine(t, preview), apply, ...undoControls(t, panel, load)), suggestions.section, fixesSection(t, preview), issuesSection(t, preview)];
      container.replaceChildren(...parts.filter((part): part is Node | string => Boolean(part)));
    });
  };
  load();
}
