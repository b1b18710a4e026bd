/**
 * What a form respondent or a careless paste can put in the sheet does not stop a step from
 * finishing within its budget (issue 14).
 */
import type { CaptureInput, CaptureOutcome } from '../../src/core/capture/captureInput';
import * as entryPoints from '../../src/server/main';
import { actionContext } from '../../src/server/actionContext';
import { captureSubmissions } from '../../src/server/capture/capture';
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

describe('quarantine reasons show the value as it came', () => {
  it('a non-numeric score in the NPS column is quoted as typed, not as “NaN”', () => {
    const h = addonHost();
    putTable(h, 'Customers', [['Customer ID', 'Name', 'Email', 'NPS']]);
    h.bindEntryPoints({ ...entryPoints, capture: (inputs: CaptureInput[]) => captureSubmissions(actionContext(), inputs) });
    const input: CaptureInput = { submissionId: 'resp-1', submittedAt: new Date('2026-11-20T10:00:00Z'), source: 'form', fields: { email: 'dana@example.kz', nps: 'десять' } };
    expect(h.run<CaptureOutcome[]>('capture', [input])[0]).toMatchObject({ kind: 'quarantined', reason: '“NPS”: a score must be a whole number from 0 to 10, found “десять”' });
  });
});
