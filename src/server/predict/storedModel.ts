/**
 * The models Update predictions fitted, kept in the document's properties so that the customer
 * card can show one customer's predictions without fitting on the whole sheet again (a fit on
 * 100,000 customers takes seconds; the card reads one property). A few hundred bytes, far under
 * the 9 KB a property value may hold. Shape-checked when read: a stale or hand-edited value is
 * no model, never a wrong one.
 */
import * as z from 'zod/mini';
import type { BgNbdParameters } from '../../core/predict/bgnbd';
import type { CurrencySpend } from '../../core/predict/customerPredictions';
import type { GammaGammaParameters } from '../../core/predict/gammaGamma';

const MODEL_PROPERTY = 'clientele.predictionModel';

const positive = z.number().check(z.positive());
const StoredModel = z.object({
  bgnbd: z.object({ r: positive, alpha: positive, a: positive, b: positive }),
  spends: z.array(z.object({ currency: z.string(), p: positive, q: positive, gamma: positive })),
});

export interface FittedModel {
  bgnbd: BgNbdParameters;
  /** The spend model of each currency that has one. */
  spendOf: ReadonlyMap<string, GammaGammaParameters>;
}

export function saveFittedModel(bgnbd: BgNbdParameters, spends: readonly CurrencySpend[]): void {
  const fitted = spends.flatMap(({ currency, spend }) => (spend ? [{ currency, ...spend.parameters }] : []));
  PropertiesService.getDocumentProperties().setProperty(MODEL_PROPERTY, JSON.stringify({ bgnbd, spends: fitted }));
}

export function readFittedModel(): FittedModel | null {
  const stored = PropertiesService.getDocumentProperties().getProperty(MODEL_PROPERTY);
  if (!stored) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(stored);
  } catch {
    return null;
  }
  const model = StoredModel.safeParse(parsed);
  if (!model.success) return null;
  const { r, alpha, a, b } = model.data.bgnbd;
  return { bgnbd: { r, alpha, a, b }, spendOf: new Map(model.data.spends.map(({ currency, p, q, gamma }) => [currency, { p, q, gamma }])) };
}
