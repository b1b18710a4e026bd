/**
 * What Clientele writes when purchase rows are typed, pasted, edited, cleared or imported: each
 * row's Customer ID and Counted cells, and the new totals of every customer those rows touch.
 * Each row's old contribution (its Counted cell) is taken out and its new one put in, so an edit
 * that moves a purchase to another customer, changes its amount or clears it leaves every total
 * right. Customers whose first or last purchase was taken out are listed for a recount.
 */
import type { CellValue } from '../customerRecord';
import { CustomerLinker, type CustomerLink, type CustomerReference } from './customerLinking';
import { applyContribution, readTotals, type CurrencyRules, type Totals, type TotalsColumns } from './customerTotals';
import type { HistoryColumns, PurchaseField } from './historySheets';
import { contributionOf, decodeContribution, encodeContribution, readPurchaseRow, sameContribution, type Contribution, type PurchaseProblem, type PurchaseReading } from './purchaseRecords';

export interface PurchaseRowsInput {
  /** The Purchases sheet's header row. */
  headers: readonly CellValue[];
  columns: HistoryColumns<PurchaseField>;
  /** The rows to plan, whole, as the sheet holds them now. */
  rows: readonly (readonly CellValue[])[];
  /** 1-based sheet row of rows[0]. */
  top: number;
  /**
   * The Customer cell was edited (and the Customer ID cell was not): the ID written beside it
   * before no longer says who the customer is, so it is looked up again from what was typed.
   */
  customerEdited: boolean;
  /** The customer sheet, header first; the totals columns already present. */
  customers: readonly (readonly CellValue[])[];
  linker: CustomerLinker;
  totalsColumns: TotalsColumns;
  rules: CurrencyRules;
  reading: PurchaseReading;
}

/** What linking the rows gives, before any total: what Recalculate totals needs of each row. */
export interface PurchaseLinks {
  /** Per row: the Customer ID and Counted cells after. */
  customerIds: string[];
  counted: string[];
  /** Per row: what it adds to its customer's totals now, null when it counts in none. */
  contributions: (Contribution | null)[];
  links: CustomerLink[];
  problems: PurchaseProblem[];
}

export interface PurchaseRowsPlan extends Omit<PurchaseLinks, 'contributions'> {
  /** Customer table index (0 = header) -> the totals after. */
  totals: Map<number, Totals>;
  /** Customer IDs whose totals must be made again from all their purchases. */
  recount: Set<string>;
  /** How many rows' contributions changed. */
  changed: number;
}

/** Each row read and linked to its customer: its Customer ID and Counted cells, and what it counts for. */
export function linkPurchaseRows(input: Omit<PurchaseRowsInput, 'customers' | 'totalsColumns' | 'rules'>): PurchaseLinks {
  const { columns, rows, linker } = input;
  const problems: PurchaseProblem[] = [];
  const table = [input.headers, ...rows];
  const records = rows.map((_, i) => readPurchaseRow(table, i + 1, columns, input.reading, problems));
  for (const problem of problems) problem.row += input.top - 2;
  const references: CustomerReference[] = records.map((record) => ({
    customerId: record && !input.customerEdited ? record.customerId : '',
    customer: record?.customer ?? '',
  }));
  const links = linker.linkAll(references);
  const customerIds: string[] = [];
  const counted: string[] = [];
  const contributions: (Contribution | null)[] = [];
  records.forEach((record, i) => {
    const link = links[i]!;
    const after = record ? contributionOf(record, link.kind === 'linked' ? link.customerId : '') : null;
    customerIds.push(record && link.kind === 'linked' ? link.customerId : '');
    counted.push(after ? encodeContribution(after) : '');
    contributions.push(after);
  });
  return { customerIds, counted, contributions, links, problems };
}

/** What a row added before (its Counted cell: a row cleared by hand is blank now, but that cell still says what to take out). */
function countedBefore(row: readonly CellValue[], columns: HistoryColumns<PurchaseField>): Contribution | null {
  return columns.counted === undefined ? null : decodeContribution(row[columns.counted]);
}

/** The customers (table indexes) whose totals the rows change: of each row whose contribution changed, who it counted for before and after. */
export function customersTouched(input: Pick<PurchaseRowsInput, 'rows' | 'columns' | 'linker'>, linked: PurchaseLinks): Set<number> {
  const touched = new Set<number>();
  const add = (contribution: Contribution | null) => {
    const index = contribution ? input.linker.rowOfId(contribution.customerId) : undefined;
    if (index !== undefined) touched.add(index);
  };
  input.rows.forEach((row, i) => {
    const before = countedBefore(row, input.columns);
    const after = linked.contributions[i]!;
    if (sameContribution(before, after)) return;
    add(before);
    add(after);
  });
  return touched;
}

/** `linked`: the rows as linkPurchaseRows linked them, when the caller did (to read the totals of customersTouched first). */
export function planPurchaseRows(input: PurchaseRowsInput, linkedRows: PurchaseLinks = linkPurchaseRows(input)): PurchaseRowsPlan {
  const { contributions, ...linked } = linkedRows;
  const { linker } = input;
  const totals = new Map<number, Totals>();
  const recount = new Set<string>();
  const totalsOf = (customerId: string): Totals | null => {
    const index = linker.rowOfId(customerId);
    if (index === undefined) return null;
    let found = totals.get(index);
    if (!found) totals.set(index, (found = readTotals(input.customers[index] ?? [], input.totalsColumns)));
    return found;
  };
  const apply = (contribution: Contribution, sign: 1 | -1): void => {
    const customerTotals = totalsOf(contribution.customerId);
    if (customerTotals && !applyContribution(customerTotals, contribution, sign, input.rules)) recount.add(contribution.customerId);
  };

  let changed = 0;
  input.rows.forEach((row, i) => {
    const before = countedBefore(row, input.columns);
    const after = contributions[i]!;
    if (sameContribution(before, after)) return;
    changed += 1;
    if (before) apply(before, -1);
    if (after) apply(after, 1);
  });
  return { ...linked, totals, recount, changed };
}
