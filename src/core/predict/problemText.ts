/** A prediction problem as one line in the user's language: the CLI, the insights panel and Update predictions say the same. */
import { DEFAULT_HEADERS } from '../headerRoles';
import { formatMessage } from '../i18n/formatMessage';
import type { Language } from '../i18n/languages';
import type { Messages } from '../i18n/messages';
import type { PredictionProblem } from './customerPredictions';
import type { SheetHistoryColumn } from './customerSheetHistories';

/** The headers to add, as the recogniser reads them in the user's language. */
const COLUMN_NAMES: Record<SheetHistoryColumn, (t: Messages, language: Language) => string> = {
  purchaseCount: (t) => t.predictColumnCount,
  firstPurchase: (t) => t.predictColumnFirst,
  lastPurchase: (_, language) => DEFAULT_HEADERS[language].lastPurchase,
  totalSpent: (_, language) => DEFAULT_HEADERS[language].totalSpent,
};

/** "Predictions need … columns; missing: First purchase, Total spent." */
export function missingColumnsText(t: Messages, language: Language, missing: readonly SheetHistoryColumn[]): string {
  return formatMessage(t.predictNeedsColumns, { columns: missing.map((column) => COLUMN_NAMES[column](t, language)).join(', ') });
}

/** The line, after the currency it is about when the spend is in several ("KZT: …"; rows that name none have their own label). */
export function predictionProblemText(t: Messages, problem: PredictionProblem): string {
  const text = problemLine(t, problem);
  return 'currency' in problem && problem.currency !== undefined ? `${problem.currency || t.predictNoCurrency}: ${text}` : text;
}

function problemLine(t: Messages, problem: PredictionProblem): string {
  switch (problem.kind) {
    case 'tooFewRepeatCustomers':
      return formatMessage(t.predictTooFew, { count: problem.repeatCustomers, minimum: problem.minimum });
    case 'notConverged':
      return t.predictNotConverged;
    case 'modelDoesNotFit':
      return formatMessage(t.predictDoesNotFit, { p: problem.pValue.toPrecision(2) });
    case 'spendNotFitted':
      return formatMessage(t.predictSpendNotFitted, { count: problem.valuedCustomers, minimum: problem.minimum });
    case 'spendMeanInfinite':
      return t.predictSpendInfinite;
    case 'spendDependsOnFrequency':
      return formatMessage(t.predictSpendDepends, { value: problem.correlation.toFixed(2) });
    case 'spendNotConverged':
      return t.predictSpendNotConverged;
  }
}
