/**
 * Reviewing duplicates in the playground (the built add-on on the demo workbook, in headless
 * Chromium), issue 15: a group's waterfall says how much each field added or took away; *Not the
 * same* is a label, and the next *Find duplicates* does not propose the pair again; a customer
 * pasted into the grid who is probably an earlier one gets a note naming that customer's ID.
 * Cards are found by their test ids and rows (data-rows), not by their layout.
 */
import { BROWSER_TEST_TIMEOUT_MS, chooseMenuItem } from '../support/chromium';
import { usePlaygroundPage } from '../support/playgroundPage';
import { DEMO_COLUMNS, DEMO_ROW_COUNT } from '../../src/local/demo/demoCustomers';

jest.setTimeout(BROWSER_TEST_TIMEOUT_MS);

const playground = usePlaygroundPage('duplicate-review');
const { cell, sidebar } = playground;
/** Column letters of the demo's 0-based columns (A–P). */
const letter = (column: number) => String.fromCharCode(65 + column);

async function openDemo(): Promise<void> {
  await playground.post('/api/reset');
  await playground.page().reload();
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
}

/** Find duplicates… from the menu, once its answer (not its progress) shows. */
async function findDuplicates(): Promise<void> {
  await chooseMenuItem(playground.page(), 'showDuplicatesPanel');
  // Undo shows with the answer only, not while matching goes on.
  await sidebar().getByTestId('dup-undo').waitFor();
}

/** The rows of every card proposed (groups and pairs to check), each as "12 57". */
async function proposed(): Promise<string[]> {
  return sidebar().locator('[data-testid=dup-group], [data-testid=dup-check]').evaluateAll((cards) => cards.map((card) => card.getAttribute('data-rows') ?? ''));
}

/** Signed tenths as the waterfall writes them: "+3.2", "−1.0". */
const bits = (text: string) => Number(text.trim().replace('−', '-'));

test('a group shows its waterfall: where the odds start, what each field added or took away, and their sum', async () => {
  await openDemo();
  await findDuplicates();
  const group = sidebar().getByTestId('dup-group').first();
  const why = group.getByTestId('dup-why');
  await why.locator('summary').click();
  const steps = why.getByTestId('dup-why-step');
  await steps.first().waitFor();
  const weights = (await steps.locator('td:last-child').allTextContents()).map(bits);
  // The start (the prior odds) and one step per compared field of the sheet.
  expect(weights.length).toBeGreaterThanOrEqual(3);
  expect(weights[0]!).toBeLessThan(0);
  expect(weights.slice(1).some((weight) => weight > 0)).toBe(true);
  const total = bits((await why.getByTestId('dup-why-total').locator('td:last-child').textContent()) ?? '');
  // Each step is rounded to a tenth of a bit: the written total is their sum to within that rounding.
  expect(Math.abs(total - weights.reduce((sum, weight) => sum + weight, 0))).toBeLessThanOrEqual(0.05 * (weights.length + 1));
  // The total is the score's log2 odds: the group's percentage and the total say the same.
  const score = Number(/(\d+)%/.exec((await group.textContent()) ?? '')![1]);
  expect(Math.round(100 / (1 + 2 ** -total))).toBeGreaterThanOrEqual(score - 1);
  expect(Math.round(100 / (1 + 2 ** -total))).toBeLessThanOrEqual(score + 1);
});

test('Not the same on a proposed pair is remembered: the next Find duplicates does not propose it again', async () => {
  await openDemo();
  await findDuplicates();
  const before = await proposed();
  const pair = sidebar().getByTestId('dup-check').first().or(sidebar().getByTestId('dup-group').first()).first();
  const rows = (await pair.getAttribute('data-rows'))!;
  expect(rows.split(' ')).toHaveLength(2);
  expect(before).toContain(rows);
  await pair.getByTestId('dup-reject').click();
  await sidebar().locator(`[data-rows="${rows}"]`).waitFor({ state: 'detached' });

  // A new search from the menu: the panel made anew, matching run again.
  await playground.page().reload();
  await cell('A1').filter({ hasText: 'Name' }).waitFor();
  await findDuplicates();
  const after = await proposed();
  expect(after).not.toContain(rows);
  // The other proposals stay.
  expect(after.length).toBeGreaterThan(0);
});

test('a customer pasted again in the grid gets a note naming the earlier customer; nothing is merged', async () => {
  await openDemo();
  await chooseMenuItem(playground.page(), 'setUpCustomerSheet');
  await cell('Q1').filter({ hasText: 'Customer ID' }).waitFor();
  const earlierId = (await cell('Q2').textContent())!;
  expect(earlierId).toMatch(/^C-\d{6}$/);
  const name = (await cell(`${letter(DEMO_COLUMNS.name)}2`).textContent())!;
  const phone = (await cell(`${letter(DEMO_COLUMNS.phone)}2`).textContent())!;
  const email = (await cell(`${letter(DEMO_COLUMNS.email)}2`).textContent())!;

  // The first customer typed in again as someone in a hurry does: the name in capitals, the same phone and email.
  const row = DEMO_ROW_COUNT + 2;
  await cell(`A${row}`).click();
  await playground.page().getByTestId('grid').evaluate((table, text) => {
    const data = new DataTransfer();
    data.setData('text/plain', text);
    table.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, `${name.toUpperCase()}\t${phone}\t${email}\r\n`);
  const newId = cell(`Q${row}`);
  await newId.filter({ hasText: /^C-\d{6}$/ }).waitFor();
  await playground.page().locator(`[data-testid=grid] td[data-a1="Q${row}"][data-note]`).waitFor();
  expect(await newId.getAttribute('data-note')).toBe(`Clientele: probably the same as ${earlierId}`);
  expect(await newId.textContent()).not.toBe(earlierId);
  // Both rows are still there: a note, not a merge.
  expect(await cell(`${letter(DEMO_COLUMNS.name)}2`).textContent()).toBe(name);
  expect(await playground.page().getByTestId('sheet-tab').allTextContents()).not.toContain('Merged');
  // A customer nobody has entered before gets no note.
  await cell(`A${row + 1}`).click();
  await playground.page().keyboard.type('Tsetsegmaa Batbayar');
  await playground.page().keyboard.press('Enter');
  await cell(`Q${row + 1}`).filter({ hasText: /^C-\d{6}$/ }).waitFor();
  expect(await cell(`Q${row + 1}`).getAttribute('data-note')).toBeNull();
});
