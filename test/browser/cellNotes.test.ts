/**
 * The playground shows cell notes (issue 19): a cell with a note has a mark in its corner, and the
 * note shows while the pointer is over it, so what the add-on writes there can be read, e.g. the
 * audited editing's "Clientele: Did you mean aigerim@gmail.com?" on an email typed with a typo.
 */
import { chooseMenuItem, BROWSER_TEST_TIMEOUT_MS } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';
import { DEMO_ROW_COUNT } from '../../src/local/demo/demoCustomers';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('cell-notes');
const { cell } = playground;

/**
 * The corner mark is drawn by CSS (::after): what a person sees of it is its computed border.
 * Found and measured in one step in the page: a redraw between finding the cell and measuring it
 * would measure a detached cell ('').
 */
const cornerMark = (a1: string) =>
  playground.page().evaluate((at) => {
    const td = document.querySelector(`[data-testid=grid] td[data-a1="${at}"]`);
    return td ? getComputedStyle(td, '::after').borderTopWidth : null;
  }, a1);

test('an email typed with a typo gets the add-on’s note: a mark in the corner, the note on hover', async () => {
  const page = playground.page();
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
  await chooseMenuItem(page, 'setUpCustomerSheet');
  await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();

  const row = DEMO_ROW_COUNT + 2;
  await cell(`A${row}`).click();
  await page.keyboard.type('Aigerim Nurlanova');
  await page.keyboard.press('Enter');
  await cell(`Q${row}`).filter({ hasText: /^C-\d{6}$/ }).waitFor();
  await cell(`C${row}`).click();
  await page.keyboard.type('aigerim@gmial.com');
  await page.keyboard.press('Enter');
  const email = cell(`C${row}`);
  await page.locator(`[data-testid=grid] td.has-note[data-a1="C${row}"]`).waitFor();
  expect(await email.textContent()).toBe('aigerim@gmial.com');
  expect(await cornerMark(`C${row}`)).toBe('6px');
  expect(await cornerMark(`B${row}`)).toBe('0px');

  const note = page.getByTestId('cell-note');
  await cell('A1').hover();
  expect(await note.isVisible()).toBe(false);
  await email.hover();
  await note.waitFor({ state: 'visible' });
  expect(await note.textContent()).toBe('Clientele: Did you mean aigerim@gmail.com?');
  // Beside the cell, not over it.
  const [cellBox, noteBox] = [await email.boundingBox(), await note.boundingBox()];
  expect(noteBox!.x).toBeGreaterThanOrEqual(cellBox!.x + cellBox!.width);

  await cell(`B${row}`).hover();
  await note.waitFor({ state: 'hidden' });
});
