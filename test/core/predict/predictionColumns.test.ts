import fc from 'fast-check';
import type { CellValue } from '../../../src/core/customerRecord';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { LANGUAGES } from '../../../src/core/i18n/languages';
import { messagesFor } from '../../../src/core/i18n/messages';
import type { CustomerPrediction } from '../../../src/core/predict/customerPredictions';
import { sheetHistories } from '../../../src/core/predict/customerSheetHistories';
import {
  PREDICTION_COLUMNS,
  findPredictionColumns,
  planPredictionColumns,
  predictionCell,
  predictionColumnHeader,
  type PredictionColumnsPlan,
} from '../../../src/core/predict/predictionColumns';

const en = messagesFor('en');

function prediction(overrides: Partial<CustomerPrediction> = {}): CustomerPrediction {
  return {
    customer: 'C-1', frequency: 3, recency: 200, T: 300, currency: '', probabilityActive: 0.8312, expectedPurchases: 1.237,
    expectedAverageSpend: 1520.456, lifetimeValue: 6010.129, valueAtRisk: 1220.5, usualGapDays: 60, ...overrides,
  };
}

function planned(result: ReturnType<typeof planPredictionColumns>): PredictionColumnsPlan {
  if ('notOurs' in result) throw new Error(`refused: ${JSON.stringify(result.notOurs)}`);
  return result;
}

describe('the prediction columns’ headers', () => {
  test.each(LANGUAGES)('in %s are recognised in every language and taken by no other column role', (language) => {
    const headers = PREDICTION_COLUMNS.map((column) => predictionColumnHeader(column, messagesFor(language)));
    expect(findPredictionColumns(headers)).toEqual({ probabilityActive: 0, expectedPurchases: 1, expectedAverageSpend: 2, lifetimeValue: 3, valueAtRisk: 4 });
    const columns = recogniseColumns(headers);
    expect(columns.roles).toEqual({});
    // Nor read as the purchase count or first purchase the predictions are made from.
    const histories = sheetHistories({ values: [headers], columns, today: new Date('2026-01-01'), timeZone: 'UTC', locale: 'en_US' });
    expect(histories.missing).toEqual(['purchaseCount', 'firstPurchase', 'lastPurchase', 'totalSpent']);
  });

  test('differ from language to language where the words do, and within a language from column to column', () => {
    for (const language of LANGUAGES) {
      const headers = PREDICTION_COLUMNS.map((column) => predictionColumnHeader(column, messagesFor(language)));
      expect(new Set(headers).size).toBe(PREDICTION_COLUMNS.length);
    }
  });
});

