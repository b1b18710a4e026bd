import fc from 'fast-check';
import { HostContext } from '../../../src/local/hostContext';
import { LocalUtilities } from '../../../src/local/services/utilities';
import { MANAGED_SHEET_NAMES } from '../../../src/core/backups/managedSheets';
import { resolveColumns } from '../../../src/core/customerColumns';
import type { CellValue } from '../../../src/core/customerRecord';
import { CATALOGUE } from '../../../src/core/i18n/messages';
import { backupHorizon } from '../../../src/core/privacy/backupHorizon';
import { consentCoverage } from '../../../src/core/privacy/consentCoverage';
import { isOverdue, oneMonthAfter } from '../../../src/core/privacy/dueDate';
import { rowRuns } from '../../../src/core/privacy/erasurePlan';
import { findPersonRows, idListIncludes, resolvePerson, SHEET_RULES, sheetKindOf } from '../../../src/core/privacy/personData';
import { UNDO_HEADERS, UNDO_SHEET, undoRows } from '../../../src/core/undoLog';
import { undoRecord } from '../../../src/core/undoPlan';
import { nextRequestId, openRequests, readRequests, requestRow } from '../../../src/core/privacy/privacyRequests';
import { sha256Hex } from '../../../src/core/sha256';
import { contactKeys, contactsInText, isSuppressed, suppressionHash } from '../../../src/core/privacy/suppression';

describe('one month after receipt (GDPR art. 12(3))', () => {
  it.each([
    ['2026-01-15', '2026-02-15'],
    ['2026-01-31', '2026-02-28'],
    ['2028-01-31', '2028-02-29'],
    ['2026-01-29', '2026-02-28'],
    ['2026-03-31', '2026-04-30'],
    ['2026-08-31', '2026-09-30'],
    ['2026-12-31', '2027-01-31'],
    ['2026-12-15', '2027-01-15'],
    ['2026-02-28', '2026-03-28'],
  ])('%s is due %s', (received, due) => {
    expect(oneMonthAfter(received)).toBe(due);
  });

  it('is overdue the day after it is due, not on the day', () => {
    expect(isOverdue('2026-02-28', '2026-02-28')).toBe(false);
    expect(isOverdue('2026-02-28', '2026-03-01')).toBe(true);
  });
});

