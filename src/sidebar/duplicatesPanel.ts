/**
 * The duplicates review panel: groups of rows that are probably the same customer, most
 * certain first, each with its match score and the fields that differ highlighted. The user
 * merges a group, rejects it (remembered), or merges every group above a confidence level.
 * Under each group, why: what each field added to or took from the score (a waterfall).
 * Below the groups, the uncertain pairs to check: a Merge or Not the same on a group or a pair
 * is a label the next search learns from.
 *
 * A big sheet is matched in steps: while they run, the panel shows how much is compared and
 * the groups found so far (to look at, not to act on: a merge would change the sheet under
 * the steps), and asks for the next step until done; the user may stop, and continue later.
 */
import { formatMessage, viewNumber, viewPercent } from './viewFormat';
import { automaticMergeGroups } from '../core/merge/automaticMerge';
import type { DuplicateGroup, DuplicateGroups, Waterfall } from '../server/dedupe/duplicates';
import type { Messages } from '../core/i18n/messages';
import type { SidebarState } from '../server/sidebarState';
import { actionBar, button, h, isolatedList, isolatedValue, messageWithValues } from './dom';
import { listSeparator } from '../core/i18n/languages';
import { askFirst } from './confirmBar';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

const percent = (p: number) => viewPercent(p);

/**
 * A group as a compact card that fits the sidebar: only the fields its rows differ in, each
 * row's value side by side (stacked when they do not fit), and one line naming the fields that
 * are the same in every row.
 */
function differingFields(state: SidebarState, result: DuplicateGroups, group: DuplicateGroup): HTMLElement[] {
  const t = state.messages;
  const same = result.headers.filter((header, c) => header !== '' && !group.differing.includes(c) && group.members.some((member) => member.values[c] !== ''));
  return [
    h(
      'dl',
      { class: 'dup-card', 'data-testid': 'dup-card' },
      ...group.differing.flatMap((c) => [
        h('dt', {}, isolatedValue(result.headers[c] ?? '')),
        h('dd', {}, ...group.members.map((member) => h('span', { class: 'member', 'data-testid': 'dup-value' }, h('span', { class: 'row' }, isolatedValue(`#${viewNumber(member.row)}`)), isolatedValue(member.values[c] ?? '')))),
      ]),
    ),
    // Each header isolated, between the language's commas: a Persian line lists «Name، Email، NPS».
    ...(same.length > 0 ? [h('p', { class: 'dup-same' }, ...messageWithValues(t.layoutSameFields, { fields: isolatedList(same, listSeparator(state.language)) }))] : []),
  ];
}

const signed = (bits: number) => `${bits >= 0 ? '+' : '−'}${viewNumber(Math.abs(bits), 1)}`;

function levelName(t: Messages, level: Waterfall['fields'][number]['level']): string {
  return { exact: t.dupLevelExact, strong: t.dupLevelStrong, weak: t.dupLevelWeak, else: t.dupLevelElse, null: t.dupLevelNull }[level];
}

/** The waterfall of a group's weakest link: a row per step, a bar as long as its weight, the sum last. */
function whySection(t: Messages, why: Waterfall, probability: number): HTMLElement {
  const steps = [
    { label: t.dupWhyStart, level: '', weight: why.start },
    ...why.fields.map((field) => ({ label: field.header, level: levelName(t, field.level), weight: field.weight })),
    ...(why.labels !== 0 ? [{ label: t.dupWhyLabels, level: '', weight: why.labels }] : []),
  ];
  const widest = Math.max(1, ...steps.map((step) => Math.abs(step.weight)));
  const row = (label: string, level: string, weight: number, testId: string, total = false) =>
    h(
      'tr',
      { 'data-testid': testId, ...(total ? { class: 'total' } : {}) },
      h('td', {}, isolatedValue(label)),
      h('td', { class: 'muted' }, level),
      h('td', { class: 'bar' }, h('span', { class: weight >= 0 ? 'plus' : 'minus', style: `width:${Math.round((Math.abs(weight) / widest) * 100)}%` })),
      // A signed weight isolated left to right: a Persian table shows +۱۱٫۹ and −۹٫۲, not ۱۱٫۹+ and ۹٫۲−.
      h('td', { class: 'bits' }, isolatedValue(signed(weight))),
    );
  return h(
    'details',
    { class: 'why', 'data-testid': 'dup-why' },
    h('summary', {}, formatMessage(t.dupWhy, { a: why.rowA, b: why.rowB })),
    h(
      'table',
      { class: 'waterfall' },
      h('tbody', {}, ...steps.map((step) => row(step.label, step.level, step.weight, 'dup-why-step')), row(t.dupWhyTotal, percent(probability), why.total, 'dup-why-total', true)),
    ),
    h('p', { class: 'muted' }, t.dupWhyHelp),
  );
}

