/**
 * Hostile and careless files (issue 14): bounded work, one clear line naming the limit, the row
 * and the column, never a stack trace; encodings recognised or refused, never read as UTF-8;
 * outputs that never overwrite an input or each other.
 */
import { linkSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { Workbook } from 'exceljs';
import { parseCsv } from '../../src/local/files/csvTable';
import { readXlsx } from '../../src/local/files/xlsxTable';
import { farReachingXlsx, runClientele, scratchFolder } from './runClientele';

// The 1,000,000-row file takes a minute on a loaded 2-core machine.
jest.setTimeout(300_000);

/** A zip archive by hand, so that a part can declare a size it does not have. */
function zip(parts: { name: string; data: Uint8Array; declared?: number }[]): Uint8Array {
  const chunks: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const name = Buffer.from(part.name);
    const packed = deflateRawSync(part.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(packed.length, 18);
    local.writeUInt32LE(part.declared ?? part.data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(packed.length, 20);
    entry.writeUInt32LE(part.declared ?? part.data.length, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    central.push(entry, name);
    chunks.push(local, name, packed);
    offset += local.length + name.length + packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...chunks, directory, end]));
}

const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
  const bytes = Buffer.from(text, 'utf16le');
  if (order === 'be') bytes.swap16();
  return new Uint8Array(bom ? Buffer.concat([Buffer.from(order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]) : bytes);
};

describe('hostile files', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());
  const run = (args: string[]) => runClientele(args, { cwd: scratch.dir });

  it('an XLSX of 2 KB with one cell at XFD1048576 is refused at once, naming the limit, the row and the column', async () => {
    scratch.file('far.xlsx', await farReachingXlsx());
    const result = run(['info', 'far.xlsx']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'clientele: far.xlsx: sheet “Customers” reaches row 1,048,576 and column XFD: 1,048,576 rows × 16,384 columns is more than the 10,000,000 cells a Google spreadsheet holds. Delete what lies beyond your data (or split the file) and save it again.\n',
    );
  });

  it('a zip bomb that declares its size is refused by what it declares, and says so', () => {
    scratch.file('declared.xlsx', zip([{ name: 'xl/worksheets/sheet1.xml', data: new Uint8Array(1000), declared: 2_000_000_000 }]));
    const result = run(['info', 'declared.xlsx']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^clientele: declared\.xlsx: The workbook would unpack to 1,908 MB, more than Clientele reads \(1,024 MB; .*it may be a zip bomb\./u);
  });

  it('a zip bomb that lies about its size is stopped at the size it declares, and says so', () => {
    scratch.file('liar.xlsx', zip([{ name: 'xl/sharedStrings.xml', data: new Uint8Array(50_000_000), declared: 1000 }]));
    const result = run(['info', 'liar.xlsx']);
    expect(result.status).toBe(1);
    expect(result.stderr).toBe('clientele: liar.xlsx: The part “xl/sharedStrings.xml” of the workbook unpacks to more than the 1,000 bytes it declares: the file is damaged or a zip bomb, and was not read.\n');
  });

  it.each([
    ['UTF-16LE without a byte-order mark', utf16('Name,Email\r\nАнна Петрова,anna@mail.kz\r\n', 'le', false)],
    ['UTF-16BE with a byte-order mark', utf16('Name,Email\r\nАнна Петрова,anna@mail.kz\r\n', 'be', true)],
    ['UTF-16BE without a byte-order mark', utf16('Name,Email\r\nАнна Петрова,anna@mail.kz\r\n', 'be', false)],
  ])('%s is read as UTF-16, never as UTF-8', (_label, bytes) => {
    scratch.file('wide.csv', bytes);
    expect(run(['clean', 'wide.csv', '-o', 'wide-out.csv'])).toMatchObject({ status: 0, stderr: '' });
    expect(parseCsv(readFileSync(path.join(scratch.dir, 'wide-out.csv')))).toEqual([
      ['Name', 'Email'],
      ['Анна Петрова', 'anna@mail.kz'],
    ]);
  });

  it('a Windows-1251 file is refused, naming its encoding', () => {
    // "Анна,Алматы" in Windows-1251.
    scratch.file('cp1251.csv', new Uint8Array([...Buffer.from('Name,City\r\n'), 0xc0, 0xed, 0xed, 0xe0, 0x2c, 0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb, 0x0d, 0x0a]));
    const result = run(['info', 'cp1251.csv']);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^clientele: cp1251\.csv: The file is Windows-1251 \(Cyrillic\) text, not UTF-8/u);
  });

  it('a cell over 50,000 characters is one line naming the limit, the row and the column', () => {
    scratch.file('long.csv', `Name,Notes\r\nAnna,ok\r\nBoris,${'x'.repeat(60_000)}\r\n`);
    expect(run(['info', 'long.csv'])).toMatchObject({
      status: 1,
      stderr: 'clientele: long.csv: sheet “long”, row 3, column B holds 60,000 characters, but a Google Sheets cell holds at most 50,000: shorten it\n',
    });
  });

  it('a 20,000-column file is one line naming the limit and the last column', () => {
    const header = Array.from({ length: 20_000 }, (_, i) => `c${i}`).join(',');
    scratch.file('wide.csv', `${header}\r\n${header}\r\n`);
    expect(run(['info', 'wide.csv'])).toMatchObject({
      status: 1,
      stderr: 'clientele: wide.csv: sheet “wide” has 20,000 columns (up to column ACOF), but a Google sheet holds at most 18,278 (up to ZZZ)\n',
    });
  });

  it('a file past 10 million cells is one line naming the limit and the row where it is passed', () => {
    const line = Array.from({ length: 20 }, (_, i) => i).join(',');
    scratch.file('tall.csv', `${Array.from({ length: 20 }, (_, i) => `Name${i}`).join(',')}\r\n${`${line}\r\n`.repeat(500_001)}`);
    expect(run(['info', 'tall.csv'])).toMatchObject({
      status: 1,
      stderr: 'clientele: tall.csv: sheet “tall” passes the 10,000,000 cells a Google spreadsheet holds at row 500,001 (500,002 rows × 20 columns): split the file\n',
    });
  });

  it('a 1,000,000 × 5 file fits: its sheet is sized to it, not to 26 columns', () => {
    const rows = Array.from({ length: 1_000_000 }, (_, i) => `P${i},p${i}@mail.kz,Almaty,1,x`).join('\r\n');
    scratch.file('million.csv', `Name,Email,City,Visits,Notes\r\n${rows}\r\n`);
    const result = runClientele(['info', 'million.csv', '--json'], { cwd: scratch.dir, timeout: 300_000 });
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(result.stdout)).toMatchObject({ rows: 1_000_000 });
  });
});

