/**
 * The local playground in headless Chromium: what a person sees and does in the page.
 * The playground runs the built add-on (dist/Code.js, dist/Sidebar.html, build/playground.html),
 * which jest's global setup builds.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { chooseMenuItem, launchChromium, openSidebarFrom, PLAYGROUND_USER, BROWSER_TEST_TIMEOUT_MS, untilItHolds as expect_ } from '../support/chromium';
import { loadBuiltAddon } from '../../src/local/builtAddon';
import { LocalHost, PROJECT_ROOT } from '../../src/local/localHost';
import { startPlayground } from '../../src/local/playground/server';
import { loadWorkbook, saveWorkbook } from '../../src/local/workbookFile';
import type { SidebarState } from '../../src/server/sidebarState';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const USER = PLAYGROUND_USER;

let directory: string;
let workbookFile: string;
let browser: Browser;
let playground: { url: string; close(): Promise<void> };
let page: Page;
let pageErrors: string[];

async function post(path: string, body: unknown = {}): Promise<void> {
  const response = await fetch(new URL(path, playground.url), { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${await response.text()}`);
}

async function openPage(url = playground.url): Promise<void> {
  await page.goto(url);
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
}

const cell = (a1: string) => page.locator(`[data-testid=grid] td[data-a1="${a1}"]`);

/** Opens the sidebar from the menu; resolves with its frame once it has drawn its summary. */
function openSidebar(): Promise<Frame> {
  return openSidebarFrom(page, 'showSidebar', 'summary');
}

/** Types into a cell as a person does: select it, type, press Enter. */
async function typeInto(a1: string, text: string): Promise<void> {
  await cell(a1).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** The customer count the host itself gives for a workbook file (the add-on's own summary). */
function hostCustomerCount(file: string): number {
  const host = loadWorkbook(file, { user: USER });
  loadBuiltAddon(host);
  return host.run<SidebarState>('getSidebarState').summary!.customerCount;
}

/** A started `node build/playground.cjs`, with the URL it printed. */
async function spawnPlayground(file: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [path.join(PROJECT_ROOT, 'build', 'playground.cjs'), '--port', '0', '--no-open', '--workbook', file], { env: { ...process.env, CI: '1' } });
  const url = await new Promise<string>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
      if (found) resolve(found[0]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('exit', (code) => reject(new Error(`The playground exited (${code}): ${output}`)));
  });
  return { child, url };
}

beforeAll(async () => {
  directory = mkdtempSync(path.join(tmpdir(), 'clientele-playground-'));
  workbookFile = path.join(directory, 'workbook.json');
  browser = await launchChromium();
  playground = await startPlayground({ port: 0, workbookFile, open: false });
});

afterAll(async () => {
  await browser?.close();
  await playground?.close();
  rmSync(directory, { recursive: true, force: true });
});

beforeEach(async () => {
  await post('/api/locale', { locale: 'en' });
  await post('/api/reset');
  page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});

afterEach(async () => {
  await page.close();
  expect(pageErrors).toEqual([]);
});

test('the playground shows the demo workbook: its sheet, its rows, Persian text right to left', async () => {
  await openPage();
  expect(await page.getByTestId('spreadsheet-name').textContent()).toBe('Clientele demo');
  expect(await page.getByTestId('sheet-tab').allTextContents()).toEqual(['Customers']);
  expect(await cell('B1').textContent()).toBe('Phone');
  const rowsWithNames = await page.locator('[data-testid=grid] td[data-column="1"]').evaluateAll((cells) => cells.filter((c) => c.textContent !== '').length);
  expect(rowsWithNames - 1).toBe(hostCustomerCount(workbookFile));
  const persian = page.locator('[data-testid=grid] td[data-column="1"]').filter({ hasText: /[\u0600-\u06FF]/ }).first();
  expect(await persian.evaluate((td) => getComputedStyle(td).direction)).toBe('rtl');
  expect(await cell('A1').evaluate((td) => getComputedStyle(td).direction)).toBe('ltr');
});

