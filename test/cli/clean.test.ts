import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { readXlsx, writeXlsx } from '../../src/local/files/xlsxTable';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

const CSV = [
  'Name;Phone;Email;Country;Last purchase;Total spent;Notes',
  '  ИВАНОВ   ИВАН ;8 (701) 123-45-67;Ivan@Mail.RU;Казахстан;05.03.2026;"1 500,50";VIP',
  'علي رضايي;۰۹۱۲ ۳۴۵ ۶۷۸۹;ali@gmial.com;ایران;۱۴۰۵/۰۲/۱۵;۱۲۳۴;',
  'Batbayar Dorj;12;not an email;Narnia;someday;a lot;=HYPERLINK("http://x")',
].join('\r\n');

describe('clientele clean', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('writes the cleaned file with the same rows and columns in the same order, and a report', () => {
    const input = scratch.file('customers.csv', `\ufeff${CSV}`);
    const run = runClientele(['clean', input, '-o', 'clean.csv', '--region', 'kz', '--report', 'report.json'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toMatch(/^clean\.csv: \d+ cells cleaned, left as they were: 5, 1 suggestion \(see report\.json\)\n$/);
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'clean.csv')));
    expect(rows).toEqual([
      ['Name', 'Phone', 'Email', 'Country', 'Last purchase', 'Total spent', 'Notes'],
      ['Иванов Иван', '+77011234567', 'ivan@mail.ru', 'KZ', '2026-03-05', '1500.5', 'VIP'],
      ['علی رضایی', '+989123456789', 'ali@gmial.com', 'IR', '2026-05-05', '1234', ''],
      // Left exactly as it was; the formula-like note is escaped so that Excel runs nothing.
      ['Batbayar Dorj', '12', 'not an email', 'Narnia', 'someday', 'a lot', `'=HYPERLINK("http://x")`],
    ]);
    const report = JSON.parse(readFileSync(path.join(scratch.dir, 'report.json'), 'utf8'));
    expect(report.suggestions).toEqual([expect.objectContaining({ row: 3, column: 'C', suggestion: 'ali@gmail.com' })]);
    expect(report.issues.map((i: { column: string; row: number }) => `${i.column}${i.row}`)).toEqual(['B4', 'C4', 'D4', 'E4', 'F4']);
  });

  // A date or amount the cleaner stores as a date or number reads the same in the CSV written: not a change.
  it('counts only the cells that read differently in the file written', () => {
    scratch.file('tidy.csv', ['Name,Phone,Last purchase,Total spent', 'Ann,+77011234567,2026-03-05,1500', 'Bob,8 701 123 45 68,2026-03-06,200', 'Cid,+77011234569,2026-03-07,300.5'].join('\n'));
    const run = runClientele(['clean', 'tidy.csv', '-o', 'tidy-clean.csv', '--region', 'KZ'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stdout: 'tidy-clean.csv: 1 cell cleaned, left as they were: 0, 0 suggestions\n' });
    expect(parseCsv(readFileSync(path.join(scratch.dir, 'tidy-clean.csv')))[2]).toEqual(['Bob', '+77011234568', '2026-03-06', '200']);
    expect(JSON.parse(runClientele(['clean', 'tidy.csv', '-o', 'tidy-clean.csv', '--region', 'KZ', '--json'], { cwd: scratch.dir }).stdout).changedCells).toBe(1);
  });

  it('keeps every sheet of an XLSX file, cleaning the customer sheet', async () => {
    const bytes = await writeXlsx([
      { name: 'Клиенты', rows: [['ФИО', 'Телефон'], ['АЙГЕРИМ СЕЙІТҚАЛИ', '87011234567']] },
      { name: 'Заказы', rows: [['Сумма'], ['  12 ']] },
    ]);
    scratch.file('book.xlsx', bytes);
    const run = runClientele(['clean', 'book.xlsx', '-o', 'clean.xlsx', '--region', 'KZ', '--json'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ output: 'clean.xlsx', issueCount: 0 });
    const sheets = await readXlsx(readFileSync(path.join(scratch.dir, 'clean.xlsx')));
    expect(sheets.map((s) => s.name)).toEqual(['Клиенты', 'Заказы']);
    expect(sheets[0]?.rows[1]).toEqual(['Айгерим Сейітқали', '+77011234567']);
    expect(sheets[1]?.rows[1]).toEqual(['  12 ']);
  });

  it.each([
    [['clean', 'customers.csv'], 2, 'clientele: clean needs -o OUT: the result is written there and customers.csv stays as it was\n'],
    [['clean', 'customers.csv', '-o', 'customers.csv'], 1, 'clientele: the output customers.csv is the input file: choose another name with -o, the original stays as it was\n'],
    [['clean', 'customers.csv', '-o', 'x.csv', '--region', 'Kazakhstan'], 2, 'clientele: --region takes a two-letter country code such as KZ, found "KAZAKHSTAN"\n'],
    // Two letters are not enough: no country has the code XX, ZZ or the retired SU, so no phone can be read for them.
    [['clean', 'customers.csv', '-o', 'x.csv', '--region', 'XX'], 2, 'clientele: --region takes a two-letter country code such as KZ, found "XX"\n'],
    [['clean', 'customers.csv', '-o', 'x.csv', '--region', 'zz'], 2, 'clientele: --region takes a two-letter country code such as KZ, found "ZZ"\n'],
    [['clean', 'customers.csv', '-o', 'x.csv', '--region', 'SU'], 2, 'clientele: --region takes a two-letter country code such as KZ, found "SU"\n'],
  ])('refuses %j with one line', (args, status, stderr) => {
    scratch.file('customers.csv', CSV);
    expect(runClientele(args, { cwd: scratch.dir })).toMatchObject({ status, stderr, stdout: '' });
  });
});
