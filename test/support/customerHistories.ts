/**
 * A shop's customer sheet with purchase histories (count, first and last purchase, total spent),
 * simulated from the CDNOW parameters in days: enough repeat customers for the models to fit.
 */
import type { CellValue } from '../../src/core/customerRecord';
import { TEST_NOW } from './addonHost';
import { simulateCustomers } from './repeatBuying';

const DAY_MS = 86_400_000;

export const HISTORY_HEADERS = ['Customer ID', 'Name', 'Purchases', 'First purchase', 'Last purchase', 'Total spent', 'Marketing consent', 'Phone'];

export function customerSheetWithHistories(customers = 400): CellValue[][] {
  const simulated = simulateCustomers({ r: 0.243, alpha: 30.9, a: 0.793, b: 2.426 }, { customers, seed: 9, joinDays: 180, calibrationDays: 540, spend: { p: 6.25, q: 3.74, gamma: 15_000 } });
  const rows: CellValue[][] = [[...HISTORY_HEADERS]];
  simulated.forEach((customer, i) => {
    const first = TEST_NOW.getTime() - Math.floor(customer.T) * DAY_MS;
    const last = first + Math.floor(customer.recency) * DAY_MS;
    rows.push([`C-${i + 1}`, `Customer ${i + 1}`, customer.frequency + 1, new Date(first), new Date(last), Math.round((customer.spend?.mean ?? 20_000) * (customer.frequency + 1)), 'да', '']);
  });
  return rows;
}
