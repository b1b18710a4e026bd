import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { Workbook } from 'exceljs';
import { readXlsx } from '../../src/local/files/xlsxTable';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

const CUSTOMERS = [
  'Customer ID,Name,Email,Phone,City',
  'C-000001,Иванов Иван,ivan@mail.ru,+77011234567,Алматы',
  'C-000002,Wang Fang,wang@163.com,,上海',
].join('\n');

const NEW = [
  'Name,Email,Phone,City,NPS',
  'Ivan Ivanov,IVAN@mail.ru,,Astana,9',
  'Dana,dana@example.kz,+77015551234,,',
  '=HYPERLINK("http://evil"),evil@example.com,,-2+3,',
  'Someone,someone@example.com,,,eleven',
].join('\n');

describe('clientele import', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('merges the new rows into the customer list and summarises by row, with reasons', () => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('new.csv', NEW);
    const run = runClientele(['import', 'new.csv', '--into', 'customers.csv', '-o', 'out.csv', '--json'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({
      file: 'new.csv',
      into: 'customers.csv',
      output: 'out.csv',
      rows: 4,
      created: 2,
      updated: 1,
      unchanged: 0,
      quarantined: 1,
      duplicates: 0,
      quarantine: [{ row: 5, reason: '“Score”: a score must be a whole number from 0 to 10, found “eleven”' }],
    });
    const text = readFileSync(path.join(scratch.dir, 'out.csv'), 'utf8');
    const rows = parseCsv(readFileSync(path.join(scratch.dir, 'out.csv')));
    expect(rows[0]!.slice(0, 5)).toEqual(['Customer ID', 'Name', 'Email', 'Phone', 'City']);
    expect(rows.slice(1).map((row) => row.slice(0, 5))).toEqual([
      ['C-000001', 'Иванов Иван', 'ivan@mail.ru', '+77011234567', 'Astana'],
      ['C-000002', 'Wang Fang', 'wang@163.com', '', '上海'],
      ['C-000003', 'Dana', 'dana@example.kz', '+77015551234', ''],
      ['C-000004', '\'=HYPERLINK("http://evil")', 'evil@example.com', '', '\'-2+3'],
    ]);
    // OWASP: the formula-like cells start with an apostrophe in the file; the phone number does not.
    expect(text).toContain('"\'=HYPERLINK(""http://evil"")"');
    expect(text).toContain(',+77015551234,');
    expect(readFileSync(path.join(scratch.dir, 'customers.csv'), 'utf8')).toBe(CUSTOMERS);
  });

  it('writes XLSX with the Responses and Quarantine sheets; formula-like text stays text there', async () => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('new.csv', NEW);
    const run = runClientele(['import', 'new.csv', '--into', 'customers.csv', '-o', 'out.xlsx'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(run.stdout).toContain('new.csv into customers.csv -> out.xlsx: 2 new, 1 updated, 0 unchanged, 1 quarantined, 0 already imported');
    const sheets = await readXlsx(readFileSync(path.join(scratch.dir, 'out.xlsx')));
    // The import is an action of Clientele's: the workbook carries its Audit log line (IDs and counts, no values).
    expect(sheets.map((sheet) => sheet.name)).toEqual(['customers', 'Responses', 'Quarantine', 'Audit log']);
    const audit = sheets[3]!.rows;
    expect(audit[1]!.slice(2, 4)).toEqual(['import', 'C-000001, C-000003–C-000004']);
    expect(audit[1]![7]).toBe('2 created, 1 updated, 1 quarantined');
    expect(JSON.stringify(audit)).not.toContain('HYPERLINK');
    const customers = sheets[0]!.rows;
    expect(customers[4]![1]).toBe('=HYPERLINK("http://evil")');
    expect(customers[4]![4]).toBe('-2+3');
    expect(sheets[1]!.rows[1]!.slice(1, 3)).toEqual(['C-000001', 9]);
    // Stored as string cells, not formulas: Excel shows the text and runs nothing.
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(path.join(scratch.dir, 'out.xlsx')) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const cell = workbook.getWorksheet('customers')!.getCell('B5');
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://evil")');
  });

  it('lists 20 quarantined rows and says how many there are in all', () => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('scores.csv', ['Name,Email,NPS', ...Array.from({ length: 25 }, (_, i) => `P${i},p${i}@example.com,eleven`)].join('\n'));
    const run = runClientele(['import', 'scores.csv', '--into', 'customers.csv', '-o', 'out.csv'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').filter((line) => line.startsWith('  row '))).toHaveLength(20);
    expect(run.stdout).toContain('\n  shown: 20 of 25 (--json lists them all)\n');
  });

  it('needs --into and -o', () => {
    scratch.file('new.csv', NEW);
    expect(runClientele(['import', 'new.csv', '-o', 'out.csv'], { cwd: scratch.dir })).toMatchObject({ status: 2, stderr: 'clientele: import needs --into CUSTOMERS (the customer list to import into)\n' });
    expect(runClientele(['import', 'new.csv', '--into', 'new2.csv'], { cwd: scratch.dir })).toMatchObject({ status: 2, stderr: 'clientele: import needs -o OUT (the merged customer list is written there)\n' });
  });
});