function groupScore(state: SidebarState, group: DuplicateGroup): HTMLElement {
  return h('p', {}, h('strong', {}, formatMessage(state.messages.dupScore, { score: percent(group.probability) })));
}

/** The record Merge would leave, field by field (the fields the members differ in first seen in the table above), before the reviewer presses Merge. */
function previewSection(t: Messages, group: DuplicateGroup): HTMLElement[] {
  if (!group.preview) return [];
  return [h(
    'details',
    { class: 'dup-preview', 'data-testid': 'dup-preview', open: '' },
    h('summary', {}, t.mergePreviewHeading),
    h('dl', {}, ...group.preview.fields.flatMap((field) => [h('dt', {}, isolatedValue(field.header)), h('dd', { 'data-testid': 'dup-preview-value' }, isolatedValue(field.value))])),
    ...(group.preview.recounted ? [h('p', { class: 'muted' }, t.mergePreviewRecounted)] : []),
  )];
}

/** A group found while matching goes on: shown, not yet to act on. */
function pendingGroupCard(state: SidebarState, result: DuplicateGroups, group: DuplicateGroup): HTMLElement {
  return h('section', { class: 'dup-group', 'data-testid': 'dup-group' }, groupScore(state, group), ...differingFields(state, result, group));
}

function groupCard(state: SidebarState, result: DuplicateGroups, group: DuplicateGroup, reload: () => void, testId = 'dup-group'): HTMLElement {
  const t = state.messages;
  const merge = button(t.dupMerge, 'dup-merge', true);
  merge.addEventListener('click', () => void act(merge, async () => {
    const done = await server.mergeDuplicates([group.rows], true);
    showStatus(formatMessage(t.dupMerged, { count: done.rowsMerged }));
    reload();
  }));
  const reject = button(t.dupReject, 'dup-reject');
  reject.addEventListener('click', () => void act(reject, async () => {
    await server.rejectDuplicates(group.rows);
    reload();
  }));
  const heldBack = group.heldBack ? [h('p', { class: 'problem', 'data-testid': 'dup-held-back' }, t.mergeHeldBack)] : [];
  return h(
    'section',
    // data-rows: which rows the card is about, for tests and whatever the card's layout.
    { class: 'dup-group', 'data-testid': testId, 'data-rows': group.rows.join(' ') },
    groupScore(state, group),
    ...heldBack,
    ...differingFields(state, result, group),
    ...previewSection(t, group),
    merge,
    reject,
    whySection(t, group.why, group.probability),
  );
}

/** The uncertain pairs, most likely first, each to merge or tell apart. */
function checkSection(state: SidebarState, result: DuplicateGroups, reload: () => void): HTMLElement[] {
  const t = state.messages;
  if (result.toCheck.length === 0) return [];
  return [
    h('h2', { 'data-testid': 'dup-check-heading' }, formatMessage(t.dupCheckHeading, { count: result.toCheck.length })),
    h('p', { class: 'muted' }, t.dupCheckHint),
    ...result.toCheck.map((pair) => groupCard(state, result, pair, reload, 'dup-check')),
  ];
}

