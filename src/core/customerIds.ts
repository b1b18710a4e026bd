/**
 * Customer IDs: `C-000001`, `C-000002`… An ID is never reused, even after its row is
 * deleted, so the highest number ever issued is kept (as a document property) beside the sheet.
 */
const ID_PATTERN = /^C-(\d+)$/;

export function formatCustomerId(sequence: number): string {
  return `C-${String(sequence).padStart(6, '0')}`;
}

export function customerIdNumber(id: unknown): number | null {
  if (typeof id !== 'string') return null;
  const match = ID_PATTERN.exec(id.trim());
  return match ? Number(match[1]) : null;
}

/** The next sequence number: past both the stored high-water mark and every ID in the sheet. */
export function nextCustomerNumber(existingIds: readonly unknown[], highWater: number): number {
  let highest = highWater;
  for (const id of existingIds) {
    const n = customerIdNumber(id);
    if (n !== null && n > highest) highest = n;
  }
  return highest + 1;
}

export function isBlankCell(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

export function isBlankRow(row: readonly unknown[]): boolean {
  return row.every(isBlankCell);
}
