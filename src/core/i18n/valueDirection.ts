/**
 * The direction a value is shown in when it is isolated from the text around it: the direction
 * of its first letter, and left to right when it has no letter at all. Numbers, phones, signed
 * scores, dates and codes are written left to right in every language, Persian included, so
 * `+77011234567` and `-31` read as typed inside a right-to-left sentence instead of becoming
 * `77011234567+` and `31-` (Unicode bidi algorithm, UAX #9: weak characters take the
 * surrounding direction unless isolated).
 */
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/u;
const LETTER = /\p{L}/u;

export function valueDirection(text: string): 'ltr' | 'rtl' {
  const first = LETTER.exec(text);
  return first !== null && RTL_LETTER.test(first[0]) ? 'rtl' : 'ltr';
}

/** The arrow from a before value to an after value in text of this direction: it points the way the text reads. */
export function flowArrow(direction: 'ltr' | 'rtl'): string {
  return direction === 'rtl' ? '←' : '→';
}