/** The merge rules, visible and changeable: per field, which value a merge keeps. */
function rulesSection(state: SidebarState, result: DuplicateGroups): HTMLElement {
  const t = state.messages;
  const choices: [string, string][] = [['recent', t.ruleRecent], ['oldest', t.ruleOldest], ['longest', t.ruleLongest]];
  const selects = result.rules.map((rule) => {
    const select = h('select', { 'data-field': rule.field }, ...choices.map(([value, label]) => h('option', { value }, label))) as HTMLSelectElement;
    select.value = rule.rule;
    return { rule, select };
  });
  const save = button(t.dupSaveRules, 'dup-save-rules');
  save.addEventListener('click', () => void act(save, async () => {
    await server.saveMergeRules(Object.fromEntries(selects.map(({ rule, select }) => [rule.field, select.value])));
    showStatus(t.dupRulesSaved);
  }));
  return h(
    'details',
    { 'data-testid': 'dup-rules' },
    h('summary', {}, t.dupRulesHeading),
    ...selects.map(({ rule, select }) => h('label', {}, isolatedValue(rule.header), select)),
    save,
  );
}

export function duplicatesPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const header = [h('h1', {}, t.dupHeading), back];
  const found = (result: DuplicateGroups) => h('p', { 'data-testid': 'dup-count' }, formatMessage(t.dupFound, { groups: result.groups.length, pairs: result.pairsCompared }));

  /** While matching goes on: how far it is, a stop button, the groups so far. */
  const showRunning = (result: DuplicateGroups, stop: () => void): HTMLElement => {
    const shown = Math.floor(result.progress * 100);
    const stopButton = button(t.dupProgressStop, 'dup-stop');
    stopButton.addEventListener('click', () => {
      stopButton.disabled = true;
      stop();
    });
    const status = h(
      'div',
      { 'data-testid': 'dup-progress' },
      h('p', {}, formatMessage(t.dupProgressComparing, { percent: shown })),
      h('progress', { max: '100', value: String(shown) }),
      h('p', {}, stopButton),
    );
    container.replaceChildren(...header, status, found(result), ...result.groups.map((group) => pendingGroupCard(state, result, group)));
    return status;
  };

  const showResult = (result: DuplicateGroups) => {
    const level = h('input', { type: 'number', min: '50', max: '100', value: '95', 'data-testid': 'dup-level' }) as HTMLInputElement;
    const mergeAll = button(t.dupMergeAll, 'dup-merge-all', true);
    const chosen = () => automaticMergeGroups(result.groups, Number(level.value) / 100);
    askFirst(
      mergeAll,
      () => ({ question: formatMessage(t.layoutConfirmMergeAll, { count: chosen().length }), confirm: t.dupMergeAll, cancel: t.layoutCancel }),
      (confirmed) => void act(confirmed, async () => {
        const done = await server.mergeDuplicates(chosen());
        showStatus(formatMessage(t.dupMerged, { count: done.rowsMerged }));
        load();
      }),
    );
    const undo = button(t.dupUndo, 'dup-undo');
    undo.addEventListener('click', () => void act(undo, async () => {
      showStatus(await server.undoLastAction('merge'));
      load();
    }));
    const resume = button(t.dupProgressContinue, 'dup-continue', true);
    resume.addEventListener('click', () => load());
    const stopped = result.complete
      ? []
      : [h('p', { class: 'problem', 'data-testid': 'dup-partial' }, formatMessage(t.dupProgressStopped, { percent: Math.floor(result.progress * 100) })), h('p', {}, resume)];
    const mergeControls = result.groups.length > 0 ? [h('label', { class: 'dup-level' }, t.dupLevel, ' ', level, '%'), mergeAll] : [h('p', { class: 'muted' }, t.dupNone)];
    container.replaceChildren(
      ...header,
      actionBar(found(result), ...mergeControls, undo),
      ...stopped,
      ...result.groups.map((group) => groupCard(state, result, group, load)),
      ...checkSection(state, result, load),
      rulesSection(state, result),
    );
  };

  /** Asks for steps of matching, each going on from the last, until the answer is complete or the user stops. */
  const load = () => {
    let shown: HTMLElement = h('p', { class: 'muted' }, t.loading);
    let stopped = false;
    container.replaceChildren(...header, shown);
    const step = (): Promise<void> =>
      act(null, async () => {
        const result = await server.getDuplicates();
        // The user went to another panel meanwhile: matching stops where it is, to continue another time.
        if (!shown.isConnected) return;
        if (!result) {
          container.replaceChildren(...header, h('p', {}, t.summaryNoSheet));
          return;
        }
        if (result.complete || stopped) {
          showResult(result);
          return;
        }
        shown = showRunning(result, () => (stopped = true));
        void step();
      });
    void step();
  };
  load();
}
