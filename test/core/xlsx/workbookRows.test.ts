/**
 * The sidebar's XLSX reader on real workbooks, written by exceljs as Excel would save them, and
 * parsed with a W3C DOMParser (xmldom here, the browser's in the sidebar: test/browser/xlsxImport).
 */
import { DOMParser } from '@xmldom/xmldom';
import { Workbook } from 'exceljs';
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { openXlsx, type ParseXml } from '../../../src/core/xlsx/workbookRows';
import { MAX_SIDEBAR_CELLS, MAX_SIDEBAR_UNPACKED_BYTES, XlsxRefused } from '../../../src/core/xlsx/xlsxParts';
import { readXlsx } from '../../../src/local/files/xlsxTable';

const parseXml: ParseXml = (text) => new DOMParser().parseFromString(text, 'application/xml') as unknown as Document;

async function workbookBytes(build: (workbook: Workbook) => void): Promise<Uint8Array> {
  const workbook = new Workbook();
  build(workbook);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

function refusal(read: () => unknown): { key: string; values: Record<string, string | number> } | null {
  try {
    read();
    return null;
  } catch (error) {
    if (error instanceof XlsxRefused) return { key: error.key, values: error.values };
    throw error;
  }
}

describe('openXlsx: cells as the CSV import gives them', () => {
  it('reads every script, numbers, booleans, dates, empty cells and formulas with their cached values', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Клиенты');
      sheet.addRow(['Имя', 'Телефон', 'Сумма', 'Дата', 'Визит', 'VIP', 'Итого', 'Заметка']);
      sheet.addRow(['Айгерим Серикова', 77011234567, 54000.5, new Date(Date.UTC(2024, 2, 15)), new Date(Date.UTC(2024, 2, 15, 14, 30)), true,
        { formula: 'C2*2', result: 108001 }, { richText: [{ text: 'жирный ' , font: { bold: true } }, { text: 'текст' }] }]);
      sheet.addRow(['زهرا احمدی', '+98 912 345 6789', '', new Date(Date.UTC(1999, 11, 31)), null, false, { formula: 'A3&"!"', result: 'زهرا احمدی!' }, '']);
      sheet.addRow(['王小明', null, 0.1 + 0.2, null, null, null, { formula: 'NA()', result: { error: '#N/A' } }, '会员']);
      sheet.getCell('D2').numFmt = 'yyyy-mm-dd';
      sheet.getCell('E2').numFmt = 'dd.mm.yyyy hh:mm';
      sheet.getCell('D3').numFmt = 'yyyy"年"m"月"d"日"';
    });
    const workbook = openXlsx(bytes, parseXml);
    expect(workbook.sheetNames).toEqual(['Клиенты']);
    expect(workbook.rows(0)).toEqual([
      ['Имя', 'Телефон', 'Сумма', 'Дата', 'Визит', 'VIP', 'Итого', 'Заметка'],
      ['Айгерим Серикова', '77011234567', '54000.5', '2024-03-15', '2024-03-15 14:30:00', 'TRUE', '108001', 'жирный текст'],
      ['زهرا احمدی', '+98 912 345 6789', '', '1999-12-31', '', 'FALSE', 'زهرا احمدی!', ''],
      ['王小明', '', '0.3', '', '', '', '#N/A', '会员'],
    ]);
  });

  it('keeps a blank row and a blank column where the workbook has them, so row numbers are the ones Excel shows', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Orders');
      sheet.getCell('A1').value = 'Customer';
      sheet.getCell('C1').value = 'Amount';
      sheet.getCell('A3').value = 'Ana';
      sheet.getCell('C3').value = 12;
    });
    expect(openXlsx(bytes, parseXml).rows(0)).toEqual([['Customer', '', 'Amount'], ['', '', ''], ['Ana', '', '12']]);
  });

  it('lists the worksheets in tab order and reads the one chosen', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.addWorksheet('Summary').addRow(['Total', 3]);
      workbook.addWorksheet('سفارش‌ها').addRow(['مشتری', 'مبلغ']);
      workbook.addWorksheet('订单').addRow(['客户', '金额']);
    });
    const workbook = openXlsx(bytes, parseXml);
    expect(workbook.sheetNames).toEqual(['Summary', 'سفارش‌ها', '订单']);
    expect(workbook.rows(2)).toEqual([['客户', '金额']]);
    expect(workbook.rows(1)).toEqual([['مشتری', 'مبلغ']]);
  });

  it('reads the dates of a 1904 workbook (Excel for Mac) as the same calendar dates', async () => {
    const bytes = await workbookBytes((workbook) => {
      workbook.properties.date1904 = true;
      const sheet = workbook.addWorksheet('Mac');
      sheet.getCell('A1').value = new Date(Date.UTC(2025, 0, 2));
      sheet.getCell('A1').numFmt = 'd/m/yyyy';
    });
    expect(openXlsx(bytes, parseXml).rows(0)).toEqual([['2025-01-02']]);
  });

  it('reads a workbook written by another tool: inline strings, no cell references, prefixed namespaces', () => {
    const bytes = zipSync({
      '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
      '_rels/.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="book/main.xml"/></Relationships>'),
      'book/main.xml': strToU8('<?xml version="1.0"?><x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:rel="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><x:sheets><x:sheet name="Экспорт" sheetId="1" rel:id="s1"/></x:sheets></x:workbook>'),
      'book/_rels/main.xml.rels': strToU8('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="s1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="../sheets/one.xml"/></Relationships>'),
      'sheets/one.xml': strToU8('<?xml version="1.0"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
        '<x:row><x:c t="inlineStr"><x:is><x:t>Клиент</x:t></x:is></x:c><x:c t="inlineStr"><x:is><x:t>Сумма</x:t></x:is></x:c></x:row>' +
        '<x:row><x:c t="inlineStr"><x:is><x:r><x:t>Ай</x:t></x:r><x:r><x:t>гүл</x:t></x:r></x:is></x:c><x:c><x:v>1500</x:v></x:c></x:row>' +
        '</x:sheetData></x:worksheet>'),
    });
    const workbook = openXlsx(bytes, parseXml);
    expect(workbook.sheetNames).toEqual(['Экспорт']);
    expect(workbook.rows(0)).toEqual([['Клиент', 'Сумма'], ['Айгүл', '1500']]);
  });

  it('gives what the CLI reads from the same workbook, dates as their calendar date and time (property)', async () => {
    const cell = fc.oneof(
      fc.constant(null),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 8 }).filter((text) => text.trim() === text && text !== ''),
      fc.integer({ min: -1_000_000, max: 10_000_000_000 }),
      fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }).filter((n) => !Object.is(n, -0)),
      fc.boolean(),
      fc.date({ min: new Date(Date.UTC(1901, 0, 1)), max: new Date(Date.UTC(2099, 11, 31)), noInvalidDate: true }).map((date) => new Date(Math.round(date.getTime() / 1000) * 1000)),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 6 }), async (table) => {
        const bytes = await workbookBytes((workbook) => {
          const sheet = workbook.addWorksheet('T');
          table.forEach((row, r) => row.forEach((value, c) => {
            if (value === null) return;
            const target = sheet.getCell(r + 1, c + 1);
            target.value = value;
            if (value instanceof Date) target.numFmt = 'yyyy-mm-dd hh:mm:ss';
          }));
        });
        const [cli] = await readXlsx(bytes);
        const asText = (value: unknown) =>
          value instanceof Date ? value.toISOString().slice(0, 19).replace('T', ' ').replace(/ 00:00:00$/, '')
            : typeof value === 'boolean' ? (value ? 'TRUE' : 'FALSE')
              : typeof value === 'number' ? String(Number(value.toPrecision(15))) : String(value);
        expect(openXlsx(bytes, parseXml).rows(0)).toEqual(cli!.rows.map((row) => row.map(asText)));
      }),
      { numRuns: 25 },
    );
  }, 120_000);
});

