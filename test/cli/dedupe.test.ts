import { readFileSync } from 'node:fs';
import path from 'node:path';
import { formatCsv, parseCsv } from '../../src/local/files/csvTable';
import { demoCustomerTable } from '../../src/local/demo/demoCustomers';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

const CSV = [
  'Name,Phone,Email,City',
  'Иванов Иван,+7 701 123 45 67,ivan@mail.ru,Алматы',
  'Wang Fang,138 0013 8000,wang@163.com,上海',
  'Ivan Ivanov,87011234567,IVAN@mail.ru,Almaty',
  'Ali Rezaei,0912 345 6789,ali@gmail.com,Tehran',
].join('\n');

describe('clientele dedupe', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('writes row,cluster for every data row: the same cluster for the same customer', () => {
    scratch.file('customers.csv', CSV);
    const run = runClientele(['dedupe', 'customers.csv', '--clusters', 'clusters.csv', '--region', 'KZ', '--json'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 4, groups: 1, rowsInGroups: 2, complete: true });
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'clusters.csv')));
    expect(rows[0]).toEqual(['row', 'cluster']);
    const cluster = Object.fromEntries(rows.slice(1).map(([row, id]) => [row, id]));
    expect(Object.keys(cluster)).toEqual(['1', '2', '3', '4']);
    expect(cluster['1']).toBe(cluster['3']);
    expect(new Set(Object.values(cluster)).size).toBe(3);
  });

  it('never merges the demo’s Каримовы, a family sharing a phone, into the merged file (issue 19)', () => {
    scratch.file('demo.csv', formatCsv(demoCustomerTable()));
    const run = runClientele(['dedupe', 'demo.csv', '-o', 'merged-demo.csv', '--region', 'KZ'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const names = parseCsv(readFileSync(path.join(scratch.dir, 'merged-demo.csv'))).map((row) => row[0]);
    expect(names).toEqual(expect.arrayContaining(['Аружан Каримова', 'Бауыржан Каримов']));
  });

  it('writes the merged file: one row per customer, the losing values kept', () => {
    scratch.file('customers.csv', CSV);
    const run = runClientele(['dedupe', 'customers.csv', '-o', 'merged.csv', '--region', 'KZ'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'merged.csv')));
    expect(rows).toHaveLength(4);
    expect(rows[0]).toEqual(['Name', 'Phone', 'Email', 'City', 'Other contacts']);
    expect(rows.flat().join('\n')).toContain('Иванов Иван');
    expect(rows.flat().join('\n')).toContain('Ivan Ivanov');
  });

  it('needs something to write', () => {
    scratch.file('customers.csv', CSV);
    expect(runClientele(['dedupe', 'customers.csv'], { cwd: scratch.dir })).toMatchObject({
      status: 2,
      stderr: 'clientele: dedupe needs --clusters FILE, -o OUT, --review FILE or --json (see clientele dedupe --help)\n',
    });
  });
});
