/**
 * The duplicates review panel: groups of rows that are probably the same customer, most
 * certain first, each with its match score and the fields that differ highlighted. The user
 * merges a group, rejects it (remembered), or merges every group above a confidence level.
 */
import { formatMessage } from '../core/i18n/formatMessage';
import type { DuplicateGroup, DuplicateGroups } from '../server/duplicates';
import type { SidebarState } from '../server/sidebarState';
import { button, h } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

const percent = (p: number) => `${Math.round(p * 100)}%`;

function groupCard(state: SidebarState, result: DuplicateGroups, group: DuplicateGroup, reload: () => void): HTMLElement {
  const t = state.messages;
  const merge = button(t.dupMerge, 'dup-merge', true);
  merge.addEventListener('click', () => void act(merge, async () => {
    const done = await server.mergeDuplicates([group.rows]);
    showStatus(formatMessage(t.dupMerged, { count: done.rowsMerged }));
    reload();
  }));
  const reject = button(t.dupReject, 'dup-reject');
  reject.addEventListener('click', () => void act(reject, async () => {
    await server.rejectDuplicates(group.rows);
    reload();
  }));
  const table = h(
    'table',
    { class: 'dup' },
    h('thead', {}, h('tr', {}, h('th', {}, '#'), ...result.headers.map((header) => h('th', {}, header)))),
    h(
      'tbody',
      {},
      ...group.members.map((member) =>
        h('tr', {}, h('td', {}, String(member.row)), ...member.values.map((value, c) => h('td', group.differing.includes(c) ? { class: 'differs' } : {}, h('bdi', {}, value)))),
      ),
    ),
  );
  return h('section', { class: 'dup-group', 'data-testid': 'dup-group' }, h('p', {}, h('strong', {}, formatMessage(t.dupScore, { score: percent(group.probability) }))), h('div', { class: 'scroll' }, table), merge, reject);
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
    ...selects.map(({ rule, select }) => h('label', {}, h('bdi', {}, rule.header), select)),
    save,
  );
}

export function duplicatesPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const header = [h('h1', {}, t.dupHeading), back];
  const load = () => {
    container.replaceChildren(...header, h('p', { class: 'muted' }, t.loading));
    void act(null, async () => {
      const result = await server.getDuplicates();
      if (!result) {
        container.replaceChildren(...header, h('p', {}, t.summaryNoSheet));
        return;
      }
      const level = h('input', { type: 'number', min: '50', max: '100', value: '95', 'data-testid': 'dup-level' }) as HTMLInputElement;
      const mergeAll = button(t.dupMergeAll, 'dup-merge-all');
      mergeAll.addEventListener('click', () => void act(mergeAll, async () => {
        const threshold = Number(level.value) / 100;
        const done = await server.mergeDuplicates(result.groups.filter((g) => g.probability >= threshold).map((g) => g.rows));
        showStatus(formatMessage(t.dupMerged, { count: done.rowsMerged }));
        load();
      }));
      const undo = button(t.dupUndo, 'dup-undo');
      undo.addEventListener('click', () => void act(undo, async () => {
        showStatus(await server.undoLastAction('merge'));
        load();
      }));
      container.replaceChildren(
        ...header,
        undo,
        rulesSection(state, result),
        ...(result.complete ? [] : [h('p', { class: 'problem', 'data-testid': 'dup-partial' }, t.dupPartial)]),
        h('p', { 'data-testid': 'dup-count' }, formatMessage(t.dupFound, { groups: result.groups.length, pairs: result.pairsCompared })),
        result.groups.length > 0 ? h('p', {}, h('label', {}, t.dupLevel, ' ', level, '%'), mergeAll) : h('p', { class: 'muted' }, t.dupNone),
        ...result.groups.map((group) => groupCard(state, result, group, load)),
      );
    });
  };
  load();
}
