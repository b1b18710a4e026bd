/**
 * An XLSX workbook's sheets as rows of text, the way the sidebar's CSV import gives them, read from
 * the workbook's XML with a DOM parser the caller passes (the browser's DOMParser in the sidebar):
 * no spreadsheet library in the sidebar bundle, and nothing here touches a browser global.
 *
 * Cells as the CLI's reader (src/local/files/xlsxTable.ts, exceljs) gives them, written as text:
 * shared and inline strings as they are (rich-text runs joined, phonetic guides left out),
 * numbers as Excel shows them in General format (at most 15 significant digits), booleans as
 * TRUE/FALSE, errors as their text (#N/A), a formula as its cached value (`=` and the formula
 * when the file holds none), and a number in a date format as the calendar date and time it
 * stands for, with no zone, as the workbook holds it: `2024-03-15`, or `2024-03-15 14:30:00`
 * when it has a time (the formats the cleaners read and the CLI's export writes). Empty cells
 * keep their column; rows run from the first row to the last that holds a value, so a row
 * number in a message is the row Excel shows.
 */
import { columnNumber } from '../columnLetters';
import { MAX_SIDEBAR_CELLS, xlsxParts, XlsxRefused } from './xlsxParts';

/** Parses one XML part (the sidebar passes `(text) => new DOMParser().parseFromString(text, 'application/xml')`). */
export type ParseXml = (text: string) => Document;

export interface XlsxWorkbook {
  /** The worksheets' names, in tab order (chart sheets left out). */
  sheetNames: string[];
  /** The sheet at `index` of sheetNames, as rows of text; throws XlsxRefused when it holds more than MAX_SIDEBAR_CELLS. */
  rows(index: number): string[][];
}

const RELATIONSHIP_TYPE_END = {
  officeDocument: '/officeDocument',
  worksheet: '/worksheet',
  sharedStrings: '/sharedStrings',
  styles: '/styles',
} as const;

/** Built-in number formats that are dates or times (ECMA-376 Part 1, 18.8.30), the East Asian ones (27–36, 50–58) included. */
const BUILT_IN_DATE_FORMATS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** exceljs's test (utils.isDateFmt), so that a cell is a date here exactly when the CLI reads it as one. */
function isDateFormat(code: string): boolean {
  return /[ymdhMsb]+/.test(code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''));
}

function childElements(parent: Element): Element[] {
  const children: Element[] = [];
  for (let node = parent.firstChild; node; node = node.nextSibling) if (node.nodeType === 1) children.push(node as Element);
  return children;
}

function elementsNamed(document: Document, localName: string): Element[] {
  return Array.from(document.getElementsByTagNameNS('*', localName));
}

/** A relationship id attribute (r:id), whatever prefix the file gives its namespace (Strict OOXML has another one). */
function relationshipId(element: Element): string {
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.localName === 'id' && attribute.namespaceURI?.endsWith('relationships')) return attribute.value;
  }
  return '';
}

/** The text of a string item (<si> or <is>): its <t>, or its runs' <t>s joined; phonetic runs (<rPh>) are not part of the text. */
function itemText(item: Element): string {
  let text = '';
  for (const child of childElements(item)) {
    if (child.localName === 't') text += child.textContent ?? '';
    else if (child.localName === 'r') for (const part of childElements(child)) if (part.localName === 't') text += part.textContent ?? '';
  }
  return text;
}

/** A part's path from a relationship target, relative to the folder of the part the relationships belong to. */
function resolvedTarget(fromPart: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = fromPart.split('/').slice(0, -1);
  for (const step of target.split('/')) {
    if (step === '..') parts.pop();
    else if (step !== '.') parts.push(step);
  }
  return parts.join('/');
}

