/**
 * The fast paths Recalculate totals takes over a million purchases (issue 16) answer exactly
 * what the general ones do: a Counted cell read without JSON.parse, and the customer sheet keyed
 * whole once rather than by each block's keys (each kind of key the first time a block needs it).
 */
import type { CellValue } from '../../../src/core/customerRecord';
import { CustomerLinker, type CustomerReference } from '../../../src/core/purchases/customerLinking';
import { decodeContribution, encodeContribution } from '../../../src/core/purchases/purchaseRecords';
import type { RecognisedColumns } from '../../../src/core/headerRoles';

/** Deterministic pseudo-random numbers (a test must fail the same way each time). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/** What JSON.parse makes of a Counted cell: the reading before the fast path. */
function byJson(value: CellValue): unknown {
  if (typeof value !== 'string' || !value.startsWith('[')) return null;
  try {
    const [customerId, time, amount, currency] = JSON.parse(value) as unknown[];
    if (typeof customerId !== 'string' || typeof time !== 'number' || typeof currency !== 'string') return null;
    if (amount !== null && typeof amount !== 'number') return null;
    return { customerId, time, amount, currency };
  } catch {
    return null;
  }
}

describe('Counted cells read without JSON.parse', () => {
  it('reads every cell as JSON.parse does: Clientele\'s own, escaped, spaced, typed by hand, broken', () => {
    const next = random(16);
    const pieces = ['C-000042', 'c"q', 'a\\b', 'tab\there', 'Ё-١٢', '', '1e3', '-0', '0.5', '1E+21', 'null', ' ', '[', ']', ',', '"', '01', '-', 'KZT', 'true'];
    const cells: CellValue[] = [];
    for (let i = 0; i < 3000; i++) {
      const pick = () => pieces[Math.floor(next() * pieces.length)]!;
      cells.push(encodeContribution({ customerId: pick(), time: Math.round(next() * 2e12) - 1e12, amount: next() < 0.2 ? null : Math.round(next() * 1e6) / 100 - 1000, currency: pick() }));
      // Typed by hand: pieces glued into something that may or may not be JSON.
      cells.push(`["${pick()}",${pick()},${pick()},"${pick()}"]${next() < 0.1 ? ' ' : ''}`);
    }
    cells.push('[ "C-1", 1, 2, "KZT" ]', '["C-1",1,2,"KZT",5]', '["C-1",1,"2","KZT"]', '', 42, '["C-1",01,2,"KZT"]', '["C-1",1,2,"KZT"]\n');
    for (const cell of cells) expect(decodeContribution(cell)).toEqual(byJson(cell));
  });
});

describe('The customer sheet keyed whole for block after block', () => {
  const columns = { roles: { id: 0, name: 1, email: 2, phone: 3 }, extras: [] } as unknown as RecognisedColumns;
  const customers: CellValue[][] = [
    ['Customer ID', 'Name', 'Email', 'Phone'],
    ['C-1', 'Иван Петров', 'ivan@example.kz', '+77011234567'],
    ['C-2', 'İpek Yılmaz', 'ipek@example.kz', '+77017654321'],
    ['C-3', 'علی\u200c رضایی', '', '+989121234567'],
    ['C-4', 'Иван Петров', 'other@example.kz', '+77011234567'],
    ['C-5', 'Anna Smith', 'anna@example.kz', ''],
  ];
  const references: CustomerReference[] = [
    'c-1', ' C-5 ', 'IVAN@EXAMPLE.KZ', '8 701 765 43 21', 'ipek yılmaz', 'İpek Yılmaz, ipek@example.kz', 'علی\u200c رضایی', 'علی\u200c رضایی 0912 123 4567',
    'Петров Иван', 'Ivan Petrov', '8 (701) 123-45-67', 'anna@example.kz Anna Smith', 'nobody', '',
  ].map((customer) => ({ customerId: '', customer }));
  const context = { timeZone: 'Asia/Almaty', locale: 'ru_RU', defaultCountry: 'KZ' };

  it('links every reference as the linker keyed by each block\'s keys does, block by block', () => {
    const byBlock = new CustomerLinker(customers, columns, context);
    let whole!: CustomerLinker;
    for (let size = 1; size <= references.length; size++) {
      // A fresh linker for each block size: the kinds of key (email, phone, name) are keyed as
      // the blocks first need them, in another order for each size.
      whole = new CustomerLinker(customers, columns, context);
      whole.linkManyBlocks();
      for (let first = 0; first < references.length; first += size) {
        const block = references.slice(first, first + size);
        expect(whole.linkAll(block)).toEqual(byBlock.linkAll(block));
      }
    }
    expect(new Set(whole.linkAll(references).map((link) => link.kind))).toEqual(new Set(['linked', 'ambiguous', 'nameOnly', 'unknown', 'blank']));
    // And as one fresh linker links each reference on its own.
    for (const reference of references) expect(whole.linkAll([reference])).toEqual(new CustomerLinker(customers, columns, context).linkAll([reference]));
  });
});
