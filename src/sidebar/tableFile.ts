/**
 * Choosing a CSV or XLSX file in an import panel and reading its rows in the browser, so the
 * Apps Script bundle stays small: a CSV through papaparse, a workbook through core's XLSX reader
 * with the browser's DOMParser, one of its sheets (a choice appears when it has several). What is
 * not a readable file is said in the user's language, as soon as it is chosen.
 */
import Papa from 'papaparse';
import type { Messages } from '../core/i18n/messages';
import { openXlsx, type XlsxWorkbook } from '../core/xlsx/workbookRows';
import { XlsxRefused } from '../core/xlsx/xlsxParts';
import { formatMessage } from './viewFormat';
import { h } from './dom';
import { showStatus } from './status';

export interface TableFileChoice {
  input: HTMLInputElement;
  /** The workbook's sheet to import, labelled: hidden until a workbook has several sheets. */
  sheetChoice: HTMLElement;
  /** The chosen file's name and rows, or null when no file is chosen. Throws, translated, when it cannot be read. */
  read(): Promise<{ name: string; rows: string[][] } | null>;
}

const ACCEPTED = '.csv,.tsv,.txt,.xlsx,.xls,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** A zip (an XLSX) or an OLE compound file (an old .xls, or a workbook saved with a password) is a workbook; anything else is read as CSV. */
function isWorkbook(bytes: Uint8Array): boolean {
  return (bytes[0] === 0x50 && bytes[1] === 0x4b) || (bytes[0] === 0xd0 && bytes[1] === 0xcf);
}

const parseXml = (text: string) => new DOMParser().parseFromString(text, 'application/xml');

function csvRows(bytes: Uint8Array): string[][] {
  return Papa.parse<string[]>(new TextDecoder('utf-8').decode(bytes), { skipEmptyLines: 'greedy' }).data;
}

export function tableFileChoice(t: Messages, testId: string): TableFileChoice {
  const input = h('input', { type: 'file', accept: ACCEPTED, 'data-testid': testId }) as HTMLInputElement;
  const sheet = h('select', { 'data-testid': `${testId}-sheet` }) as HTMLSelectElement;
  const sheetLabel = h('label', { hidden: '' }, t.xlsxSheetChoice, sheet);
  let opened: Promise<{ file: File; bytes: Uint8Array; workbook: XlsxWorkbook | null }> | null = null;
  const refusal = (error: unknown) => (error instanceof XlsxRefused ? new Error(formatMessage(t[error.key], error.values)) : error);

  const open = (file: File) =>
    file.arrayBuffer().then((buffer) => {
      const bytes = new Uint8Array(buffer);
      return { file, bytes, workbook: isWorkbook(bytes) ? openXlsx(bytes, parseXml) : null };
    });
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    sheetLabel.hidden = true;
    sheet.replaceChildren();
    opened = file ? open(file) : null;
    opened?.then(
      ({ workbook }) => {
        const names = workbook?.sheetNames ?? [];
        sheet.replaceChildren(...names.map((name, index) => h('option', { value: String(index) }, name)));
        sheetLabel.hidden = names.length < 2;
      },
      (error: unknown) => showStatus((refusal(error) as Error).message, true),
    );
  });
  return {
    input,
    sheetChoice: sheetLabel,
    async read() {
      if (!opened) return null;
      try {
        const { file, bytes, workbook } = await opened;
        if (!workbook) return { name: file.name, rows: csvRows(bytes) };
        const index = Number(sheet.value || 0);
        // The sheet's name goes with the file's into the import's submission IDs (import:<name>:<row>), so each sheet imports once.
        const name = workbook.sheetNames.length > 1 ? `${file.name} (${workbook.sheetNames[index]})` : file.name;
        return { name, rows: workbook.rows(index) };
      } catch (error) {
        throw refusal(error);
      }
    },
  };
}
