/**
 * Predictions in the playground (the built add-on on the demo workbook, in headless Chromium):
 * Update predictions fills the five prediction columns of the customer sheet, and the insights
 * panel lists the value at risk, per currency, in English and in Persian.
 */
import type { Page } from 'playwright-core';
import { BROWSER_TEST_TIMEOUT_MS, chooseMenuItem } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('predictions', { startBlank: true });
const { cell, post, sidebar } = playground;
let page: Page;
beforeEach(() => {
  page = playground.page();
});
afterEach(() => post('/api/locale', { locale: 'en' }));

/** The demo has 16 columns (A–P): the prediction columns are added after them, Q to U. */
const PREDICTION_HEADERS = { en: ['Probability active', 'Expected purchases', 'Expected average spend', 'Expected value (CLV)', 'Value at risk'], fa: ['احتمال فعال بودن', 'خریدهای مورد انتظار', 'میانگین خرید مورد انتظار', 'ارزش مورد انتظار (CLV)', 'ارزش در خطر'] };

async function openDemo(locale: 'en' | 'fa'): Promise<void> {
  await post('/api/locale', { locale });
  await post('/api/reset');
  await page.goto(playground.url);
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
}

/** The prediction columns as the grid shows them: the headers, and how many of the 200 rows got a number in each. */
async function predictionColumns(): Promise<{ headers: string[]; filled: number[] }> {
  const columns = ['Q', 'R', 'S', 'T', 'U'];
  const headers = await Promise.all(columns.map(async (column) => (await cell(`${column}1`).textContent()) ?? ''));
  const filled = await Promise.all(columns.map((column) =>
    page.locator(`[data-testid=grid] td[data-a1^="${column}"]`).evaluateAll((cells, c) => cells.filter((td) => td.getAttribute('data-a1') !== `${c}1` && /\d/.test(td.textContent ?? '')).length, column)));
  return { headers, filled };
}

test('in English: Update predictions from the insights panel fills the five columns, and the panel lists the value at risk per currency', async () => {
  await openDemo('en');
  await chooseMenuItem(page, 'showNpsReport');
  await sidebar().getByTestId('open-insights').click();
  const atRisk = sidebar().getByTestId('insight-value-at-risk');
  await atRisk.waitFor();
  const line = (await atRisk.textContent()) ?? '';
  expect(line).toMatch(/^Value at risk \(lost if the inactive-looking have gone\): /);
  // Each studio's currency apart, never one sum of tenge and toman.
  for (const currency of ['KZT', 'IRT', 'CNY']) expect(line).toMatch(new RegExp(`[\\d,]+ ${currency}`));
  expect(line).not.toMatch(/NaN|—/);
  await sidebar().getByTestId('update-predictions').click();
  await cell('Q1').filter({ hasText: 'Probability active' }).waitFor();
  const { headers, filled } = await predictionColumns();
  expect(headers).toEqual(PREDICTION_HEADERS.en);
  // Every customer with a history has her probability and purchases; none of the cells says NaN.
  expect(filled[0]).toBeGreaterThan(150);
  expect(filled[1]).toBe(filled[0]);
  expect(await page.locator('[data-testid=grid] td').filter({ hasText: /NaN/ }).evaluateAll((cells) => cells.map((td) => `${td.getAttribute('data-a1')}: ${td.textContent}`))).toEqual([]);
});

test('in Persian: the menu’s Update predictions writes Persian headers, and the insights panel says the value at risk in Persian', async () => {
  await openDemo('fa');
  await chooseMenuItem(page, 'updatePredictions');
  await cell('Q1').filter({ hasText: PREDICTION_HEADERS.fa[0] }).waitFor();
  const { headers, filled } = await predictionColumns();
  expect(headers).toEqual(PREDICTION_HEADERS.fa);
  expect(filled[0]).toBeGreaterThan(150);
  await chooseMenuItem(page, 'showNpsReport');
  await sidebar().getByTestId('open-insights').click();
  const atRisk = sidebar().getByTestId('insight-value-at-risk');
  await atRisk.waitFor();
  const line = (await atRisk.textContent()) ?? '';
  expect(line.startsWith('ارزش در خطر')).toBe(true);
  expect(line).toMatch(/[۰-۹]/);
  expect(line).toContain('IRT');
  expect(await atRisk.evaluate((li) => getComputedStyle(li).direction)).toBe('rtl');
});
