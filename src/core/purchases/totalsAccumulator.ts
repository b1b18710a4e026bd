/**
 * Every customer's totals summed by customer row, for Recalculate totals over a million
 * purchases: a typed array per total rather than an object per customer or per purchase, and
 * each purchase added exactly as applyContribution adds it (the same rounding at every addition),
 * so that summing the rows in sheet order gives the very totals totalsByCustomer gives.
 */
import { addToOthers, isPurchase, round, shopAmount, type CurrencyRules, type Totals } from './customerTotals';
import type { Contribution } from './purchaseRecords';

export class TotalsAccumulator {
  private readonly count: Float64Array;
  private readonly total: Float64Array;
  /** NaN: no purchase yet. */
  private readonly first: Float64Array;
  private readonly last: Float64Array;
  /** A row some contribution reached (a refund alone reaches a row without counting a purchase). */
  private readonly reached: Uint8Array;
  /** What no rate converts, by row: rare, so kept only for the rows that have some. */
  private readonly others = new Map<number, Totals['others']>();
  private reachedRows = 0;

  /** `rows`: the customer table's length (index 0, its header, is never added to). */
  constructor(rows: number, private readonly rules: CurrencyRules) {
    this.count = new Float64Array(rows);
    this.total = new Float64Array(rows);
    this.first = new Float64Array(rows).fill(Number.NaN);
    this.last = new Float64Array(rows).fill(Number.NaN);
    this.reached = new Uint8Array(rows);
  }

  /** Adds one counted purchase to the customer at table index `row`. */
  add(row: number, contribution: Contribution): void {
    if (this.reached[row] === 0) {
      this.reached[row] = 1;
      this.reachedRows += 1;
    }
    const purchase = isPurchase(contribution);
    // shopAmount's answer, without the object it makes: most amounts are in the shop's currency.
    const { shopCurrency } = this.rules;
    const currency = contribution.currency === '' ? shopCurrency : contribution.currency;
    const converted = currency === shopCurrency ? contribution.amount ?? 0 : shopAmount(contribution, this.rules).converted;
    if (converted !== null) this.total[row] = round(this.total[row]! + converted);
    else {
      let others = this.others.get(row);
      if (!others) this.others.set(row, (others = new Map()));
      addToOthers(others, currency, contribution.amount ?? 0, purchase, 1);
    }
    if (!purchase) return;
    this.count[row]! += 1;
    const time = contribution.time;
    // NaN compares false both ways: the first purchase sets both dates.
    if (!(this.first[row]! <= time)) this.first[row] = time;
    if (!(this.last[row]! >= time)) this.last[row] = time;
  }

  /** The customer's totals; null when no purchase reached them. */
  totalsOf(row: number): Totals | null {
    if (this.reached[row] !== 1) return null;
    const first = this.first[row]!;
    const last = this.last[row]!;
    return { count: this.count[row]!, total: this.total[row]!, others: this.others.get(row) ?? new Map(), first: Number.isNaN(first) ? null : first, last: Number.isNaN(last) ? null : last };
  }

  /** How many customers some purchase reached. */
  customers(): number {
    return this.reachedRows;
  }

  /** The purchases counted, over every customer. */
  purchases(): number {
    let sum = 0;
    for (const count of this.count) sum += count;
    return sum;
  }
}
