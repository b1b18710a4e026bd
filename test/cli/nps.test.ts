import { writeXlsx } from '../../src/local/files/xlsxTable';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

const CSV = [
  'Name,NPS,Source,Created',
  'A,10,Instagram,2026-01-05',
  'B,9,Instagram,2026-01-20',
  'C,7,Telegram,2026-02-01',
  'D,3,Telegram,2026-02-11',
  'E,,Instagram,2026-02-12',
  'F,десять,Telegram,2026-02-13',
  'G,۹,Instagram,2026-03-01',
  'H,7.5,Telegram,2026-03-02',
  'I,11,Telegram,2026-03-03',
].join('\n');

describe('clientele nps', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('prints the score, counts, invalid answers and the adjusted-Wald interval as JSON', () => {
    scratch.file('customers.csv', CSV);
    const run = runClientele(['nps', 'customers.csv', '--json'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const result = JSON.parse(run.stdout);
    // Valid: 10, 9, 7, 3, ۹ → 3 promoters, 1 passive, 1 detractor: NPS = 60 − 20 = 40.
    expect(result).toMatchObject({ nps: 40, promoters: 3, passives: 1, detractors: 1, responses: 5, invalid: 3 });
    expect(result.invalidAnswers.map((a: { row: number }) => a.row)).toEqual([7, 9, 10]);
    const [low, high] = result.interval95;
    expect(low).toBeLessThan(40);
    expect(high).toBeGreaterThan(40);
    expect(high).toBeLessThanOrEqual(100);
  });

  it('groups by a column or by month', () => {
    scratch.file('customers.csv', CSV);
    const bySource = JSON.parse(runClientele(['nps', 'customers.csv', '--by', 'Source', '--json'], { cwd: scratch.dir }).stdout);
    expect(bySource.groups.map((g: { group: string; nps: number }) => [g.group, g.nps])).toEqual([
      ['Instagram', 100],
      ['Telegram', -50],
    ]);
    const byMonth = JSON.parse(runClientele(['nps', 'customers.csv', '--by', 'month', '--json'], { cwd: scratch.dir }).stdout);
    expect(byMonth.groups.map((g: { group: string; responses: number }) => [g.group, g.responses])).toEqual([
      ['2026-01', 2],
      ['2026-02', 2],
      ['2026-03', 1],
    ]);
  });

  it('groups dated answers by their Survey date column, with no Created column to fall back on', () => {
    scratch.file('survey.csv', ['Name,NPS,Survey date', 'A,10,2026-04-02', 'B,2,2026-04-28', 'C,9,2026-05-03', 'D,8,'].join('\n'));
    const byMonth = JSON.parse(runClientele(['nps', 'survey.csv', '--by', 'month', '--json'], { cwd: scratch.dir }).stdout);
    expect(byMonth.groups.map((g: { group: string; responses: number }) => [g.group, g.responses])).toEqual([
      ['(none)', 1],
      ['2026-04', 2],
      ['2026-05', 1],
    ]);
  });

  it('says how many invalid answers it lists of how many there are; --json lists them all', () => {
    const rows = Array.from({ length: 67 }, (_, i) => `P${i},${i % 3 === 0 ? 'eleven' : i % 11}`);
    scratch.file('many-invalid.csv', ['Name,NPS', ...rows].join('\n'));
    const human = runClientele(['nps', 'many-invalid.csv'], { cwd: scratch.dir });
    expect(human.status).toBe(0);
    expect(human.stdout).toContain('Invalid answers: 23\n');
    expect(human.stdout.split('\n').filter((line) => /^ {2}B\d+: “eleven”/.test(line))).toHaveLength(20);
    expect(human.stdout).toContain('  shown: 20 of 23 (--json lists them all)\n');
    expect(JSON.parse(runClientele(['nps', 'many-invalid.csv', '--json'], { cwd: scratch.dir }).stdout).invalidAnswers).toHaveLength(23);
    expect(runClientele(['nps', 'many-invalid.csv', '--lang', 'ru'], { cwd: scratch.dir }).stdout).toContain('  показано: 20 из 23 (--json выводит все)\n');
  });

  it('groups by acquisition channel, read from free-text sources', () => {
    scratch.file('channels.csv', ['Name,NPS,How did you hear about us', 'A,10,инста', 'B,9,Instagram', 'C,2,от подруги', 'D,10,朋友推荐'].join('\n'));
    const byChannel = JSON.parse(runClientele(['nps', 'channels.csv', '--by', 'channel', '--json'], { cwd: scratch.dir }).stdout);
    expect(byChannel.groups.map((g: { group: string; responses: number; nps: number }) => [g.group, g.responses, g.nps])).toEqual([
      ['friend', 2, 0],
      ['instagram', 2, 100],
    ]);
  });

  it('says which column is missing', () => {
    scratch.file('customers.csv', CSV);
    expect(runClientele(['nps', 'customers.csv', '--by', 'Colour'], { cwd: scratch.dir })).toMatchObject({
      status: 1,
      stderr: 'clientele: no column named "Colour" in customers.csv (--by takes month, quarter, channel or a column name)\n',
    });
  });
});

describe('clientele nps on a workbook with a Responses sheet', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('counts each customer’s latest answer from the Responses sheet and says so', async () => {
    const bytes = await writeXlsx([
      { name: 'Customers', rows: [['Customer ID', 'Name', 'NPS'], ['C-1', 'A', 0], ['C-2', 'B', 0]] },
      {
        name: 'Ответы',
        rows: [
          ['Дата', 'ID клиента', 'Оценка', 'Комментарий', 'Источник'],
          [new Date('2026-01-05T10:00:00Z'), 'C-1', 2, '', ''],
          [new Date('2026-02-05T10:00:00Z'), 'C-1', 10, '', ''],
          [new Date('2026-01-07T10:00:00Z'), 'C-2', 9, '', ''],
        ],
      },
    ]);
    scratch.file('book.xlsx', bytes);
    const run = runClientele(['nps', 'book.xlsx', '--json'], { cwd: scratch.dir });
    expect(run.stderr).toBe('');
    // Latest per customer: C-1 → 10, C-2 → 9: two promoters, NPS 100 (the customer sheet's zeros are not read).
    expect(JSON.parse(run.stdout)).toMatchObject({ from: 'responses', answersSheet: 'Ответы', responsesMode: 'latest', respondents: 2, responses: 2, nps: 100 });
    expect(runClientele(['nps', 'book.xlsx'], { cwd: scratch.dir }).stdout).toMatch(/^book\.xlsx, answers on the sheet “Ответы” \(each customer’s latest per period\)\n/);
  });
});