test('Extensions ▸ Clientele ▸ Open Clientele opens the real sidebar, which counts the demo customers', async () => {
  await openPage();
  const sidebar = await openSidebar();
  expect(await page.getByTestId('sidebar-title').textContent()).toBe('Clientele');
  expect(await page.getByTestId('sidebar-panel').evaluate((panel) => panel.getBoundingClientRect().width)).toBe(300);
  const countText = (await sidebar.getByTestId('customer-count').textContent()) ?? '';
  const count = Number(/\d+/.exec(countText)?.[0]);
  expect(count).toBeGreaterThan(180);
  expect(count).toBe(hostCustomerCount(workbookFile));
});

test('"Set up customer sheet" in the sidebar adds the customer ID column to the grid', async () => {
  await openPage();
  expect(await cell('Q1').textContent()).toBe('');
  const sidebar = await openSidebar();
  await sidebar.getByTestId('set-up').click();
  // The demo has no default country yet: set-up asks for it first (test/browser/setUpQuestion.test.ts).
  await sidebar.getByTestId('set-up-confirm').click();
  await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();
  expect(await cell('Q2').textContent()).toMatch(/^C-\d{6}$/);
  await page.getByTestId('toast').first().waitFor();
  expect(await sidebar.getByTestId('status').textContent()).not.toBe('');
  // Set-up freezes the header row: the page draws it as frozen.
  expect(await cell('A1').evaluate((td) => td.parentElement!.classList.contains('frozen'))).toBe(true);
  // The top bar tells how long the last execution would take on Apps Script (the host's cost model).
  expect(await page.getByTestId('apps-script-time').textContent()).toMatch(/^[A-Za-z]+: about [\d.,]+ s on Apps Script$/);
});

test('an edit in the grid is kept: after a reload, and after restarting the server on the same file', async () => {
  await openPage();
  await typeInto('K3', 'Prefers evening visits');
  await cell('K3').filter({ hasText: 'Prefers evening visits' }).waitFor();
  await page.reload();
  await cell('K3').filter({ hasText: 'Prefers evening visits' }).waitFor();

  await playground.close();
  const restarted = await spawnPlayground(workbookFile);
  try {
    await openPage(restarted.url);
    expect(await cell('K3').textContent()).toBe('Prefers evening visits');
  } finally {
    const exited = new Promise<number | null>((resolve) => restarted.child.on('exit', resolve));
    restarted.child.kill('SIGTERM');
    expect(await exited).toBe(0);
    playground = await startPlayground({ port: 0, workbookFile, open: false });
  }
});

test("a cell selected in the grid keeps the keyboard while the sidebar's call redraws the sheet", async () => {
  await openPage();
  const sidebar = await openSidebar();
  await cell('K4').click();
  const drawnBefore = await cell('K4').elementHandle();
  // A call the sidebar makes by itself (as after it notices a change) redraws the sheet under the selection.
  await sidebar.evaluate(() => new Promise<unknown>((resolve, reject) => {
    (window as unknown as { google: { script: { run: { withSuccessHandler(f: (v: unknown) => void): { withFailureHandler(f: (e: unknown) => void): { getSidebarState(): void } } } } } }).google.script.run.withSuccessHandler(resolve).withFailureHandler(reject).getSidebarState();
  }));
  await page.waitForFunction((td) => !td?.isConnected, drawnBefore);
  await page.keyboard.type('Called back on Friday');
  await page.keyboard.press('Enter');
  await cell('K4').filter({ hasText: 'Called back on Friday' }).waitFor();
});

test('an edit of the protected ID column shows the protection warning and is kept', async () => {
  await openPage();
  await chooseMenuItem(page, 'setUpCustomerSheet');
  await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();
  await typeInto('Q2', 'C-999999');
  const message = page.getByTestId('edit-message');
  await message.waitFor();
  expect(await message.textContent()).toContain('protected cell');
  expect(await cell('Q2').textContent()).toBe('C-999999');
});