describe('outputs never overwrite inputs, nor each other', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());
  const CSV = 'Name,Email\r\nAnna,anna@mail.kz\r\nAnna,ANNA@mail.kz\r\n';

  it.each([
    [['clean', 'in.csv', '-o', 'out.csv', '--report', 'in.csv'], 'clientele: the output in.csv is the input file: choose another name with --report, the original stays as it was\n'],
    [['dedupe', 'in.csv', '--clusters', 'in.csv'], 'clientele: the output in.csv is the input file: choose another name with --clusters, the original stays as it was\n'],
    [['dedupe', 'in.csv', '--review', './in.csv'], 'clientele: the output ./in.csv is the input file: choose another name with --review, the original stays as it was\n'],
    [['dedupe', 'in.csv', '-o', 'same.csv', '--clusters', 'same.csv'], 'clientele: -o and --clusters name the same file same.csv: choose a name for each\n'],
    [['clean', 'in.csv', '-o', 'r.json', '--report', 'r.json'], 'clientele: -o and --report name the same file r.json: choose a name for each\n'],
    [['clean', 'in.csv', '-o', 'link.csv'], 'clientele: the output link.csv is the input file in.csv: choose another name with -o, the original stays as it was\n'],
  ])('refuses %j and leaves the input as it was', (args, stderr) => {
    scratch.file('in.csv', CSV);
    try {
      linkSync(path.join(scratch.dir, 'in.csv'), path.join(scratch.dir, 'link.csv'));
    } catch {
      // already linked by an earlier case
    }
    expect(runClientele(args, { cwd: scratch.dir })).toMatchObject({ status: 1, stderr, stdout: '' });
    expect(readFileSync(path.join(scratch.dir, 'in.csv'), 'utf8')).toBe(CSV);
  });

  it('every output is written whole beside its target and renamed over it: the old file is never written into, no partial file is left', () => {
    scratch.file('in2.csv', CSV);
    writeFileSync(path.join(scratch.dir, 'clusters.csv'), 'old');
    // A second name for the old file sees what a reader that has it open sees: written in place, it would change under them.
    linkSync(path.join(scratch.dir, 'clusters.csv'), path.join(scratch.dir, 'clusters-open-elsewhere.csv'));
    const result = runClientele(['dedupe', 'in2.csv', '--clusters', 'clusters.csv', '--review', 'review.csv'], { cwd: scratch.dir });
    expect(result.status).toBe(0);
    expect(readFileSync(path.join(scratch.dir, 'clusters.csv'), 'utf8')).toMatch(/^\uFEFFrow,cluster\r\n/u);
    expect(readFileSync(path.join(scratch.dir, 'clusters-open-elsewhere.csv'), 'utf8')).toBe('old');
    expect(readdirSync(scratch.dir).filter((name) => name.includes('.partial'))).toEqual([]);
  });
});

describe('clientele clean on an XLSX keeps what it does not clean', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('formulas, link targets and comments stay', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Customers');
    sheet.addRow(['Name', 'Email', 'Website', 'Shout']);
    sheet.addRow(['  ANNA  PETROVA ', 'Anna@Mail.KZ', { text: 'anna.kz', hyperlink: 'https://anna.kz' }, { formula: 'UPPER(A2)', result: 'ANNA PETROVA' }]);
    sheet.getCell('A2').note = 'met at the fair';
    scratch.file('book.xlsx', new Uint8Array(await workbook.xlsx.writeBuffer()));
    expect(runClientele(['clean', 'book.xlsx', '-o', 'clean.xlsx'], { cwd: scratch.dir })).toMatchObject({ status: 0, stderr: '' });
    const bytes = readFileSync(path.join(scratch.dir, 'clean.xlsx'));
    const [read] = await readXlsx(bytes);
    expect(read!.rows[1]).toEqual(['Anna Petrova', 'anna@mail.kz', 'anna.kz', 'ANNA PETROVA']);
    expect(read!.extras).toEqual(
      new Map([
        ['1:0', { note: 'met at the fair' }],
        ['1:2', { hyperlink: 'https://anna.kz' }],
        ['1:3', { formula: '=UPPER(A2)' }],
      ]),
    );
  });
});
