import { customerIdNumber, formatCustomerId, isBlankRow, nextCustomerNumber } from '../../src/core/customerIds';

describe('customer IDs', () => {
  it('formats and reads back the sequence number', () => {
    expect(formatCustomerId(1)).toBe('C-000001');
    expect(formatCustomerId(1234567)).toBe('C-1234567');
    expect(customerIdNumber('C-000042')).toBe(42);
    expect(customerIdNumber(' C-000042 ')).toBe(42);
    expect(customerIdNumber('42')).toBeNull();
    expect(customerIdNumber(42)).toBeNull();
  });

  it('never reuses a number: the next one is past the stored high-water mark and every ID in the sheet', () => {
    expect(nextCustomerNumber([], 0)).toBe(1);
    expect(nextCustomerNumber(['C-000003', 'C-000010', 'legacy-7'], 0)).toBe(11);
    // C-000011..C-000020 were issued and their rows deleted: they stay retired.
    expect(nextCustomerNumber(['C-000003', 'C-000010'], 20)).toBe(21);
  });

  it('treats rows of empty or whitespace cells as blank', () => {
    expect(isBlankRow(['', '  ', ''])).toBe(true);
    expect(isBlankRow(['', 0, ''])).toBe(false);
    expect(isBlankRow(['', false])).toBe(false);
  });
});