test('a rejected edit shows its reason and leaves the cell as it was', async () => {
  // A new spreadsheet, where set-up creates the Customers sheet with NPS validation (0–10, invalid refused).
  const file = path.join(directory, 'new-sheet.json');
  const host = new LocalHost({ user: USER });
  host.createSpreadsheet('Studio customers');
  loadBuiltAddon(host);
  host.run('setUpCustomerSheet');
  saveWorkbook(host, file);
  const other = await startPlayground({ port: 0, workbookFile: file, open: false });
  try {
    await page.goto(other.url);
    const header = page.locator('[data-testid=grid] tr.frozen td', { hasText: 'NPS' });
    await header.waitFor();
    const column = await header.getAttribute('data-column');
    const target = page.locator(`[data-testid=grid] td[data-row="2"][data-column="${column}"]`);
    await target.click();
    await page.keyboard.type('11');
    await page.keyboard.press('Enter');
    const message = page.getByTestId('edit-message');
    await message.waitFor();
    expect(await message.textContent()).toMatch(/There was a problem/);
    expect(await target.textContent()).toBe('');
    await target.click();
    await page.keyboard.type('9');
    await page.keyboard.press('Enter');
    await target.filter({ hasText: '9' }).waitFor();
  } finally {
    await other.close();
  }
});

test('in Persian the menu speaks Persian and the sidebar lays out right to left', async () => {
  await openPage();
  await page.getByTestId('locale').selectOption('fa');
  await page.getByTestId('menu-extensions').click();
  await page.getByTestId('menu-addon').click();
  const item = page.locator('[data-testid=menu-item][data-function="showSidebar"]');
  await item.filter({ hasText: /[\u0600-\u06FF]/ }).waitFor();
  await item.click();
  await page.getByTestId('sidebar-panel').waitFor();
  const sidebar = (await (await page.getByTestId('sidebar-frame').elementHandle())!.contentFrame())!;
  await sidebar.getByTestId('summary').waitFor();
  expect(await sidebar.evaluate(() => document.documentElement.dir)).toBe('rtl');
  expect(await sidebar.locator('h2').first().evaluate((heading) => getComputedStyle(heading).direction)).toBe('rtl');
});

test('the Triggers panel lists installable triggers and runs one now', async () => {
  await openPage();
  await page.getByTestId('triggers-button').click();
  await page.getByTestId('no-triggers').waitFor();

  // The add-on installs no trigger yet: a daily one is put in a workbook of its own, its handler a real entry point.
  const file = path.join(directory, 'triggers.json');
  const host = new LocalHost({ user: USER });
  host.createSpreadsheet('Studio customers');
  host.scriptApp.newTrigger('setUpCustomerSheet').timeBased().everyDays(1).atHour(3).create();
  saveWorkbook(host, file);
  const other = await startPlayground({ port: 0, workbookFile: file, open: false });
  try {
    await page.goto(other.url);
    await page.getByTestId('triggers-button').filter({ hasText: 'Triggers (1)' }).click();
    const row = page.getByTestId('trigger').filter({ hasText: 'setUpCustomerSheet' });
    expect(await row.locator('td').allTextContents()).toEqual(['setUpCustomerSheet', 'CLOCK', 'every 1 day(s) at 03:00', 'Studio customers', '—', 'Run now']);
    await row.getByTestId('trigger-run').click();
    await page.locator('[data-testid=grid] tr.frozen td', { hasText: 'Customer ID' }).waitFor();
    expect(await row.getByTestId('trigger-last-run').textContent()).not.toBe('—');
    await page.getByTestId('toast').first().waitFor();
  } finally {
    await other.close();
  }
});

test('Reset demo brings the demo workbook back', async () => {
  await openPage();
  const original = await cell('A2').textContent();
  await typeInto('A2', 'Someone else');
  await cell('A2').filter({ hasText: 'Someone else' }).waitFor();
  page.once('dialog', (dialog) => void dialog.accept());
  await page.getByTestId('reset').click();
  await cell('A2').filter({ hasText: original! }).waitFor();
  expect(await cell('A2').textContent()).toBe(original);
  await page.reload();
  await cell('A2').filter({ hasText: original! }).waitFor();
});

