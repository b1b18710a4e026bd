import { readFileSync, existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from '../../src/local/files/csvTable';
import { readXlsx } from '../../src/local/files/xlsxTable';
import { CliError } from '../../src/local/cli/cliErrors';
import { refuseToOverwrite, writeOutput } from '../../src/local/cli/writeOutput';
import { scratchFolder } from './runClientele';

const scratch = scratchFolder();
afterAll(() => scratch.cleanUp());
const at = (name: string) => path.join(scratch.dir, name);
const bytes = (name: string) => new Uint8Array(readFileSync(at(name)));

const customers = [
  ['Name', 'Phone', 'Note', 'Total spent'],
  ['Айгерим', '+7 701 123 45 67', '=HYPERLINK("http://evil.example")', 12.5],
  ['王伟', '007', 'two\nlines', 0],
];

describe('writeOutput', () => {
  test('CSV: UTF-8 with a BOM, formula-like text escaped, read back as written', async () => {
    await writeOutput(at('out.csv'), [{ name: 'Customers', rows: customers }]);
    const text = readFileSync(at('out.csv'), 'utf8');
    expect(text.startsWith('\uFEFFName,Phone,Note,Total spent\r\n')).toBe(true);
    expect(parseCsv(bytes('out.csv'))).toEqual([
      ['Name', 'Phone', 'Note', 'Total spent'],
      ['Айгерим', '+7 701 123 45 67', `'=HYPERLINK("http://evil.example")`, '12.5'],
      ['王伟', '007', 'two\nlines', '0'],
    ]);
  });

  test('TSV is tab-separated, and a value holding a comma is quoted for a reader that splits on commas', async () => {
    await writeOutput(at('out.tsv'), [{ name: 'Customers', rows: [['Name', 'City'], ['Ann', 'Almaty, KZ']] }]);
    expect(readFileSync(at('out.tsv'), 'utf8')).toBe('\uFEFFName\tCity\r\nAnn\t"Almaty, KZ"\r\n');
  });

  test('XLSX: one sheet per table, types kept', async () => {
    await writeOutput(at('out.xlsx'), [
      { name: 'Customers', rows: customers, textColumns: [1] },
      { name: 'Notes', rows: [['Note'], ['hello']] },
    ]);
    const sheets = await readXlsx(bytes('out.xlsx'));
    expect(sheets.map(({ name }) => name)).toEqual(['Customers', 'Notes']);
    expect(sheets[0]?.rows).toEqual(customers);
  });

  test('the extension decides: an unknown one is refused before anything is written', async () => {
    await expect(writeOutput(at('out.pdf'), [{ name: 'A', rows: [['x']] }])).rejects.toThrow(`unknown format: ${at('out.pdf')} (use .csv, .tsv, .txt or .xlsx)`);
    expect(existsSync(at('out.pdf'))).toBe(false);
  });

  test('CSV holds one sheet: more tables are refused, pointing to XLSX', async () => {
    const target = at('two.csv');
    await expect(writeOutput(target, [{ name: 'A', rows: [['x']] }, { name: 'B', rows: [['y']] }])).rejects.toThrow(
      `${target} is a CSV file, which holds one sheet, but there are 2: write an .xlsx file to keep them all`,
    );
  });

  test('a missing folder is a user error, and no partial file is left behind', async () => {
    const target = at('no/such/folder/out.csv');
    await expect(writeOutput(target, [{ name: 'A', rows: [['x']] }])).rejects.toThrow(
      `cannot write ${target}: no such folder ${path.dirname(target)}`,
    );
    expect(readdirSync(scratch.dir).filter((name) => name.endsWith('.partial'))).toEqual([]);
  });

  test('the input file is never the output', () => {
    scratch.file('in.csv', 'Name\nAnn\n');
    expect(() => refuseToOverwrite([at('in.csv')], [{ option: '-o', file: path.join(scratch.dir, '.', 'in.csv') }])).toThrow(CliError);
    expect(() => refuseToOverwrite([at('in.csv')], [{ option: '-o', file: at('out.csv') }])).not.toThrow();
  });
});
