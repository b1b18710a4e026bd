/**
 * What a form respondent or a careless paste can put in the sheet does not stop a step from
 * finishing within its budget (issue 14).
 */
import type { DuplicateGroups } from '../../src/server/dedupe/duplicates';
import { addonHost, putTable } from '../support/addonHost';

describe('hostile input in the customer sheet', () => {
  it('two 40,000-character names: one matching step compares them and finishes (the comparison is capped)', () => {
    const h = addonHost();
    const name = Array.from({ length: 8_000 }, (_, i) => `anna${i % 7}`).join(' ');
    putTable(h, 'Sheet1', [
      ['Name', 'Email', 'Phone'],
      [name, 'anna@mail.kz', '+77011112233'],
      [`${name}x`, 'anna@mail.kz', '+77011112233'],
      ['Boris Ivanov', 'boris@mail.kz', '+77014445566'],
    ]);
    const result = h.run<DuplicateGroups>('getDuplicates');
    expect(result.complete).toBe(true);
    expect(result.groups.map((group) => group.rows)).toEqual([[2, 3]]);
  });
});