test('Clean customer data… previews the fixes, Apply cleans the grid and Undo brings every cell back', async () => {
  await openPage();
  const phoneBefore = await cell('B3').textContent();
  const nameBefore = await cell('A2').textContent();
  await chooseMenuItem(page, 'showCleaningPanel');
  await page.getByTestId('sidebar-panel').waitFor();
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await sidebar.getByTestId('clean-fixes').waitFor();
  expect(Number(/\d+/.exec((await sidebar.getByTestId('clean-count').textContent()) ?? '')?.[0])).toBeGreaterThan(100);
  expect(await sidebar.locator('[data-kind=phoneFormat]').count()).toBeGreaterThan(0);
  expect(await sidebar.getByTestId('clean-issues').textContent()).toContain('Row ');
  // Nothing is written by the preview.
  expect(await cell('B3').textContent()).toBe(phoneBefore);

  await sidebar.getByTestId('clean-apply').click();
  // Applying touches many rows: the sidebar asks first, with the count.
  expect(await sidebar.getByTestId('confirm-question').textContent()).toMatch(/^Change \d+ cells\?/);
  await sidebar.getByTestId('confirm-yes').click();
  await sidebar.getByTestId('clean-undo').waitFor();
  await expect_(async () => expect(await cell('B3').textContent()).toMatch(/^\+\d+$/));

  await sidebar.getByTestId('clean-undo').click();
  await expect_(async () => expect(await cell('B3').textContent()).toBe(phoneBefore));
  expect(await cell('A2').textContent()).toBe(nameBefore);
});

test('Data quality report shows completeness and validity, and adds the audit to a sheet', async () => {
  await openPage();
  await chooseMenuItem(page, 'showDataQuality');
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await sidebar.getByTestId('quality-table').waitFor();
  expect(await sidebar.getByTestId('quality-rows').textContent()).toBe(`Customers: ${hostCustomerCount(workbookFile)}`);
  expect(await sidebar.getByTestId('quality-duplicates').textContent()).toMatch(/^Likely duplicates: \d+ rows/);
  await sidebar.getByTestId('quality-write').click();
  await expect_(async () => expect(await page.getByTestId('sheet-tab').allTextContents()).toContain('Data quality'));
});

test('Find duplicates… shows groups with their score, merges one into a single row and undoes it', async () => {
  await openPage();
  const rowsBefore = await page.locator('[data-testid=grid] td[data-column="1"]').evaluateAll((cells) => cells.filter((c) => c.textContent !== '').length);
  await chooseMenuItem(page, 'showDuplicatesPanel');
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await sidebar.getByTestId('dup-group').first().waitFor();
  expect(await sidebar.getByTestId('dup-count').textContent()).toMatch(/^Groups found: \d+/);
  expect(await sidebar.getByTestId('dup-group').first().textContent()).toMatch(/Same customer: \d+%/);
  // A group is a compact card of the fields its rows differ in: each row's value of each.
  expect(await sidebar.getByTestId('dup-group').first().getByTestId('dup-value').count()).toBeGreaterThan(0);

  await sidebar.getByTestId('dup-merge').first().click();
  const countRows = () => page.locator('[data-testid=grid] td[data-column="1"]').evaluateAll((cells) => cells.filter((c) => c.textContent !== '').length);
  await expect_(async () => expect(await countRows()).toBeLessThan(rowsBefore));
  await expect_(async () => expect(await page.getByTestId('sheet-tab').allTextContents()).toContain('Merged'));

  await sidebar.getByTestId('dup-undo').click();
  await expect_(async () => expect(await countRows()).toBe(rowsBefore));
});

