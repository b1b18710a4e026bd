import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

// Today 2026-11-23 (UTC, the CLI's zone). Days since purchase: 3, 31, 114, none, unreadable, 61.
// R of days (3, 31, 114, 61 → 5, 4, 1, 2), M of spent (54000, 1000, 3680, 500 → 5, 2, 4, 1), no
// purchase count column so FM = M: C-1 R5 M5 champions, C-2 R4 M2 potential loyalists,
// C-3 R1 M4 at risk, C-6 R2 M1 hibernating.
const CSV = [
  'Customer ID,Name,Last purchase,Total spent,Source,Marketing consent',
  'C-1,Айгерим,2026-11-20,54 000 тг,инста,да',
  'C-2,Бахыт,2026-10-23,1000,от подруги,yes',
  'C-3,王芳,2026-08-01,3680元,Google,否',
  'C-4,Dana,,,,да',
  'C-5,Erlan,someday,=1+1,,',
  'C-6,Farida,2026-09-23,500,walked by,да',
].join('\n');

describe('clientele segments', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('writes the file with the segment columns added and lists unreadable cells on stderr by row and column', () => {
    scratch.file('customers.csv', CSV);
    const run = runClientele(['segments', 'customers.csv', '-o', 'segments.csv', '--today', '2026-11-23'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('C6: Row 6, column “Last purchase”: expected a date, found “someday”; left as it was');
    expect(run.stderr).toContain('D6: Row 6, column “Total spent”');
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'segments.csv')));
    expect(rows[0]).toEqual(['Customer ID', 'Name', 'Last purchase', 'Total spent', 'Source', 'Marketing consent', 'Segment', 'Days since purchase', 'R', 'F', 'M', 'RFM segment', 'Channel']);
    expect(rows.slice(1).map((row) => row.slice(6))).toEqual([
      ['Active', '3', '5', '', '5', 'Champions', 'Instagram'],
      ['At risk', '31', '4', '', '2', 'Potential loyalists', 'Friends and family'],
      ['Lapsed', '114', '1', '', '4', 'At risk', 'Google'],
      ['No purchase recorded', '', '', '', '', '', 'Not stated'],
      ['Purchase date unreadable', '', '', '', '', '', 'Not stated'],
      ['At risk', '61', '2', '', '1', 'Hibernating', 'Walked by'],
    ]);
    // The input's own cells are written as they were, the formula-like one escaped so that it stays text.
    expect(rows[5]?.slice(0, 4)).toEqual(['C-5', 'Erlan', 'someday', "'=1+1"]);
    expect(run.stdout).toContain('6 customers: Active 1, At risk 2, Lapsed 1, No purchase recorded 1, Purchase date unreadable 1');
  });

  it('prints the counts as JSON, and refuses a bad --today or a missing -o', () => {
    scratch.file('customers.csv', CSV);
    const run = runClientele(['segments', 'customers.csv', '-o', 'out.csv', '--today', '2026-11-23', '--json'], { cwd: scratch.dir });
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ customers: 6, winBack: 2, unreadable: 2, rfm: { champions: 1, hibernating: 1 } });
    // Amounts that say their currency are summed apart from the rest (no shop currency is set).
    expect(result.channels.map((c: { channel: string; revenue: number; otherCurrencies: unknown[] }) => [c.channel, c.revenue, c.otherCurrencies])).toEqual([
      ['instagram', 0, [{ currency: 'KZT', amount: 54000 }]],
      ['google', 0, [{ currency: 'CNY', amount: 3680 }]],
      ['friend', 1000, []],
      ['walkIn', 500, []],
      ['unknown', 0, []],
    ]);
    expect(runClientele(['segments', 'customers.csv', '-o', 'out.csv', '--today', '23.11.2026'], { cwd: scratch.dir })).toMatchObject({ status: 2 });
    expect(runClientele(['segments', 'customers.csv'], { cwd: scratch.dir })).toMatchObject({ status: 2 });
  });
});
