/**
 * The sidebar page: loads the state, lays the page out in the user's language and direction,
 * and shows the panel the menu asked for (the server sets `data-panel` on #app); then keeps
 * the panel shown in step with the document (freshness.ts).
 */
import type { SidebarState } from '../server/sidebarState';
import { cleaningPanel } from './cleaningPanel';
import { duplicatesPanel } from './duplicatesPanel';
import { npsPanel } from './npsPanel';
import { formPanel } from './formPanel';
import { importPanel } from './importPanel';
import { quarantinePanel } from './quarantinePanel';
import { insightsPanel } from './insightsPanel';
import { homePanel } from './homePanel';
import type { Navigation, PanelName } from './navigation';
import { qualityPanel } from './qualityPanel';
import { backupsPanel } from './backupsPanel';
import { auditPanel } from './auditPanel';
import { privacyPanel } from './privacyPanel';
import { keepInTouchPanel } from './keepInTouchPanel';
import { cardPanel } from './cardPanel';
import { todayPanel } from './todayPanel';
import { purchasesPanel } from './purchasesPanel';
import { setUpQuestionPanel } from './setUpQuestion';
import { server } from './serverApi';
import { act } from './status';
import { useViewFormat } from './viewFormat';
import { keepFresh } from './freshness';

const app = document.getElementById('app') as HTMLElement;
let current: SidebarState | null = null;
let shown: PanelName = 'home';

function show(state: SidebarState, panel: PanelName): void {
  current = state;
  shown = panel;
  freshness.drawn();
  document.documentElement.lang = state.language;
  document.documentElement.dir = state.direction;
  useViewFormat(state);
  app.dataset.panel = panel;
  if (panel === 'clean') cleaningPanel(state, navigation, app);
  else if (panel === 'quality') qualityPanel(state, navigation, app);
  else if (panel === 'duplicates') duplicatesPanel(state, navigation, app);
  else if (panel === 'nps') npsPanel(state, navigation, app);
  else if (panel === 'form') formPanel(state, navigation, app);
  else if (panel === 'import') importPanel(state, navigation, app);
  else if (panel === 'quarantine') quarantinePanel(state, navigation, app);
  else if (panel === 'insights') insightsPanel(state, navigation, app);
  else if (panel === 'backups') backupsPanel(state, navigation, app);
  else if (panel === 'privacy') privacyPanel(state, navigation, app);
  else if (panel === 'audit') auditPanel(state, navigation, app);
  else if (panel === 'card') cardPanel(state, navigation, app);
  else if (panel === 'today') todayPanel(state, navigation, app);
  else if (panel === 'purchases') purchasesPanel(state, navigation, app);
  else if (panel === 'keepInTouch') keepInTouchPanel(state, navigation, app);
  else if (panel === 'setUp') setUpQuestionPanel(state, navigation, app, 'setUp');
  else if (panel === 'setUpQuestion') setUpQuestionPanel(state, navigation, app, 'save');
  else app.replaceChildren(...homePanel(state, navigation).filter((part): part is Node | string => Boolean(part)));
  app.setAttribute('aria-busy', 'false');
}

const navigation: Navigation = {
  home: (state) => show(state, 'home'),
  open: (panel) => {
    if (current) show(current, panel);
  },
};

const freshness = keepFresh(app, {
  redraw: async () => show(await server.getSidebarState(), shown),
  messages: () => current?.messages ?? null,
});

const requested = (app.dataset.panel as PanelName | undefined) ?? 'home';
void act(null, async () => show(await server.getSidebarState(), requested));
