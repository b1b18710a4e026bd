import fc from 'fast-check';
import { normalisePhone } from '../../../src/core/cleaning/phone';
import { PhoneKeys } from '../../../src/core/dedupe/phoneKeys';

/** National numbers of Kazakhstan (8 7xx …), the United States (area codes 2xx–9xx) and Germany (0 30 …, 0 89 …), written as people write them. */
const nationalNumber = fc.oneof(
  fc.tuple(fc.constant('KZ'), fc.constantFrom('8 701', '8 702', '8 705', '8 707', '8 747', '8 777'), fc.integer({ min: 0, max: 9_999_999 })).map(([country, head, n]) => [country, `${head} ${String(n).padStart(7, '0')}`] as const),
  fc.tuple(fc.constant('US'), fc.constantFrom('(212)', '(415)', '(617)', '646', '1 (312)'), fc.integer({ min: 2_000_000, max: 9_999_999 })).map(([country, head, n]) => [country, `${head} ${String(n).slice(0, 3)}-${String(n).slice(3)}`] as const),
  fc.tuple(fc.constant('DE'), fc.constantFrom('030', '089', '040'), fc.integer({ min: 1_000_000, max: 99_999_999 })).map(([country, head, n]) => [country, `${head} ${n}`] as const),
);

describe('phone keys', () => {
  test('every valid national number gets the E.164 libphonenumber gives it, however many numbers of its shape came before', () => {
    fc.assert(
      fc.property(fc.array(nationalNumber, { minLength: 1, maxLength: 60 }), (numbers) => {
        const keys = new PhoneKeys();
        for (const [country, text] of numbers) {
          const e164 = normalisePhone(text, country);
          if (e164 !== null) expect(keys.numbers(text, country)).toEqual([e164]);
        }
      }),
    );
  });

  test('one number written with and without separators gets one key, before and after its shape is learnt', () => {
    const keys = new PhoneKeys();
    const written = ['8 701 234 56 78', '87012345678', '8 (701) 234-56-78', '8 701 111 22 33', '8 701 999 88 77', '8-701-234-56-78'];
    const found = written.map((text) => keys.numbers(text, 'KZ'));
    expect(found[0]).toEqual(['+77012345678']);
    expect(found[1]).toEqual(['+77012345678']);
    expect(found[2]).toEqual(['+77012345678']);
    expect(found[5]).toEqual(['+77012345678']);
  });

  test('a number libphonenumber does not know keeps one key whichever way it is written, before and after its shape is learnt', () => {
    const keys = new PhoneKeys();
    // New York numbers without their + in a Kazakh list; 212 000 … is no real number.
    const unknown = keys.numbers('1 212 000 0000', 'KZ');
    for (const valid of ['12127365000', '12129951234', '12124441234']) expect(keys.numbers(valid, 'KZ')).toEqual([normalisePhone(valid, 'KZ')]);
    expect(keys.numbers('12120000000', 'KZ')).toEqual(unknown);
    // Met first once the shape is learnt, it is read as its shape's numbers are, and so meets its international form.
    expect(keys.numbers('1 212 000 0001', 'KZ')).toEqual(keys.numbers('+1 212 000 0001', 'KZ'));
  });

  test('a cell with several numbers gives each once; blanks and short digits give none', () => {
    const keys = new PhoneKeys();
    expect(keys.numbers('+7 701 234 56 78, 8 701 234 56 78; +7 702 000 11 22', 'KZ')).toEqual(['+77012345678', '+77020001122']);
    expect(keys.numbers('12-34', 'KZ')).toEqual([]);
    expect(keys.numbers('', 'KZ')).toEqual([]);
  });
});
