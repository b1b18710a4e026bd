/**
 * The Keep in touch panel: today's lists (birthdays, recalls, win-back, tier changes,
 * anniversaries, festivals, detractors to call) of customers who agreed to be contacted; from a
 * list, messages by email (sent by the add-on) or as WhatsApp, Telegram and SMS links that staff
 * open on their phone (each opening is logged); and the settings: shop name, recall services,
 * the daily digest's hour, the detractor alert and the loyalty programme.
 */
import { formatMessage, viewNumber, viewDigits } from './viewFormat';
import type { Messages } from '../core/i18n/messages';
import type { OutreachList } from '../core/keepInTouch/listMessages';
import type { LoyaltyForm } from '../core/keepInTouch/loyaltyForm';
import { FESTIVAL_NAME_KEYS } from '../core/keepInTouch/outreach';
import type { TodayDigestReport } from '../server/keepInTouch/todayDigest';
import type { SidebarState } from '../server/sidebarState';
import { button, h, isolatedValue, pageArrow, type Child } from './dom';
import type { Navigation } from './navigation';
import { outreachControls } from './outreachMessages';
import { server } from './serverApi';
import { act, showStatus } from './status';

/**
 * One line of a list: the item keeps the page's direction (its bullet on the page's side, right
 * in Persian) and the text in it is isolated in its own direction.
 */
function listLine(line: string | Child[]): HTMLElement {
  return typeof line === 'string' ? h('li', {}, isolatedValue(line)) : h('li', {}, ...line);
}

/** "date name (years)", each value isolated: a Persian birthday reads right to left with its date as written. */
function datedLine(date: string, name: string, years: number): Child[] {
  return [isolatedValue(date), ' ', isolatedValue(name), ' (', isolatedValue(viewNumber(years)), ')'];
}

function outreachSection(t: Messages, list: OutreachList, heading: string, lines: (string | Child[])[]): HTMLElement | null {
  if (lines.length === 0) return null;
  return h('section', { 'data-list': list },
    h('h2', {}, heading),
    h('ul', {}, ...lines.map(listLine)),
    ...outreachControls(t, list, { channel: `channel-${list}`, prepare: `prepare-${list}` }, () => undefined));
}

/**
 * "Please check your details" for the customers the owner names by ID: it is not a list of the
 * day, so nobody is in it unasked (asking everyone at once is a decision, not a default).
 */
function detailsCheckSection(t: Messages): HTMLElement {
  const ids = h('input', { id: 'kit-details-ids', 'data-testid': 'kit-details-ids', dir: 'ltr' }) as HTMLInputElement;
  return h('section', { 'data-list': 'detailsCheck' },
    h('h2', {}, t.kitDetailsHeading),
    h('label', { for: 'kit-details-ids' }, t.kitDetailsIds), ids,
    ...outreachControls(t, 'detailsCheck', { channel: 'channel-detailsCheck', prepare: 'prepare-detailsCheck' }, () => ids.value.split(/[\s,،，;]+/).filter(Boolean)));
}

function listsOf(t: Messages, report: TodayDigestReport): HTMLElement[] {
  const { digest } = report;
  const count = (template: string, entries: readonly unknown[]) => formatMessage(template, { count: entries.length, days: '' });
  const plain = (heading: string, lines: string[]) => (lines.length === 0 ? null : h('section', {}, h('h2', {}, heading), h('ul', {}, ...lines.map(listLine))));
  const parts = [
    outreachSection(t, 'birthdays', count(t.kitDigestBirthdays, digest.birthdays), digest.birthdays.map((b) => datedLine(b.date, b.name, b.years))),
    outreachSection(t, 'recallsDue', count(t.kitDigestRecalls, digest.recallsDue), digest.recallsDue.map((r) => formatMessage(t.kitDigestRecallLine, { name: r.name, service: r.service, lastVisit: r.lastVisit }))),
    outreachSection(t, 'winBack', formatMessage(t.kitDigestWinBack, { count: digest.winBack.length, days: report.winBackDays }), digest.winBack.map((w) => `${w.name} (${viewNumber(w.daysSincePurchase)})`)),
    outreachSection(t, 'tierChanges', count(t.kitDigestTierChanges, digest.tierChanges), digest.tierChanges.map((c) => `${c.date} ${c.name}: ${c.from ?? '—'} ${pageArrow()} ${c.to ?? '—'} (${viewNumber(c.points)})`)),
    outreachSection(t, 'anniversaries', count(t.kitDigestAnniversaries, digest.anniversaries), digest.anniversaries.map((a) => datedLine(a.date, a.name, a.years))),
    plain(t.kitDigestFestivals, digest.festivals.map((f) => formatMessage(t.kitDigestFestivalLine, { festival: t[FESTIVAL_NAME_KEYS[f.festival]], date: f.date, count: f.customers }))),
    outreachSection(t, 'detractors', count(t.kitDigestDetractors, digest.detractors), digest.detractors.map((d) => formatMessage(t.kitDigestDetractorLine, { name: d.name, score: d.score, comment: d.comment }))),
  ].filter((part): part is HTMLElement => part !== null);
  return parts.length === 0 ? [h('p', { class: 'muted', 'data-testid': 'nothing-due' }, t.kitDigestNothing)] : parts;
}

