import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { CDNOW_FILE } from '../support/cdnow';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(180_000);

const within = (value: number, expected: number, share: number) => expect(Math.abs(value / expected - 1)).toBeLessThan(share);

describe('clientele predict', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('reproduces the papers on the CDNOW purchases: --until ends the calibration, later purchases give the holdout, alpha in days', () => {
    const run = runClientele(['predict', CDNOW_FILE, '--until', '1997-09-30', '--json'], { cwd: scratch.dir });
    expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ customers: 2357, repeatCustomers: 946, until: '1997-09-30', model: { timeUnit: 'day', fits: true } });
    within(result.model.r, 0.243, 0.01);
    within(result.model.alpha, 4.414 * 7, 0.01);
    within(result.model.a, 0.793, 0.01);
    within(result.model.b, 2.426, 0.01);
    within(result.spend.p, 6.25, 0.01);
    within(result.spend.q, 3.74, 0.01);
    within(result.spend.gamma, 15.44, 0.01);
    // 273 days of holdout, to 1998-06-30; the conditional expectation within 15 % of what was bought.
    expect(result.holdout.days).toBe(273);
    within(result.holdout.predicted, result.holdout.actual, 0.15);
  });

  // Purchases typed as a Russian-speaking shop keeps them: Solar Hijri and dotted dates, amounts with a currency.
  const header = 'Клиент,Дата,Сумма';
  const rows = [
    'K-1,01.03.2026,"54 000 тг"',
    'K-1,01.03.2026,1000',
    'K-1,۱۴۰۵/۰۱/۲۰,2000',
    'K-2,02.03.2026,500',
    'K-2,someday,700',
    ',05.03.2026,100',
    'K-3,10.03.2026,много',
  ];

  it('reads dates and amounts as the cleaners do, merges one customer’s purchases of one day, and names every unreadable cell', () => {
    scratch.file('small.csv', [header, ...rows].join('\n'));
    const run = runClientele(['predict', 'small.csv', '--json'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('B6: Row 6, column “Дата”: expected a date, found “someday”; the row is left out');
    expect(run.stderr).toContain('A7: Row 7, column “Клиент”: blank: no customer; the row is left out');
    expect(run.stderr).toContain('C8: Row 8, column “Сумма”: expected a number, found “много”; the purchase counts without its amount');
    const result = JSON.parse(run.stdout);
    // K-1: 1 March twice (one transaction) and 20 Farvardin 1405 = 9 April 2026: one repeat purchase.
    expect(result).toMatchObject({ purchases: 5, customers: 3, repeatCustomers: 1, model: null, spend: null, unreadable: 3 });
    expect(result.problems).toEqual([{ kind: 'tooFewRepeatCustomers', repeatCustomers: 1, minimum: 20 }]);
  });

  it('writes one row per customer with -o, customers of --customers by name, and says why cells are empty (in the chosen language)', () => {
    scratch.file('small.csv', [header, ...rows].join('\n'));
    scratch.file('clients.csv', ['ID клиента,ФИО', 'K-1,Айгерим', 'K-9,Бахыт'].join('\n'));
    const run = runClientele(['predict', 'small.csv', '--customers', 'clients.csv', '-o', 'predictions.csv', '--lang', 'ru'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Слишком мало клиентов покупали повторно, чтобы строить прогноз: 1, нужно не меньше 20.');
    const written = parseCsv(readFileSync(path.join(scratch.dir, 'predictions.csv')));
    expect(written[0]).toEqual(['Customer', 'Name', 'Frequency', 'Recency (days)', 'T (days)', 'Probability active', 'Expected purchases (90 days)', 'Expected average spend', 'Lifetime value (12 months)', 'Note']);
    expect(written.slice(1)).toEqual([
      ['K-1', 'Айгерим', '1', '39', '39', '', '', '', '', 'noModel'],
      ['K-9', 'Бахыт', '', '', '', '', '', '', '', 'noPurchases'],
      ['K-2', '', '0', '0', '38', '', '', '', '', 'notOnCustomerSheet'],
      ['K-3', '', '0', '0', '30', '', '', '', '', 'notOnCustomerSheet'],
    ]);
  });

  it('names the columns it needs, and refuses a bad --until, --horizon or column name', () => {
    scratch.file('odd.csv', ['Who,When', 'A,2026-01-01'].join('\n'));
    const noColumns = runClientele(['predict', 'odd.csv'], { cwd: scratch.dir });
    expect(noColumns.status).toBe(1);
    expect(noColumns.stderr).toContain('no customer / date column among "Who", "When" (name it with --customer-column)');
    const named = runClientele(['predict', 'odd.csv', '--customer-column', 'Who', '--date-column', 'When', '--json'], { cwd: scratch.dir });
    expect(JSON.parse(named.stdout)).toMatchObject({ customers: 1, repeatCustomers: 0 });
    expect(runClientele(['predict', 'odd.csv', '--date-column', 'Paid'], { cwd: scratch.dir }).status).toBe(2);
    expect(runClientele(['predict', 'odd.csv', '--until', '30.09.1997'], { cwd: scratch.dir }).status).toBe(2);
    expect(runClientele(['predict', 'odd.csv', '--horizon', '0'], { cwd: scratch.dir }).status).toBe(2);
  });
});