describe('planning the prediction columns', () => {
  const values: CellValue[][] = [
    ['Customer ID', 'Name', 'Purchases', 'My notes'],
    ['C-1', 'Dana', 4, 'likes tea'],
    ['', '', '', ''],
    ['C-3', 'Ali', '', 'walk-in'],
  ];

  test('adds the missing columns after the last used one, headers in the user’s language, in one block', () => {
    const plan = planned(planPredictionColumns({ values, byIndex: new Map([[1, prediction()]]), text: messagesFor('fa') }));
    expect(plan.added.map((a) => a.column)).toEqual([4, 5, 6, 7, 8]);
    expect(plan.blocks).toHaveLength(1);
    const [block] = plan.blocks;
    expect(block!.column).toBe(4);
    expect(block!.values[0]).toEqual(['احتمال فعال بودن', 'خریدهای مورد انتظار', 'میانگین خرید مورد انتظار', 'ارزش مورد انتظار (CLV)', 'ارزش در خطر']);
    expect(block!.values.slice(1)).toEqual([
      [0.8312, 1.24, 1520.46, 6010.13, 1220.5],
      ['', '', '', '', ''],
      ['', '', '', '', ''],
    ]);
    expect(plan).toMatchObject({ predicted: 1, blank: 1, cells: 15 });
  });

  test('a column used only below the header is not written over: new columns go after it', () => {
    const wide: CellValue[][] = [['Customer ID', 'Name', ''], ['C-1', 'Dana', 'kept']];
    const plan = planned(planPredictionColumns({ values: wide, byIndex: new Map(), text: en }));
    expect(plan.blocks[0]!.column).toBe(3);
  });

  test('keeps existing prediction columns where they are (in any language), writes around the user’s column between them', () => {
    const moved: CellValue[][] = [
      ['Customer ID', 'Вероятность активности', 'Ожидаемые покупки', 'My notes', 'Expected average spend', 'Expected value (CLV)', 'Value at risk'],
      ['C-1', 0.5, 2, 'likes tea', 10, 20, 5],
    ];
    const plan = planned(planPredictionColumns({ values: moved, byIndex: new Map([[1, prediction()]]), text: en }));
    expect(plan.added).toEqual([]);
    expect(plan.blocks.map((b) => [b.column, b.fields])).toEqual([
      [1, ['probabilityActive', 'expectedPurchases']],
      [4, ['expectedAverageSpend', 'lifetimeValue', 'valueAtRisk']],
    ]);
    expect(plan.blocks[0]!.values[0]).toEqual(['Вероятность активности', 'Ожидаемые покупки']);
    expect(plan.blocks.some((b) => b.column <= 3 && b.column + b.fields.length > 3)).toBe(false);
  });

  test('refuses a column with a prediction header that holds text Clientele did not write, naming column and row', () => {
    const theirs: CellValue[][] = [['Customer ID', 'Value at risk'], ['C-1', 3], ['C-2', 'high']];
    expect(planPredictionColumns({ values: theirs, byIndex: new Map(), text: en })).toEqual({ notOurs: { column: 'B', header: 'Value at risk', row: 3 } });
  });

  test('a customer without a spend model keeps her probability and purchases, the money cells stay empty', () => {
    const plan = planned(planPredictionColumns({ values, byIndex: new Map([[1, prediction({ expectedAverageSpend: null, lifetimeValue: null, valueAtRisk: null })]]), text: en }));
    expect(plan.blocks[0]!.values[1]).toEqual([0.8312, 1.24, '', '', '']);
  });
});

describe('never NaN in a cell (property)', () => {
  const anyNumber = fc.oneof(fc.double(), fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308));
  const anyPrediction = fc.record({
    probabilityActive: anyNumber,
    expectedPurchases: anyNumber,
    expectedAverageSpend: fc.option(anyNumber),
    lifetimeValue: fc.option(anyNumber),
    valueAtRisk: fc.option(anyNumber),
  });

  test('every written cell is a finite number or empty, whatever the predictions hold', () => {
    fc.assert(
      fc.property(fc.array(fc.option(anyPrediction), { minLength: 1, maxLength: 20 }), (rows) => {
        const values: CellValue[][] = [['Customer ID'], ...rows.map((_, i) => [`C-${i + 1}`])];
        const byIndex = new Map<number, CustomerPrediction>();
        rows.forEach((row, i) => row && byIndex.set(i + 1, prediction(row)));
        const plan = planned(planPredictionColumns({ values, byIndex, text: en }));
        for (const block of plan.blocks) {
          for (const cells of block.values.slice(1)) {
            for (const cell of cells) expect(cell === '' || (typeof cell === 'number' && Number.isFinite(cell) && !Object.is(cell, -0))).toBe(true);
          }
        }
      }),
    );
  });

  test.each([
    [Number.NaN, 2, ''],
    [Number.POSITIVE_INFINITY, 2, ''],
    [null, 2, ''],
    [-0.0001, 2, 0],
    [0.12345, 4, 0.1235],
    [1520.455, 2, 1520.46],
  ])('predictionCell(%p, %p) is %p', (value, digits, cell) => {
    expect(Object.is(predictionCell(value, digits), cell)).toBe(true);
  });
});