/** The loyalty programme's fields: read as typed and checked by the server, which names what to correct. */
function loyaltyFields(t: Messages, saved: LoyaltyForm): { fields: HTMLElement; value: () => LoyaltyForm } {
  const perUnit = h('input', { id: 'kit-per-unit', 'data-testid': 'kit-points-per-unit', inputmode: 'decimal', value: saved.pointsPerUnit }) as HTMLInputElement;
  const perVisit = h('input', { id: 'kit-per-visit', 'data-testid': 'kit-points-per-visit', inputmode: 'numeric', value: saved.pointsPerVisit }) as HTMLInputElement;
  const currency = h('input', { id: 'kit-currency', 'data-testid': 'kit-points-currency', maxlength: '3', value: saved.currency }) as HTMLInputElement;
  const tiers = h('textarea', { id: 'kit-tiers', 'data-testid': 'kit-tiers', rows: '3', dir: 'auto' }, saved.tiers) as HTMLTextAreaElement;
  const tierWindow = h('select', { id: 'kit-tier-window', 'data-testid': 'kit-tier-window' },
    h('option', { value: 'allTime' }, t.loyaltyFormAllTime), h('option', { value: 'last12Months' }, t.loyaltyForm12Months)) as HTMLSelectElement;
  tierWindow.value = saved.tierWindow;
  const fields = h('fieldset', { 'data-testid': 'kit-loyalty' }, h('legend', {}, t.loyaltyFormHeading),
    h('label', { for: 'kit-per-unit' }, t.loyaltyFormPerUnit), perUnit,
    h('label', { for: 'kit-per-visit' }, t.loyaltyFormPerVisit), perVisit,
    h('label', { for: 'kit-currency' }, t.loyaltyFormCurrency), currency,
    h('label', { for: 'kit-tiers' }, t.loyaltyFormTiers), tiers,
    h('label', { for: 'kit-tier-window' }, t.loyaltyFormWindow), tierWindow);
  return {
    fields,
    value: () => ({ pointsPerUnit: perUnit.value, pointsPerVisit: perVisit.value, currency: currency.value, tiers: tiers.value, tierWindow: tierWindow.value as LoyaltyForm['tierWindow'] }),
  };
}

function settingsForm(t: Messages, report: TodayDigestReport): HTMLElement {
  const { shopName, recallServices, ownerAlerts } = report.settings;
  const shop = h('input', { id: 'kit-shop', 'data-testid': 'kit-shop', maxlength: '100', value: shopName }) as HTMLInputElement;
  const recalls = h('textarea', { id: 'kit-recalls', 'data-testid': 'kit-recalls', rows: '3' }, recallServices) as HTMLTextAreaElement;
  const hour = h('select', { id: 'kit-hour', 'data-testid': 'kit-digest-hour' }, h('option', { value: '' }, t.kitDigestOff),
    ...Array.from({ length: 24 }, (_, i) => h('option', { value: String(i) }, viewDigits(`${String(i).padStart(2, '0')}:00`)))) as HTMLSelectElement;
  hour.value = ownerAlerts?.digestHour === undefined ? '' : String(ownerAlerts.digestHour);
  const detractors = h('input', { type: 'checkbox', id: 'kit-detractors', 'data-testid': 'kit-detractor-alert' }) as HTMLInputElement;
  detractors.checked = ownerAlerts?.detractors === true;
  const to = h('input', { id: 'kit-to', 'data-testid': 'kit-alert-to', type: 'email', value: ownerAlerts?.to ?? '' }) as HTMLInputElement;
  const loyalty = loyaltyFields(t, report.settings.loyalty);
  const save = h('button', { type: 'submit', 'data-testid': 'kit-save' }, t.kitSave) as HTMLButtonElement;
  const form = h('form', {},
    h('label', { for: 'kit-shop' }, t.kitShopName), shop,
    h('label', { for: 'kit-recalls' }, t.kitRecallServicesLabel), recalls,
    h('label', { for: 'kit-hour' }, t.kitDigestHour), hour,
    h('label', { for: 'kit-detractors', class: 'check' }, detractors, ' ', t.kitDetractorAlert),
    h('label', { for: 'kit-to' }, t.kitAlertAddress), to,
    loyalty.fields,
    save);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void act(save, async () => {
      const problems = await server.saveKeepInTouchSettings({ shopName: shop.value, recallServices: recalls.value, loyaltyForm: loyalty.value() });
      const saved = await server.saveOwnerAlerts({ digestHour: hour.value === '' ? null : Number(hour.value), detractors: detractors.checked, to: to.value });
      to.value = saved.alerts?.to ?? '';
      const unread = problems.map((p) => `${p.line}: ${p.text}`).join('; ');
      const message = saved.scheduler.installed ? t.kitSaved : formatMessage(t.kitNotInstalled, { reason: saved.scheduler.reason });
      showStatus(unread ? `${message} ${unread}` : message);
    });
  });
  return h('section', { 'data-testid': 'kit-settings' }, h('h2', {}, t.kitSettingsHeading), form);
}

export function keepInTouchPanel(state: SidebarState, nav: Navigation, container: HTMLElement): void {
  const t = state.messages;
  const back = button(t.back, 'back');
  back.addEventListener('click', () => void act(back, async () => nav.home(await server.getSidebarState())));
  const body = h('div', { 'data-testid': 'keep-in-touch' }, h('p', { class: 'muted' }, t.loading));
  container.replaceChildren(h('h1', {}, t.kitPanelHeading), back, body);
  void act(null, async () => {
    const report = await server.getTodayDigest();
    if ('error' in report) {
      body.replaceChildren(h('p', {}, t.summaryNoSheet));
      return;
    }
    body.replaceChildren(...listsOf(t, report), detailsCheckSection(t), settingsForm(t, report));
  });
}