function relsPathOf(part: string): string {
  const slash = part.lastIndexOf('/');
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

interface Relationship {
  id: string;
  type: string;
  path: string;
}

function relationships(parse: ParseXml, parts: ReadonlyMap<string, string>, ofPart: string): Relationship[] {
  const xml = parts.get(relsPathOf(ofPart));
  if (xml === undefined) return [];
  return elementsNamed(parse(xml), 'Relationship').map((element) => ({
    id: element.getAttribute('Id') ?? '',
    type: element.getAttribute('Type') ?? '',
    path: resolvedTarget(ofPart, element.getAttribute('Target') ?? ''),
  }));
}

/** Excel's serial day (1 = 1900-01-01, or 1904-01-02 in a 1904 workbook) as the date and time it shows, computed as exceljs does. */
function serialDateText(serial: number, date1904: boolean): string {
  const milliseconds = Math.round(((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000) / 1000) * 1000;
  const iso = new Date(milliseconds).toISOString();
  const day = iso.slice(0, 10);
  const time = iso.slice(11, 19);
  return time === '00:00:00' ? day : `${day} ${time}`;
}

/** A number as Excel's General format shows it: 15 significant digits at most, so a cached 0.1+0.2 is 0.3. */
function numberText(value: number): string {
  return String(Number(value.toPrecision(15)));
}

interface Styles {
  /** By cell style index (the s attribute): whether the style's number format is a date. */
  dateStyles: boolean[];
}

function readStyles(parse: ParseXml, xml: string | undefined): Styles {
  if (xml === undefined) return { dateStyles: [] };
  const document = parse(xml);
  const custom = new Map(elementsNamed(document, 'numFmt').map((format) => [Number(format.getAttribute('numFmtId')), format.getAttribute('formatCode') ?? '']));
  const cellXfs = elementsNamed(document, 'cellXfs')[0];
  const formats = cellXfs ? childElements(cellXfs).filter((element) => element.localName === 'xf') : [];
  return {
    dateStyles: formats.map((xf) => {
      const id = Number(xf.getAttribute('numFmtId') ?? 0);
      const code = custom.get(id);
      return code === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(code);
    }),
  };
}

function cellText(cell: Element, shared: readonly string[], styles: Styles, date1904: boolean): string {
  const type = cell.getAttribute('t') ?? 'n';
  let value: string | null = null;
  let formula: string | null = null;
  let inline: Element | null = null;
  for (const child of childElements(cell)) {
    if (child.localName === 'v') value = child.textContent ?? '';
    else if (child.localName === 'f') formula = child.textContent ?? '';
    else if (child.localName === 'is') inline = child;
  }
  if (type === 'inlineStr') return inline ? itemText(inline) : (value ?? '');
  if (value === null) return formula ? `=${formula}` : ''; // a formula never calculated (written by a script): what it says, as the CLI keeps it
  switch (type) {
    case 's':
      return shared[Number(value)] ?? '';
    case 'b':
      return value === '1' || value.toLowerCase() === 'true' ? 'TRUE' : 'FALSE';
    case 'str':
    case 'e':
      return value;
    case 'd':
      // An ISO 8601 date cell (Strict OOXML): its calendar date and time, as a serial date would give them.
      return value.replace('T', ' ').replace(/(\.\d+)?Z?$/, '').replace(/ 00:00:00$/, '');
    default: {
      const number = Number(value);
      if (value.trim() === '' || !Number.isFinite(number)) return value;
      const style = Number(cell.getAttribute('s') ?? 0);
      return styles.dateStyles[style] ? serialDateText(number, date1904) : numberText(number);
    }
  }
}

/** `B7` -> row 7, column 2 (1-based); null parts when the reference is missing (cells then follow one another). */
function cellReference(reference: string | null): { row: number | null; column: number | null } {
  const match = reference ? /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(reference) : null;
  return match ? { row: Number(match[2]), column: columnNumber(match[1]!) } : { row: null, column: null };
}

function sheetRows(parse: ParseXml, xml: string, name: string, shared: readonly string[], styles: Styles, date1904: boolean): string[][] {
  const document = parse(xml);
  const data = elementsNamed(document, 'sheetData')[0];
  const filled: { row: number; column: number; text: string }[] = [];
  let height = 0;
  let width = 0;
  let rowNumber = 0;
  for (const row of data ? childElements(data) : []) {
    if (row.localName !== 'row') continue;
    rowNumber = Number(row.getAttribute('r') ?? rowNumber + 1);
    let columnNumberSoFar = 0;
    for (const cell of childElements(row)) {
      if (cell.localName !== 'c') continue;
      const reference = cellReference(cell.getAttribute('r'));
      columnNumberSoFar = reference.column ?? columnNumberSoFar + 1;
      const text = cellText(cell, shared, styles, date1904);
      if (text === '') continue;
      filled.push({ row: rowNumber, column: columnNumberSoFar, text });
      height = Math.max(height, rowNumber);
      width = Math.max(width, columnNumberSoFar);
      if (filled.length > MAX_SIDEBAR_CELLS) break;
    }
    if (filled.length > MAX_SIDEBAR_CELLS) break;
  }
  if (filled.length > MAX_SIDEBAR_CELLS || height * width > MAX_SIDEBAR_CELLS) {
    throw new XlsxRefused('xlsxTooLargeForSidebar', { sheet: name, cells: MAX_SIDEBAR_CELLS });
  }
  const rows = Array.from({ length: height }, () => Array.from<string>({ length: width }).fill(''));
  for (const cell of filled) rows[cell.row - 1]![cell.column - 1] = cell.text;
  return rows;
}

/** Opens an XLSX file: its worksheets' names at once, each sheet's rows when asked for. Throws XlsxRefused. */
export function openXlsx(bytes: Uint8Array, parse: ParseXml): XlsxWorkbook {
  // The relationships first (small): they say where the workbook, its strings and its styles are.
  const rels = xlsxParts(bytes, (path) => path.endsWith('.rels'));
  const workbookPath = relationships(parse, rels, '').find((r) => r.type.endsWith(RELATIONSHIP_TYPE_END.officeDocument))?.path ?? 'xl/workbook.xml';
  const links = relationships(parse, rels, workbookPath);
  const partOf = (type: string) => links.find((r) => r.type.endsWith(type))?.path ?? '';
  const wanted = new Set([workbookPath, partOf(RELATIONSHIP_TYPE_END.sharedStrings), partOf(RELATIONSHIP_TYPE_END.styles)]);
  const parts = xlsxParts(bytes, (path) => wanted.has(path));
  const workbookXml = parts.get(workbookPath);
  if (workbookXml === undefined) throw new XlsxRefused('fileNotXlsx');
  const workbook = parse(workbookXml);
  if (elementsNamed(workbook, 'workbook').length === 0) throw new XlsxRefused('fileNotXlsx');
  const date1904 = ['1', 'true'].includes(elementsNamed(workbook, 'workbookPr')[0]?.getAttribute('date1904') ?? '');
  const worksheets = elementsNamed(workbook, 'sheet')
    .map((sheet) => ({ name: sheet.getAttribute('name') ?? '', link: links.find((r) => r.id === relationshipId(sheet)) }))
    .filter((sheet): sheet is { name: string; link: Relationship } => sheet.link !== undefined && sheet.link.type.endsWith(RELATIONSHIP_TYPE_END.worksheet));
  if (worksheets.length === 0) throw new XlsxRefused('xlsxNoSheet');
  const sharedXml = parts.get(partOf(RELATIONSHIP_TYPE_END.sharedStrings));
  const shared = sharedXml === undefined ? [] : elementsNamed(parse(sharedXml), 'si').map(itemText);
  const styles = readStyles(parse, parts.get(partOf(RELATIONSHIP_TYPE_END.styles)));
  return {
    sheetNames: worksheets.map((sheet) => sheet.name),
    rows(index) {
      const sheet = worksheets[index];
      if (!sheet) throw new XlsxRefused('xlsxNoSheet');
      const xml = xlsxParts(bytes, (path) => path === sheet.link.path).get(sheet.link.path);
      if (xml === undefined) throw new XlsxRefused('fileNotXlsx');
      return sheetRows(parse, xml, sheet.name, shared, styles, date1904);
    },
  };
}
