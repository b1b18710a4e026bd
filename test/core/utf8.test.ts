import fc from 'fast-check';
import { utf8ByteLength, utf8Bytes } from '../../src/core/utf8';

describe('UTF-8', () => {
  it.each([
    ['Anna', 4],
    ['Иван', 8],
    ['Айгүл', 10],
    ['زهرا', 8],
    ['王小明', 9],
    ['😀', 4],
    ['', 0],
  ])('%s is %i bytes', (text, bytes) => {
    expect(utf8ByteLength(text)).toBe(bytes);
    expect(utf8Bytes(text)).toEqual(new TextEncoder().encode(text));
  });

  it('measures what it encodes, and encodes as TextEncoder does, for any well-formed text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(utf8Bytes(text)).toEqual(new TextEncoder().encode(text));
        expect(utf8ByteLength(text)).toBe(utf8Bytes(text).length);
      }),
    );
  });
});
