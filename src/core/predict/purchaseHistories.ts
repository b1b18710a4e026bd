/**
 * From purchases to the histories the models read. The papers' conventions: purchases by one
 * customer on one day are one transaction (its value their sum); the first transaction is not a
 * repeat; x counts the later transaction days up to the end of calibration, tₓ is the last one's
 * day after the first, T the calibration end's; m̄ is the mean value of the repeat transactions.
 * Transactions after the calibration end are the holdout. Days are whole calendar days.
 */
import type { RepeatHistory } from './bgnbd';

export interface Purchase {
  customer: string;
  /** Calendar day, as a whole number of days since 1970-01-01. */
  day: number;
  /** null when the purchase has no readable amount: the day still counts, its value does not. */
  amount: number | null;
}

export interface CustomerHistory extends RepeatHistory {
  customer: string;
  firstDay: number;
  /** The last transaction day in calibration. */
  lastDay: number;
  /** m̄ over the repeat transactions with a known value; null when there is none. */
  monetary: number | null;
  /** Repeat transactions whose value is known (the Gamma–Gamma x). */
  valuedRepeats: number;
  /** Transaction days after the calibration end. */
  holdoutTransactions: number;
}

export interface PurchaseHistories {
  histories: CustomerHistory[];
  /** Customers whose first purchase is after the calibration end: they have no history to fit on. */
  notYetCustomers: string[];
  /** Purchases that shared a customer and day with another, counted into one transaction. */
  sameDayPurchases: number;
  calibrationEnd: number;
  /** Days from the calibration end to the last purchase (0 when there is no holdout). */
  holdoutDays: number;
}

interface Day {
  day: number;
  value: number;
  valued: boolean;
}

/** calibrationEnd: the last day of calibration (inclusive); by default the last purchase day. */
export function purchaseHistories(purchases: readonly Purchase[], calibrationEnd?: number): PurchaseHistories {
  const byCustomer = new Map<string, Map<number, Day>>();
  let sameDayPurchases = 0;
  let lastPurchaseDay = -Infinity;
  for (const { customer, day, amount } of purchases) {
    lastPurchaseDay = Math.max(lastPurchaseDay, day);
    let days = byCustomer.get(customer);
    if (!days) byCustomer.set(customer, (days = new Map()));
    const known = amount !== null && Number.isFinite(amount);
    const existing = days.get(day);
    if (existing) {
      sameDayPurchases += 1;
      existing.value += known ? amount : 0;
      existing.valued ||= known;
    } else days.set(day, { day, value: known ? amount : 0, valued: known });
  }
  const end = calibrationEnd ?? (Number.isFinite(lastPurchaseDay) ? lastPurchaseDay : 0);
  const histories: CustomerHistory[] = [];
  const notYetCustomers: string[] = [];
  for (const [customer, dayMap] of byCustomer) {
    const days = [...dayMap.values()].sort((x, y) => x.day - y.day);
    const first = days[0] as Day;
    if (first.day > end) {
      notYetCustomers.push(customer);
      continue;
    }
    let frequency = 0;
    let lastDay = first.day;
    let valuedRepeats = 0;
    let repeatValue = 0;
    let holdoutTransactions = 0;
    for (const day of days.slice(1)) {
      if (day.day > end) {
        holdoutTransactions += 1;
        continue;
      }
      frequency += 1;
      lastDay = day.day;
      if (day.valued) {
        valuedRepeats += 1;
        repeatValue += day.value;
      }
    }
    histories.push({
      customer,
      frequency,
      recency: lastDay - first.day,
      T: end - first.day,
      firstDay: first.day,
      lastDay,
      monetary: valuedRepeats > 0 ? repeatValue / valuedRepeats : null,
      valuedRepeats,
      holdoutTransactions,
    });
  }
  return { histories, notYetCustomers, sameDayPurchases, calibrationEnd: end, holdoutDays: Math.max(0, lastPurchaseDay - end) };
}