describe('SHA-256 in core', () => {
  const utilities = new LocalUtilities(new HostContext({ now: new Date('2026-01-01T00:00:00Z') }));
  const hostHex = (text: string) =>
    Buffer.from(utilities.computeDigest(utilities.DigestAlgorithm.SHA_256, text, utilities.Charset.UTF_8).map((b) => b & 0xff)).toString('hex');

  it('is the standard digest ("abc")', () => {
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it.each(['', 'email:aida@example.kz', 'phone:+77011234567', 'Иван Петров', 'مریم رضایی', '王芳', '😀 𠀀', 'x'.repeat(200)])(
    'equals Utilities.computeDigest(SHA_256, UTF_8) for %s',
    (text) => {
      expect(sha256Hex(text)).toBe(hostHex(text));
    },
  );
});

describe('every managed sheet has an erasure rule', () => {
  it.each(MANAGED_SHEET_NAMES)('%s', (name) => {
    const kind = sheetKindOf(name);
    expect(kind).not.toBeNull();
    expect(SHEET_RULES[kind!]).toBeDefined();
  });

  it('a sheet nobody taught erasure about has none (so the test above fails for it)', () => {
    expect(sheetKindOf('Loyalty points')).toBeNull();
  });
});

describe('suppression keys and hashes', () => {
  it('normalise the email and read the phone as E.164', () => {
    expect(contactKeys({ emails: ['  Aida@Example.KZ '], phones: ['8 701 123 45 67'] }, 'KZ')).toEqual(['email:aida@example.kz', 'phone:+77011234567']);
  });

  it('the hash is not the contact, and another document (salt) hashes it differently', () => {
    const hash = suppressionHash('salt-1', 'email:aida@example.kz');
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).not.toContain('aida');
    expect(hash).not.toBe(suppressionHash('salt-2', 'email:aida@example.kz'));
  });

  it('a listed contact is recognised however it is written; another is not', () => {
    const hashes = new Set(contactKeys({ emails: ['aida@example.kz'], phones: ['+77011234567'] }, 'KZ').map((key) => suppressionHash('s', key)));
    expect(isSuppressed({ emails: ['AIDA@example.kz'], phones: [] }, 'KZ', 's', hashes)).toBe(true);
    expect(isSuppressed({ emails: [], phones: ['+7 (701) 123-45-67'] }, 'KZ', 's', hashes)).toBe(true);
    expect(isSuppressed({ emails: ['bob@example.com'], phones: ['+77017654321'] }, 'KZ', 's', hashes)).toBe(false);
  });

  it('contacts written in Other contacts are found', () => {
    expect(contactsInText('Email: old@mail.ru; Phone: +77019998877; City: Алматы')).toEqual({ emails: ['old@mail.ru'], phones: ['+77019998877'] });
  });
});

describe('finding a person', () => {
  const table: CellValue[][] = [
    ['Customer ID', 'Name', 'Email', 'Phone', 'Marketing consent'],
    ['C-000001', 'Aida Sarsenova', 'aida@example.kz', '+77011234567', 'yes'],
    ['C-000002', 'Bob Stone', 'bob@example.com', '+77017654321', 'no'],
    ['C-000003', 'Wang Fang', '', '', ''],
  ];
  const columns = resolveColumns(table[0]!);

  it.each(['C-000001', 'c-000001', 'AIDA@example.kz', '8 701 123 45 67'])('by %s', (query) => {
    expect(resolvePerson(table, columns, query, 'KZ')).toMatchObject({ customerIds: ['C-000001'], customerRows: [1], emails: ['aida@example.kz'], phones: ['+77011234567'] });
  });

  it('undo entries holding their old values are theirs (a phone as it was typed, their exact name), others not', () => {
    const person = resolvePerson(table, columns, 'C-000001', 'KZ')!;
    const at = new Date('2026-11-01T10:00:00Z');
    const cleaning = (operation: string, changes: { row: number; column: number; before: CellValue }[]) =>
      undoRows({ operation, action: 'clean', time: at, sheet: 'Customers' }, { ...undoRecord({ after: table, idColumn: null, changes: changes.map((change) => ({ ...change, after: 'x' })) }), appended: [], elsewhere: [] });
    const undo: CellValue[][] = [
      UNDO_HEADERS,
      ...cleaning('op-1', [{ row: 2, column: 4, before: '8 701 123 45 67' }]),
      ...cleaning('op-2', [{ row: 3, column: 4, before: '8 701 765 43 21' }]),
      ...cleaning('op-3', [{ row: 2, column: 2, before: 'aida  SARSENOVA' }]),
      ...cleaning('op-4', [{ row: 4, column: 2, before: 'Aida Sarsenova-Li and family' }]),
    ];
    const found = findPersonRows({ name: 'Customers', values: table }, [{ name: UNDO_SHEET, values: undo }], person, 'KZ');
    expect(found.find((entry) => entry.sheet === UNDO_SHEET)?.rows).toEqual([1, 3]);
  });

  // resolvePerson parses only phones holding the query's last six digits: every way of writing the same number must still be found.
  it('finds a phone however the query and the cell write it (trunk prefix, country code, spaces, dashes, brackets)', () => {
    const written = (digits: string, style: number) => {
      const [a, b, c, d] = [digits.slice(0, 3), digits.slice(3, 6), digits.slice(6, 8), digits.slice(8)];
      return [`+7${digits}`, `8 ${a} ${b} ${c} ${d}`, `+7 (${a}) ${b}-${c}-${d}`, `8${digits}`, `7-${a}-${b}-${c}${d}`][style]!;
    };
    const mobile = fc.tuple(fc.constantFrom('700', '701', '702', '705', '707', '747', '771', '775', '777', '778'), fc.stringMatching(/^\d{7}$/)).map(([code, rest]) => code + rest);
    fc.assert(fc.property(mobile, fc.nat(4), fc.nat(4), (digits, inCell, inQuery) => {
      const customers: CellValue[][] = [table[0]!, ['C-000009', 'Someone', '', written(digits, inCell), '']];
      expect(resolvePerson(customers, columns, written(digits, inQuery), 'KZ')?.customerRows).toEqual([1]);
    }));
  });

  it('nothing for an unknown contact', () => {
    expect(resolvePerson(table, columns, 'nobody@example.kz', 'KZ')).toBeNull();
  });

  it('an audit line names a customer inside a run of IDs', () => {
    expect(idListIncludes('C-000001–C-000005, C-000009', 'C-000003')).toBe(true);
    expect(idListIncludes('C-000001–C-000005, C-000009', 'C-000009')).toBe(true);
    expect(idListIncludes('C-000001–C-000005, C-000009', 'C-000007')).toBe(false);
  });

  it('consent coverage counts yes, no and unknown', () => {
    expect(consentCoverage(table, columns)).toEqual({ customers: 3, yes: 1, no: 1, unknown: 1, hasColumn: true });
    expect(consentCoverage(table.map((row) => row.slice(0, 4)), resolveColumns(table[0]!.slice(0, 4)))).toEqual({ customers: 3, yes: 0, no: 0, unknown: 3, hasColumn: false });
  });
});

describe('requests and erasure helpers', () => {
  it('writes kind, status and channel in the user’s words and reads them back in any language, or as the codes of the previous version', () => {
    const row = requestRow('R-0001', { kind: 'erasure', customerId: 'C-000001', received: '2026-01-31', channel: 'email' }, '2026-02-01', CATALOGUE.ru);
    expect([row[2], row[4], row[7]]).toEqual(['удаление (ст. 17)', 'выполнен', 'эл. почта']);
    const older: CellValue[] = ['R-0002', '2026-02-10', 'access', 'C-000002', 'done', '2026-03-10', '2026-02-11', 'phone'];
    expect(readRequests([['Request'], row, older]).map((r) => [r.id, r.kind, r.status])).toEqual([['R-0001', 'erasure', 'done'], ['R-0002', 'access', 'done']]);
    expect(requestRow('R-0003', { kind: 'access', customerId: 'C-000003', received: '2026-01-01', channel: 'sidebar' }, null, CATALOGUE.zh).slice(2, 8)).not.toContain('access');
  });

  it('numbers requests and lists the open ones soonest due first, overdue marked', () => {
    const values: CellValue[][] = [
      ['Request'],
      requestRow('R-0001', { kind: 'erasure', customerId: 'C-000001', received: '2026-01-31', channel: 'email' }, null, CATALOGUE.en),
      requestRow('R-0002', { kind: 'access', customerId: 'C-000002', received: '2026-02-10', channel: 'phone' }, null, CATALOGUE.ru),
      requestRow('R-0003', { kind: 'access', customerId: 'C-000003', received: '2026-01-01', channel: 'phone' }, '2026-01-05', CATALOGUE.fa),
    ];
    const requests = readRequests(values);
    expect(nextRequestId(requests)).toBe('R-0004');
    expect(openRequests(requests, '2026-03-01').map((r) => [r.id, r.due, r.overdue])).toEqual([
      ['R-0001', '2026-02-28', true],
      ['R-0002', '2026-03-10', false],
    ]);
  });

  it('rows to remove come in runs, the lowest last', () => {
    expect(rowRuns([5, 2, 3, 9])).toEqual([{ first: 9, count: 1 }, { first: 5, count: 1 }, { first: 2, count: 2 }]);
  });

  it('the backup horizon follows the rotation settings', () => {
    expect(backupHorizon(undefined)).toEqual({ unit: 'months', count: 12 });
    expect(backupHorizon({ daily: 7, weekly: 4, monthly: 0 })).toEqual({ unit: 'weeks', count: 4 });
    expect(backupHorizon({ daily: 5, weekly: 0, monthly: 0 })).toEqual({ unit: 'days', count: 5 });
  });
});
