import { LANGUAGES } from '../../../src/core/i18n/languages';
import {
  RESPONSE_FIELDS,
  RESPONSE_HEADERS,
  RESPONSES_SHEET_NAMES,
  isResponsesSheetName,
  recogniseResponseColumns,
} from '../../../src/core/responses/responseColumns';

describe('Responses sheet columns', () => {
  it.each(LANGUAGES)('recognises the headers Clientele writes in %s', (language) => {
    const headers = RESPONSE_FIELDS.map((field) => RESPONSE_HEADERS[language][field]);
    expect(recogniseResponseColumns(headers)).toEqual({ date: 0, customerId: 1, score: 2, comment: 3, source: 4, responseId: 5 });
  });

  it('finds the columns in any order, ignoring case, spacing and unknown columns', () => {
    expect(recogniseResponseColumns(['  score ', 'Note', 'ID клиента', null, 'date'])).toEqual({ score: 0, customerId: 2, date: 4 });
  });

  it('knows the sheet by its name in every language, and nothing else', () => {
    for (const language of LANGUAGES) expect(isResponsesSheetName(RESPONSES_SHEET_NAMES[language])).toBe(true);
    expect(isResponsesSheetName('Customers')).toBe(false);
  });
});
