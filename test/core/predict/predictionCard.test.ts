import fc from 'fast-check';
import { LANGUAGES } from '../../../src/core/i18n/languages';
import { messagesFor } from '../../../src/core/i18n/messages';
import { DEFAULT_PREDICTION_SETTINGS, predictCustomers, type CustomerSummary } from '../../../src/core/predict/customerPredictions';
import { predictionCardSection } from '../../../src/core/predict/predictionCard';
import { simulateCustomers } from '../../support/repeatBuying';

const en = messagesFor('en');
/** The CDNOW parameters with α in days, and a spend model in tenge. */
const MODEL = { bgnbd: { r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 }, spend: { p: 6.25, q: 3.74, gamma: 15_000 } };
const settings = DEFAULT_PREDICTION_SETTINGS;

const customer = (frequency: number, recency: number, T: number, currency = 'KZT'): CustomerSummary => ({ customer: 'C-1', frequency, recency, T, spend: frequency > 0 ? { count: frequency + 1, mean: 20_000 } : null, currency });
const texts = (section: ReturnType<typeof predictionCardSection>) => section.lines.map((line) => line.text);

describe('the customer card’s predictions section', () => {
  test('a regular customer who came lately: likely active, her purchases, value in her currency, and why', () => {
    const section = predictionCardSection({ history: customer(9, 290, 300), model: MODEL, settings, text: en });
    expect(section).toMatchObject({ id: 'predictions', title: 'Predictions', more: 0 });
    const [active, purchases, value, why] = texts(section);
    expect(Number(/(\d+) %/.exec(active!)![1])).toBeGreaterThan(80);
    expect(purchases).toMatch(/^Expected purchases in the next 90 days: \d+\.\d$/);
    expect(value).toMatch(/^Expected value over 12 months: \d+ KZT$/);
    expect(why).toMatch(/^Bought 10 times, about every \d+ days, last 10 days ago: likely still a customer\.$/);
  });

  test.each([
    [customer(9, 200, 300), 'may be slipping away'],
    [customer(9, 100, 600), 'probably gone'],
  ])('the same rhythm long past its due: %#', (history, verdict) => {
    const section = predictionCardSection({ history, model: MODEL, settings, text: en });
    expect(texts(section).at(-1)).toContain(verdict);
    expect(section.figures!.probabilityActive).toBeLessThan(0.5);
  });

  test('one purchase, no history, no model, no spend model: each says so, with no empty figure', () => {
    expect(texts(predictionCardSection({ history: customer(0, 0, 40), model: MODEL, settings, text: en })).at(-1)).toBe('One purchase so far, 40 days ago: counted as active until the next one shows the rhythm.');
    expect(texts(predictionCardSection({ history: null, model: MODEL, settings, text: en }))).toEqual(['No purchase history to predict from.']);
    expect(texts(predictionCardSection({ history: customer(3, 50, 90), model: null, settings, text: en }))).toEqual(['No predictions yet: Update predictions works them out for every customer (at least 20 must have bought more than once).']);
    const noSpend = predictionCardSection({ history: customer(3, 50, 90), model: { ...MODEL, spend: null }, settings, text: en });
    expect(texts(noSpend).some((line) => line.startsWith('Expected value'))).toBe(false);
    expect(noSpend.figures!.lifetimeValue).toBeNull();
  });

  test('gives the figures the whole base’s predictions give that customer', () => {
    const base = simulateCustomers(MODEL.bgnbd, { customers: 600, seed: 3, joinDays: 84, calibrationDays: 273, spend: { p: 6.25, q: 3.74, gamma: 15.44 } });
    const result = predictCustomers(base, settings);
    const model = { bgnbd: result.model!.bgnbd.parameters, spend: result.model!.spend!.parameters };
    for (const i of [0, 7, 42]) {
      const { figures } = predictionCardSection({ history: base[i]!, model, settings, text: en });
      const expected = result.predictions[i]!;
      expect(figures).toEqual({ probabilityActive: expected.probabilityActive, expectedPurchases: expected.expectedPurchases, lifetimeValue: expected.lifetimeValue, currency: '' });
    }
  });

  test('in every language, for any history: every line filled in, no NaN, no placeholder left', () => {
    const history = fc.tuple(fc.integer({ min: 0, max: 60 }), fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 2000 })).map(([x, a, b]) => customer(x, x === 0 ? 0 : Math.min(a, b), Math.max(a, b)));
    fc.assert(
      fc.property(history, fc.constantFrom(...LANGUAGES), (summary, language) => {
        const section = predictionCardSection({ history: summary, model: MODEL, settings, text: messagesFor(language) });
        expect(section.lines.length).toBeGreaterThanOrEqual(3);
        for (const { text } of section.lines) {
          expect(text.trim()).not.toBe('');
          expect(text).not.toMatch(/NaN|Infinity|undefined|\{\w+\}/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
