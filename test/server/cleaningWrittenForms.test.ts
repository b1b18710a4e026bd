/**
 * Cleaning on the local host (issue 14): phone numbers in the forms people paste them (RFC 3966
 * `tel:` URIs from web pages and signatures, labels, links), and bidirectional override and
 * isolate characters, which change what a name displays, removed from names and text.
 */
import type { CellValue } from '../../src/core/customerRecord';
import { addonHost, putTable, sheetValues } from '../support/addonHost';

function cleaned(rows: CellValue[][]): CellValue[][] {
  const h = addonHost();
  putTable(h, 'Sheet1', [['Name', 'Phone', 'Notes'], ...rows]);
  h.run('saveSettings', { language: null, defaultCountry: 'KZ' });
  h.run('applyCleaning', []);
  return sheetValues(h, 'Sheet1').slice(1);
}

describe('phones as people write them', () => {
  it.each([
    ['tel:+7-701-123-45-67', '+77011234567'],
    ['tel:+77011234567', '+77011234567'],
    ['TEL:%2B77011234567', '+77011234567'],
    ['tel:+7-701-123-45-67;ext=12', '+77011234567 ext. 12'],
    ['tel:+7-701-123-45-67;phone-context=example.kz', '+77011234567'],
    ['callto:+77011234567', '+77011234567'],
    ['sms:+77011234567', '+77011234567'],
    ['https://wa.me/77011234567', '+77011234567'],
    ['Tel: 8 701 123 45 67', '+77011234567'],
    ['тел. 8 (701) 123-45-67', '+77011234567'],
    ['моб.: +7 701 123 45 67', '+77011234567'],
    ['☎ +7 701 123 45 67', '+77011234567'],
    ['📞 8 701 123 45 67', '+77011234567'],
    ['tel:not-a-number', 'tel:not-a-number'],
    ['tel:+7 701 123 45 67 (Асель)', 'tel:+7 701 123 45 67 (Асель)'],
  ])('%j -> %j', (typed, expected) => {
    expect(cleaned([['Anna', typed, '']])[0]![1]).toBe(expected);
  });
});

describe('bidirectional controls', () => {
  it.each([
    ['Anna\u202Eavon', 'Annaavon'],
    ['\u2067Boris\u2069 Ivanov', 'Boris Ivanov'],
    ['Ali \u202Dmohammadi\u202C', 'Ali mohammadi'],
  ])('are removed from names: %j', (typed, expected) => {
    expect(cleaned([[typed, '', '']])[0]![0]).toBe(expected);
  });

  it('are removed from text, and marks that order Persian punctuation stay', () => {
    const [row] = cleaned([['Anna', '', 'pay\u202Egpj.exe \u0627\u0644\u200F!']]);
    expect(row![2]).toBe('paygpj.exe \u0627\u0644\u200F!');
  });
});