test('NPS report shows the score with its interval, and the score by month', async () => {
  await openPage();
  await chooseMenuItem(page, 'showNpsReport');
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await sidebar.getByTestId('nps-score').waitFor();
  expect(await sidebar.getByTestId('nps-score').textContent()).toMatch(/^NPS: -?\d+$/);
  expect(await sidebar.getByTestId('nps-interval').textContent()).toMatch(/^95% interval: -?\d+ to -?\d+/);
  await sidebar.getByTestId('nps-by').selectOption('month');
  await sidebar.getByTestId('nps-groups').waitFor();
  expect(await sidebar.locator('[data-testid=nps-groups] tr').count()).toBeGreaterThan(3);
});

test('Update dashboard writes the Dashboard sheet, whose native charts show over its grid', async () => {
  await openPage();
  await chooseMenuItem(page, 'updateDashboard');
  await expect_(async () => expect(await page.getByTestId('sheet-tab').allTextContents()).toContain('Dashboard'));
  await page.locator('[data-testid=sheet-tab][data-sheet="Dashboard"]').click();
  await cell('A1').filter({ hasText: 'Customer dashboard' }).waitFor();
  const charts = page.getByTestId('chart');
  // The demo's purchase histories add the predictions' chart of customers by probability active.
  await expect_(async () => expect(await charts.count()).toBe(6));
  expect(await charts.evaluateAll((svgs) => svgs.map((svg) => svg.getAttribute('data-type')))).toEqual(['PIE', 'COLUMN', 'LINE', 'BAR', 'COLUMN', 'COLUMN']);
  expect(await page.getByTestId('chart-title').allTextContents()).toEqual([
    'Promoters, passives and detractors',
    'Scores 0–10',
    'NPS by month, with its 95% interval',
    'NPS by acquisition channel',
    'Customer segments',
    'Probability active',
  ]);
  expect(await charts.nth(1).locator('[data-testid=chart-bar]').count()).toBe(11);
  // Each chart sits beside its table: its top edge on its section's heading row, right of column F.
  const pie = await charts.first().boundingBox();
  const heading = await cell('A12').boundingBox();
  const columnG = await cell('G12').boundingBox();
  expect(Math.abs(pie!.y - heading!.y)).toBeLessThan(2);
  expect(Math.abs(pie!.x - columnG!.x)).toBeLessThan(2);
});

test('the NPS panel updates the follow-up list and counts detractors by status', async () => {
  await openPage();
  await chooseMenuItem(page, 'showNpsReport');
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await sidebar.getByTestId('update-follow-up').click();
  await sidebar.getByTestId('follow-up-counts').waitFor();
  expect(await sidebar.getByTestId('follow-up-contacted').textContent()).toBe('contacted: 0');
  expect(await sidebar.getByTestId('follow-up-to-contact').textContent()).toMatch(/^to contact: \d+$/);
  await expect_(async () => expect(await page.getByTestId('sheet-tab').allTextContents()).toContain('Follow-up'));
});

test('the insights panel shows activity and RFM segments, channels and the win-back list, and saves its settings', async () => {
  await openPage();
  await chooseMenuItem(page, 'showNpsReport');
  const sidebar = page.frameLocator('[data-testid=sidebar-frame]');
  await sidebar.getByTestId('nps-source').waitFor();
  expect(await sidebar.getByTestId('nps-source').textContent()).toMatch(/^Answers from the column “NPS” of the sheet/);
  await sidebar.getByTestId('open-insights').click();
  await sidebar.getByTestId('insight-activity').waitFor();
  const activity = await sidebar.locator('[data-testid=insight-activity] tr').allTextContents();
  expect(activity[0]).toMatch(/^Active: bought in the last 30 days\d+$/);
  expect(await sidebar.locator('[data-testid=insight-rfm] tr').count()).toBeGreaterThan(3);
  expect(await sidebar.locator('[data-testid=insight-channels] tbody tr').count()).toBeGreaterThan(3);
  await sidebar.getByTestId('insight-at-risk-days').fill('14');
  await sidebar.getByTestId('insight-save').click();
  await expect_(async () => expect((await sidebar.locator('[data-testid=insight-activity] tr').allTextContents())[0]).toMatch(/^Active: bought in the last 14 days\d+$/));
});
