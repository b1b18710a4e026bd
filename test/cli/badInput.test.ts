import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { writeXlsx } from '../../src/local/files/xlsxTable';
import { runClientele, scratchFolder } from './runClientele';

// Each test spawns node (up to twice); a loaded machine can take seconds per run.
jest.setTimeout(120_000);

const scratch = scratchFolder();
afterAll(() => scratch.cleanUp());

const WINDOWS_1251 =
  'The file is Windows-1251 (Cyrillic) text, not UTF-8, so its letters would be read wrongly. ' +
  'In Excel choose "Save As" > "CSV UTF-8"; in Google Sheets choose "File" > "Download" > "CSV"; then import that file.';
const NOT_XLSX =
  'The file is not an XLSX workbook (it may be an old .xls file or a renamed CSV). ' +
  'Open it in Excel or Google Sheets, save or download it as .xlsx, and import that file.';

beforeAll(async () => {
  copyFileSync(path.join(__dirname, '..', 'fixtures', 'files', 'customers-cp1251.csv'), path.join(scratch.dir, 'windows-1251.csv'));
  mkdirSync(path.join(scratch.dir, 'folder.csv'));
  scratch.file('empty.csv', '');
  scratch.file('bom-only.csv', '\uFEFF');
  scratch.file('blank-lines.csv', '\r\n\r\n\n');
  scratch.file('blank-header.csv', ',,\nAnn,ann@example.com,+1 555 0100\n');
  scratch.file('spaces-header.csv', '  ;  \nAnn;ann@example.com\n');
  scratch.file('customers.pdf', 'Name,Email\nAnn,ann@example.com\n');
  scratch.file('no-extension', 'Name,Email\nAnn,ann@example.com\n');
  scratch.file('renamed.xlsx', 'Name,Email\nAnn,ann@example.com\n');
  scratch.file('empty-sheets.xlsx', await writeXlsx([{ name: 'Sheet1', rows: [] }, { name: 'Sheet2', rows: [] }]));
  scratch.file('blank-header.xlsx', await writeXlsx([{ name: 'Clients', rows: [['', ''], ['Ann', 'ann@example.com']] }]));
  scratch.file('unclosed-quote.csv', 'Name,Email\n"Ann,ann@example.com\n');
  scratch.file('prices.csv', 'Product,Price\nTea,3\n');
});

describe('clientele info: a file it cannot use gives one line on stderr, nothing on stdout, exit 1', () => {
  test.each<[string, string, string]>([
    ['a missing file', 'nowhere.csv', 'no such file: nowhere.csv'],
    ['a missing folder', 'no/such/folder.csv', 'no such file: no/such/folder.csv'],
    ['a folder', 'folder.csv', 'not a file: folder.csv is a directory'],
    ['an unknown format', 'customers.pdf', 'unknown format: customers.pdf (use .csv, .tsv, .txt or .xlsx)'],
    ['no extension', 'no-extension', 'unknown format: no-extension (use .csv, .tsv, .txt or .xlsx)'],
    ['an empty file', 'empty.csv', 'empty file: empty.csv'],
    ['a byte-order mark and nothing else', 'bom-only.csv', 'empty file: bom-only.csv'],
    ['an XLSX whose sheets are all empty', 'empty-sheets.xlsx', 'empty file: empty-sheets.xlsx'],
    ['only blank lines', 'blank-lines.csv', 'no header row: blank-lines.csv has only blank lines'],
    ['an empty first row', 'blank-header.csv', 'no header row: the first row of blank-header.csv is empty (put the column names in row 1)'],
    ['a first row of spaces', 'spaces-header.csv', 'no header row: the first row of spaces-header.csv is empty (put the column names in row 1)'],
    ['an XLSX with an empty first row', 'blank-header.xlsx',
      'no header row: the first row of blank-header.xlsx is empty (put the column names in row 1)'],
    ['a Windows-1251 file, named as such', 'windows-1251.csv', `windows-1251.csv: ${WINDOWS_1251}`],
    ['a CSV renamed to .xlsx', 'renamed.xlsx', `renamed.xlsx: ${NOT_XLSX}`],
    ['an unclosed quote', 'unclosed-quote.csv',
      'unclosed-quote.csv: CSV row 2: a quoted field is not closed properly (Quoted field unterminated). Check the quotes (") in that row.'],
    ['no sheet that looks like a customer list', 'prices.csv',
      'no sheet in prices.csv looks like a customer list (row 1 needs column names such as Name, Email or Phone)'],
  ])('%s', (_case, file, message) => {
    for (const args of [['info', file], ['info', file, '--json']]) {
      const run = runClientele(args, { cwd: scratch.dir });
      expect(run).toEqual({ status: 1, stdout: '', stderr: `clientele: ${message}\n` });
    }
  });
});

describe('a wrong command line gives one line on stderr and exit 2', () => {
  scratch.file('ok.csv', 'Name,Email\nAnn,ann@example.com\n');
  test.each<[string[], string]>([
    [['frobnicate', 'ok.csv'], 'unknown command: frobnicate (see clientele --help)'],
    [['--frobnicate'], 'unknown option: --frobnicate (see clientele --help)'],
    [['info', 'ok.csv', '--frobnicate'], 'unknown option: --frobnicate (see clientele info --help)'],
    [['info', '-x', 'ok.csv'], 'unknown option: -x (see clientele info --help)'],
    [['info', 'ok.csv', '-o', 'out.csv'], 'unknown option: -o (see clientele info --help)'],
    [['info', 'ok.csv', '--lang'], 'option --lang needs a value (see clientele info --help)'],
    [['info', 'ok.csv', '--json=yes'], 'option --json takes no value (see clientele info --help)'],
    [['info', 'ok.csv', '--lang', 'de'], 'unknown language: de (choose one of en, ru, kk, mn, fa, zh)'],
    [['info'], 'info needs a file: clientele info FILE [--json] [--lang xx]'],
    [['info', 'ok.csv', 'other.csv'], 'too many arguments: other.csv (see clientele info --help)'],
    [['help', 'frobnicate'], 'unknown command: frobnicate (see clientele --help)'],
  ])('clientele %j', (args, message) => {
    expect(runClientele(args, { cwd: scratch.dir })).toEqual({ status: 2, stdout: '', stderr: `clientele: ${message}\n` });
  });
});
