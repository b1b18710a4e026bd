import type { CellValue } from '../../../src/core/customerRecord';
import { recogniseColumns } from '../../../src/core/headerRoles';
import { planMerge } from '../../../src/core/merge/mergePlan';
import { captureTimes } from '../../../src/core/merge/valueChoice';
import { CAPTURE_LOG_HEADERS } from '../../../src/core/capture/captureRecords';

const HEADER: CellValue[] = ['Customer ID', 'Name', 'City', 'Created', 'First purchase'];
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

function merged(rows: CellValue[][], capturedAt?: Map<string, number>) {
  const values = [HEADER, ...rows];
  return planMerge({ values, columns: recogniseColumns(HEADER), groups: [[2, 3]], otherContactsHeader: 'Other contacts', ...(capturedAt ? { capturedAt } : {}) }).table[1]!;
}

describe('value choice in a merge (issue 19)', () => {
  const older = ['C-000001', 'Aigerim', 'Almaty', day('2024-01-01'), day('2025-02-01')];
  const newer = ['C-000002', 'Aigerim S.', 'Astana', day('2025-06-01'), day('2025-08-01')];

  it.each([
    ['by Created when nothing newer is known, whatever the row order', [newer, older], undefined, 'Astana'],
    ['by when capture last wrote to a customer (the ledger) over Created', [older, newer], new Map([['C-000001', day('2026-01-05').getTime()]]), 'Almaty'],
  ])('the newest row wins %s', (_, rows, captured, city) => {
    expect(merged(rows as CellValue[][], captured)[2]).toBe(city);
  });

  it('keeps the earliest first purchase, with nothing kept aside for it', () => {
    const row = merged([newer, older]);
    expect(row[4]).toEqual(day('2025-02-01'));
    expect(String(row[5])).not.toContain('First purchase');
  });

  it('reads the capture ledger: the latest time per customer', () => {
    const ledger: CellValue[][] = [CAPTURE_LOG_HEADERS, [day('2026-01-01'), 's1', 'C-000001'], [day('2026-03-01'), 's2', 'C-000001'], ['', 's3', 'C-000002'], [day('2026-02-01'), 's4', '']];
    expect(captureTimes(ledger)).toEqual(new Map([['C-000001', day('2026-03-01').getTime()]]));
  });
});
