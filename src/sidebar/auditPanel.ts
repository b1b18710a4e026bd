/**
 * The Audited editing panel: the switch for the installable edit trigger, the protection of the
 * system columns and the audit log (warning or owner only), whether the log is intact (its
 * checks chain from row to row), and the latest entries — IDs and field names only.
 */
import { formatMessage } from './viewFormat';
import { auditActionLabel } from '../core/i18n/codeLabels';
import type { AuditPanel } from '../server/audit/auditPanel';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue, unit } from './dom';
import type { Navigation } from './navigation';
import { server } from './serverApi';
import { act, showStatus } from './status';

export function auditPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const editing = h('input', { type: 'checkbox', 'data-testid': 'audit-editing' }) as HTMLInputElement;
  const protection = h('select', { 'data-testid': 'audit-protection' },
    h('option', { value: 'warning' }, t.auditProtectionWarning),
    h('option', { value: 'owner' }, t.auditProtectionOwner),
  ) as HTMLSelectElement;
  const save = button(t.auditSave, 'audit-save', true);
  const log = h('div', { 'data-testid': 'audit-log' }, h('p', { class: 'muted' }, t.loading));
  container.replaceChildren(
    h('h1', {}, t.auditHeading),
    back,
    h('label', { class: 'check' }, editing, ' ', t.auditEditingSwitch),
    h('p', { class: 'muted' }, t.auditEditingHelp),
    h('label', {}, t.auditProtectionLabel, protection),
    h('div', { class: 'actions' }, save),
    log,
  );
  const render = (panel: AuditPanel) => {
    editing.checked = panel.editing;
    protection.value = panel.protection;
    const integrity = panel.entries === 0
      ? h('p', { 'data-testid': 'audit-integrity' }, t.auditEmpty)
      : panel.brokenRow === null
        ? h('p', { 'data-testid': 'audit-integrity' }, formatMessage(t.auditIntact, { count: panel.entries }))
        : h('p', { class: 'problem', 'data-testid': 'audit-integrity' }, formatMessage(t.auditBroken, { row: panel.brokenRow }));
    const parts: Node[] = [integrity];
    if (panel.recent.length > 0) {
      parts.push(
        h('h2', {}, t.auditRecentHeading),
        // An entry to a block of two lines, not a table row: four columns in 300 px wrapped dates onto three lines and broke IDs at their hyphen.
        h('div', { 'data-testid': 'audit-recent' }, ...panel.recent.map((row) =>
          h('div', { class: 'audit-entry' },
            unit(row.time.slice(0, 16).replace('T', ' ')), ' · ', h('span', { 'data-action': row.action }, auditActionLabel(t, row.action)), ' · ',
            ...row.customerIds.split(/,\s*/).filter(Boolean).flatMap((id, i) => [i > 0 ? ', ' : '', unit(id)]),
            h('div', { class: 'muted' }, isolatedValue(row.fields))))),
      );
    }
    log.replaceChildren(...parts);
  };
  save.addEventListener('click', () =>
    void act(save, async () => {
      const panel = await server.setAuditedEditing(editing.checked, protection.value === 'owner' ? 'owner' : 'warning');
      render(panel);
      showStatus(panel.notice ?? t.auditSaved, panel.notice !== undefined);
    }),
  );
  void act(null, async () => render(await server.getAuditPanel()));
}
