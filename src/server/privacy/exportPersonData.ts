/**
 * Export a customer's data (GDPR articles 15 and 20): everything the managed sheets hold about
 * them, as JSON and CSV for the sidebar to offer as downloads (no Drive file, no Drive scope).
 * The export answers the open access requests for them and is written in the Audit log.
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import { isNameOf } from '../../core/i18n/sheetNames';
import { exportCsv, exportJson, personExport } from '../../core/privacy/exportFormats';
import { PRIVACY_REQUESTS_SHEET } from '../../core/privacy/personData';
import type { ActionContext } from '../actionContext';
import { appendAudit } from '../audit/auditLog';
import { answerRequests, readRequestsOf } from './privacyRequests';
import { personLabels, sheetValuesOf, todayIn, withPersonLocked } from './privacyData';


export interface PersonDataExport {
  fileName: string;
  json: string;
  csv: string;
  message: string;
}

export function exportPersonData(context: ActionContext, query: string, today?: string): PersonDataExport | { error: string } {
  return withPersonLocked(context, query, (data, found) => {
    const day = todayIn(context, today);
    const exported = personExport(found.rows, sheetValuesOf(data), found.person.customerIds, new Date());
    const cells = exported.sheets.reduce((sum, sheet) => sum + sheet.rows.reduce((n, row) => n + Object.keys(row.values).length, 0), 0);
    const requestValues = data.managed.find((sheet) => isNameOf(PRIVACY_REQUESTS_SHEET, sheet.name))?.values;
    const requests = answerRequests(context.spreadsheet, readRequestsOf(context.spreadsheet, requestValues ?? []), 'access', found.person.customerIds, day, context.text);
    appendAudit(context.spreadsheet, [{ action: 'export', customerIds: found.person.customerIds, cells, detail: formatMessage(context.text.auditDetailRequest, { requests: requests.join(', ') }) }]);
    SpreadsheetApp.flush();
    const ids = personLabels(found).join(', ');
    return {
      fileName: `clientele-${found.person.customerIds[0] ?? 'customer'}-${day}`,
      json: exportJson(exported),
      csv: exportCsv(exported),
      message: formatMessage(context.text.privacyExported, { cells, sheets: exported.sheets.length, ids, requests: requests.join(', ') }),
    };
  });
}
