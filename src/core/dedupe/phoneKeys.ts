/**
 * Phone numbers as dedupe compares them: each number of a cell as E.164 where it can be told,
 * else its digits. A number written in international form is its E.164 already (a plus, then
 * digits). A national one needs its country's rules, which libphonenumber knows, at some tens
 * of microseconds a number with the full metadata: the largest part of reading a big sheet.
 * But libphonenumber rewrites the numbers of one country, length and first two digits the same
 * way (the trunk prefix dropped, the calling code put before: 8 701 … is +7 701 …), so once it
 * has rewritten CONFIRMATIONS such numbers alike, and none otherwise, the others of that shape
 * are rewritten so without it. As for a number written internationally, their validity is not
 * checked: for matching a number is a key, and the same key whichever way it is written. (On
 * the generated 100,000-row list, 1.3% of the numbers get a key other than libphonenumber's
 * alone would give, each its own digits with a + before, where libphonenumber gave the digits:
 * the same number either way.)
 */
import { normalisePhone } from '../cleaning/phone';

/** "+7 701 234 56 78", "+1 (212) 555-0147": a plus, then digits and the usual separators only, 8 to 15 digits. */
const INTERNATIONAL = /^\s*\+(?!.*\(0\))(?=(?:[\s().-]*\d){8,15}[\s().-]*$)[\d\s().-]+$/;
/** Digits and the separators people write between them, nothing else: the numbers a shape's rewrite may take. */
const PLAIN_NATIONAL = /^[\d\s().-]+$/;
/** Agreeing rewrites by libphonenumber before a shape is rewritten without it. */
const CONFIRMATIONS = 2;
/**
 * A shape is a country, a length and the first two digits: one digit would put a trunk prefix
 * and an international one together ("0 30 …" and "00 44 …" in Germany), or a country's
 * numbers and a foreign mobile's (+1 212 … and 139 … in China) when both are 11 digits.
 */
const SHAPE_DIGITS = 2;
/** Calling codes have one to three digits; a trunk prefix as many at most. */
const MAX_PREFIX = 3;

interface Rewrite {
  /** Digits dropped from the front (the trunk prefix), and what is put before the rest ("+7"). */
  drop: number;
  prefix: string;
}

interface Shape {
  rewrite: Rewrite | null;
  /** Rewrites seen to agree with `rewrite`; -1 once one disagreed (the shape is always parsed). */
  agreed: number;
}

/** The rewrite that turns `digits` into `e164` by dropping leading digits and putting a calling code before, keeping the longest tail. */
function rewriteOf(digits: string, e164: string): Rewrite | null {
  for (let drop = 0; drop <= MAX_PREFIX && drop < digits.length; drop++) {
    const rest = digits.slice(drop);
    const prefixLength = e164.length - rest.length;
    if (prefixLength >= 2 && prefixLength <= MAX_PREFIX + 1 && e164.endsWith(rest)) return { drop, prefix: e164.slice(0, prefixLength) };
  }
  return null;
}

/** Reads phone cells; one reader per sheet, as its shapes are learnt from the sheet's numbers. */
export class PhoneKeys {
  private readonly shapes = new Map<string, Shape>();
  private readonly nationals = new Map<string, string>();

  /** Every number in a phone cell (parts separated by , ; / or a line break), each once: E.164 where it can be told, else its digits. */
  numbers(text: string, country: string | undefined): string[] {
    const numbers: string[] = [];
    for (const part of text.split(/[,;/]|\n/)) {
      const number = this.number(part, country);
      if (number !== null && !numbers.includes(number)) numbers.push(number);
    }
    return numbers;
  }

  /** One number of a cell (the reader already reads each cell text once). */
  private number(part: string, country: string | undefined): string | null {
    const digits = part.replace(/\D/g, '');
    if (digits.length < 6) return null;
    if (INTERNATIONAL.test(part)) return `+${digits}`;
    if (!PLAIN_NATIONAL.test(part)) return normalisePhone(part, country) ?? digits;
    // By its digits, not its text: "139 4608 2038" and "13946082038" get one key, whichever of them comes before the shape is learnt.
    const national = `${country ?? ''}|${digits}`;
    let number = this.nationals.get(national);
    if (number === undefined) {
      number = this.national(digits, country);
      this.nationals.set(national, number);
    }
    return number;
  }

  private national(digits: string, country: string | undefined): string {
    const id = `${country ?? ''}|${digits.length}|${digits.slice(0, SHAPE_DIGITS)}`;
    let shape = this.shapes.get(id);
    if (!shape) {
      shape = { rewrite: null, agreed: 0 };
      this.shapes.set(id, shape);
    }
    if (shape.rewrite && shape.agreed >= CONFIRMATIONS) return shape.rewrite.prefix + digits.slice(shape.rewrite.drop);
    const e164 = normalisePhone(digits, country);
    if (e164 === null) return digits;
    if (shape.agreed >= 0) {
      const rewrite = rewriteOf(digits, e164);
      if (rewrite && (!shape.rewrite || (shape.rewrite.drop === rewrite.drop && shape.rewrite.prefix === rewrite.prefix))) {
        shape.rewrite = rewrite;
        shape.agreed++;
      } else {
        shape.agreed = -1;
      }
    }
    return e164;
  }
}
