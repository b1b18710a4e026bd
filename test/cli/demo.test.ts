import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { DEMO_ROW_COUNT } from '../../src/local/demo/demoCustomers';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

describe('clientele demo', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('writes the demo customers as CSV and XLSX, which info then reads', () => {
    const written = runClientele(['demo', 'try'], { cwd: scratch.dir });
    expect(written).toMatchObject({ status: 0, stderr: '' });
    expect(written.stdout.trim().split('\n')).toEqual([path.join('try', 'customers.csv'), path.join('try', 'customers.xlsx')]);
    const csv = parseCsv(readFileSync(path.join(scratch.dir, 'try', 'customers.csv')));
    expect(csv).toHaveLength(DEMO_ROW_COUNT + 1);

    for (const file of ['try/customers.csv', 'try/customers.xlsx']) {
      const info = runClientele(['info', file, '--json'], { cwd: scratch.dir });
      expect(info.status).toBe(0);
      expect(JSON.parse(info.stdout)).toMatchObject({ rows: DEMO_ROW_COUNT, columns: { name: { column: 'A' }, phone: { column: 'B' } } });
    }
  });

  it('never overwrites a file', () => {
    const again = runClientele(['demo', 'try'], { cwd: scratch.dir });
    expect(again).toMatchObject({ status: 1, stdout: '', stderr: `clientele: ${path.join('try', 'customers.csv')} already exists: choose another folder\n` });
  });
});
