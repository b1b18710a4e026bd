/**
 * The "Privacy requests" sheet: a request logged when it arrives (open), closed by the export or
 * erasure that answers it. Each change is one append, or a few blocks for the requests closed.
 */
import type { CellValue } from '../../core/customerRecord';
import { PRIVACY_REQUESTS_SHEET } from '../../core/privacy/personData';
import {
  closedCells,
  nextRequestId,
  readRequests,
  REQUEST_WIDTH,
  requestRow,
  requestsAnswered,
  STATUS_COLUMN,
  type NewRequest,
  type PrivacyRequest,
  type RequestKind,
} from '../../core/privacy/privacyRequests';
import { messagesFor, type Messages } from '../../core/i18n/messages';
import { appendRows, findRecordSheet, recordSheet } from '../recordSheets';
import { readContents, writeBlocks } from '../sheetContents';
import { blocksForEdits } from '../../core/cellBlock';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

function requestsSheet(spreadsheet: Spreadsheet) {
  return recordSheet(spreadsheet, PRIVACY_REQUESTS_SHEET, (language) => messagesFor(language).privacyRequestHeaders.split('|'));
}

export function readRequestsOf(spreadsheet: Spreadsheet, values?: readonly (readonly CellValue[])[]): PrivacyRequest[] {
  if (values) return readRequests(values);
  const sheet = findRecordSheet(spreadsheet, PRIVACY_REQUESTS_SHEET);
  return sheet && sheet.getLastRow() > 1 ? readRequests(sheet.getDataRange().getValues() as CellValue[][]) : [];
}

/** Logs a request that arrived (open); returns its ID. */
export function logRequest(spreadsheet: Spreadsheet, requests: readonly PrivacyRequest[], request: NewRequest, text: Messages): string {
  const id = nextRequestId(requests);
  appendRows(requestsSheet(spreadsheet), [requestRow(id, request, null, text)], REQUEST_WIDTH);
  return id;
}

/**
 * An export or an erasure is done: the open requests of its kind for these customers are closed,
 * or, when none was logged, one is logged already done. Returns the request IDs answered.
 */
export function answerRequests(spreadsheet: Spreadsheet, requests: readonly PrivacyRequest[], kind: RequestKind, customerIds: readonly string[], today: string, text: Messages): string[] {
  const open = requestsAnswered(requests, kind, customerIds);
  if (open.length === 0) {
    const id = nextRequestId(requests);
    appendRows(requestsSheet(spreadsheet), [requestRow(id, { kind, customerId: customerIds[0] ?? '', received: today, channel: 'sidebar' }, today, text)], REQUEST_WIDTH);
    return [id];
  }
  const sheet = requestsSheet(spreadsheet);
  // Requests closed together are written in a few blocks (at most MAX_WRITE_BLOCKS), never one call each.
  const edits = open.flatMap((request) => closedCells(request, today, text).map((value, offset) => ({ row: request.row, column: STATUS_COLUMN + offset, value })));
  writeBlocks(sheet, blocksForEdits(edits, readContents(sheet)));
  return open.map((request) => request.id);
}
