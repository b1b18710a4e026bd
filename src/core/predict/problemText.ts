/** A prediction problem as one line in the user's language: the CLI and the insights panel say the same. */
import { formatMessage } from '../i18n/formatMessage';
import type { Messages } from '../i18n/messages';
import type { PredictionProblem } from './customerPredictions';

export function predictionProblemText(t: Messages, problem: PredictionProblem): string {
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