describe('openXlsx: files it refuses, with the reason', () => {
  /** The first sector of an OLE compound file: its signature, as an .xls and a password-protected workbook both start. */
  const compoundFile = (streamName: string) => {
    const bytes = new Uint8Array(2048);
    bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    // A directory entry's name, in UTF-16LE as the format stores it.
    [...streamName].forEach((char, i) => bytes.set([char.charCodeAt(0), 0], 1024 + 2 * i));
    return bytes;
  };

  it.each([
    ['a CSV renamed .xlsx', strToU8('Name,Phone\nAna,+77011234567\n'), 'fileNotXlsx'],
    ['an empty file', new Uint8Array(0), 'fileNotXlsx'],
    ['a zip that is no workbook', zipSync({ 'notes.txt': strToU8('hello') }), 'fileNotXlsx'],
    ['a damaged zip', strToU8('PK\u0003\u0004 and nothing a zip needs'), 'fileNotXlsx'],
    ['an old binary Excel file (.xls)', compoundFile('Workbook'), 'xlsxOldXls'],
    ['a workbook saved with a password', compoundFile('EncryptedPackage'), 'xlsxEncrypted'],
  ])('%s', (_, bytes, key) => {
    expect(refusal(() => openXlsx(bytes, parseXml))).toEqual(expect.objectContaining({ key }));
  });

  it('a workbook whose parts declare more than the sidebar unpacks is refused before any is unpacked (a zip bomb)', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Bomb').addRow(['x']));
    // The central directory's uncompressed size of xl/workbook.xml (offset 24 of its entry) raised to 200 MB.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('xl/workbook.xml');
    for (let at = 0; at + 46 < bytes.length; at += 1) {
      if (view.getUint32(at, true) === 0x02014b50 && name.every((byte, i) => bytes[at + 46 + i] === byte)) view.setUint32(at + 24, 200 * 1024 * 1024, true);
    }
    expect(refusal(() => openXlsx(bytes, parseXml))).toEqual({ key: 'fileZipTooBig', values: { size: expect.stringMatching(/^2\d\d MB$/), max: `${MAX_SIDEBAR_UNPACKED_BYTES / 1024 / 1024} MB` } });
  });

  it('a workbook with only a chart sheet has no sheet to import', async () => {
    const bytes = await workbookBytes((workbook) => workbook.addWorksheet('Empty'));
    const without = zipSync(Object.fromEntries(Object.entries(unzipSync(bytes)).map(([path, part]) =>
      [path, path === 'xl/_rels/workbook.xml.rels' ? strToU8(new TextDecoder().decode(part).replace(/relationships\/worksheet"/g, 'relationships/chartsheet"')) : part])));
    expect(refusal(() => openXlsx(without, parseXml))).toEqual({ key: 'xlsxNoSheet', values: {} });
  });

  it(`a sheet of more than ${MAX_SIDEBAR_CELLS.toLocaleString('en-US')} cells is refused, naming the sheet and the limit`, async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Выгрузка');
      sheet.getCell('A1').value = 'ID';
      sheet.getCell(100_001, 10).value = 'last';
    });
    const workbook = openXlsx(bytes, parseXml);
    expect(refusal(() => workbook.rows(0))).toEqual({ key: 'xlsxTooLargeForSidebar', values: { sheet: 'Выгрузка', cells: MAX_SIDEBAR_CELLS } });
  });

  it('a sheet of exactly the limit is read', async () => {
    const bytes = await workbookBytes((workbook) => {
      const sheet = workbook.addWorksheet('Limit');
      sheet.getCell('A1').value = 'ID';
      sheet.getCell(100_000, 10).value = 'last';
    });
    const rows = openXlsx(bytes, parseXml).rows(0);
    expect([rows.length, rows[0]!.length, rows[99_999]![9]]).toEqual([100_000, 10, 'last']);
  });
});
