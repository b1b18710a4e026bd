import { readFileSync } from 'node:fs';
import path from 'node:path';
import { runClientele, scratchFolder } from './runClientele';

const scratch = scratchFolder();
afterAll(() => scratch.cleanUp());

const CUSTOMERS = 'Customer ID,Name,Email,Phone\nC-000001,Айгерим Серикова,aigerim@example.kz,+77011234567\nC-000002,Петров Иван,ivan@example.ru,+79161234567\nC-000003,Aida Nur,aida@example.kz,\nC-000004,Aida Nur,aida2@example.kz,\n';
const PURCHASES = [
  'Date,Customer,Amount,Item',
  '05.03.2026,8 701 123 45 67,54 000 тг,Haircut',
  '2026-03-15,AIGERIM@EXAMPLE.KZ,6000,Colour',
  '2026-03-20,Ivan Petrov +7 916 123 45 67,$20,Massage',
  '2026-03-21,Aida Nur,1000,Nails',
  '2026-03-22,Someone Else,1000,Nails',
  'tomorrow,C-000002,100,Tea',
].join('\n');

describe('clientele history', () => {
  it('links every purchase and appends the totals columns with English headers; --json lists what was not linked', () => {
    const customers = scratch.file('customers.csv', CUSTOMERS);
    const purchases = scratch.file('purchases.csv', PURCHASES);
    const run = runClientele(['history', customers, '--purchases', purchases, '-o', 'out.csv', '--region', 'KZ', '--currency', 'KZT', '--json'], { cwd: scratch.dir });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout) as Record<string, unknown>;
    expect(summary).toMatchObject({
      purchases: 6, linked: 4, unmatched: 2,
      unmatchedRows: [{ row: 4, reason: 'a name alone is not enough: could be C-000003, C-000004' }, { row: 5, reason: 'no customer found' }],
      notCounted: [{ row: 6, reason: 'not a date that can be read for sure' }],
    });
    const out = readFileSync(path.join(scratch.dir, 'out.csv'), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(out[0]).toBe('Customer ID,Name,Email,Phone,Purchases,Total spent,Currency,First purchase,Last purchase,Average order');
    expect(out[1]!.split(',').slice(4, 7)).toEqual(['2', '60000', 'KZT']);
    expect(out[1]!.split(',')[9]).toBe('30000');
    // Ivan paid in dollars: a purchase, but not added to a total in tenge.
    expect(out[2]!.split(',').slice(4, 6)).toEqual(['1', '0']);
    expect(out[3]!.split(',').slice(4, 5)).toEqual(['0']);
  });

  it('needs --purchases and -o, and never writes over its input', () => {
    const customers = scratch.file('c2.csv', CUSTOMERS);
    expect(runClientele(['history', customers, '-o', 'x.csv'], { cwd: scratch.dir }).status).toBe(2);
    expect(runClientele(['history', customers, '--purchases', customers], { cwd: scratch.dir }).status).toBe(2);
    expect(runClientele(['history', customers, '--purchases', 'p.csv', '-o', customers], { cwd: scratch.dir }).status).not.toBe(0);
  });
});

describe('clientele card', () => {
  it('prints one customer’s card, found by a name in another script', () => {
    const customers = scratch.file('c3.csv', CUSTOMERS);
    const purchases = scratch.file('p3.csv', PURCHASES);
    const run = runClientele(['card', customers, '--purchases', purchases, '--find', 'Aigerim Serikova', '--region', 'KZ'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Айгерим Серикова (C-000001)');
    expect(run.stdout).toContain('Purchases: 2');
    expect(run.stdout).toContain('tel:+77011234567');
    expect(run.stdout).toMatch(/2026-03-15\s+Colour · 6,000/);
    // The whole card: the second call's sections in their places, no placeholder left.
    expect(run.stdout).not.toContain('Loading purchases…');
    const json = JSON.parse(runClientele(['card', customers, '--purchases', purchases, '--find', 'C-000002', '--json'], { cwd: scratch.dir }).stdout) as { customerId: string; sections: { id: string }[] };
    expect(json.customerId).toBe('C-000002');
    expect(json.sections.map((s) => s.id)).toEqual(expect.arrayContaining(['contacts', 'consent', 'totals', 'purchases']));
    expect(json.sections.filter((s) => 'loading' in s)).toEqual([]);
    const several = runClientele(['card', customers, '--purchases', purchases, '--find', 'Aida'], { cwd: scratch.dir });
    expect(several.status).toBe(1);
    expect(several.stdout).toContain('C-000003');
  });
});
