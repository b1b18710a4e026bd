import type { Faithful } from '../faithful';
import type { HostContext } from '../hostContext';
import { LocalBlob, base64ToBytes, bytesToBase64, encodeText, fromScriptBytes, toSignedBytes } from './blob';
import { hmacSha256, md5, sha1, sha256, sha384, sha512 } from './digest';
import { formatJavaDate } from './javaDateFormat';
import { localMimeType } from './drive';

/** Enum values are their names, as Apps Script enums print (`String(Utilities.Charset.UTF_8) === 'UTF_8'`). */
export const localDigestAlgorithm = {
  MD2: 'MD2', MD5: 'MD5', SHA_1: 'SHA_1', SHA_256: 'SHA_256', SHA_384: 'SHA_384', SHA_512: 'SHA_512',
} as const;
export const localCharset = { US_ASCII: 'US_ASCII', UTF_8: 'UTF_8' } as const;

/** Utilities.sleep: "The maximum allowed value is 300000 (or 5 minutes)." */
export const MAX_SLEEP_MS = 300000;

const DIGESTS: Record<string, ((bytes: Uint8Array) => Uint8Array) | undefined> = { MD5: md5, SHA_1: sha1, SHA_256: sha256, SHA_384: sha384, SHA_512: sha512 };

type UtilitiesMethods =
  | 'formatDate' | 'formatString' | 'computeDigest' | 'computeHmacSha256Signature' | 'base64Encode'
  | 'base64EncodeWebSafe' | 'base64Decode' | 'base64DecodeWebSafe' | 'newBlob' | 'getUuid' | 'sleep' | 'parseCsv';

function charsetName(charset: unknown): string {
  return String(charset ?? 'UTF_8').replace('_', '-');
}

/** Strings are encoded in the given charset (UTF-8 by default); byte arrays are taken as they are. */
function toBytes(value: string | number[], charset?: unknown): Uint8Array {
  return typeof value === 'string' ? encodeText(value, charsetName(charset)) : fromScriptBytes(value);
}

/**
 * computeDigest and computeHmacSha256Signature encode a string given without a charset as
 * US-ASCII, every other character becoming "?" (gas-fakes' live-checked "utilities digest":
 * "default charset with special text is US_ASCII", and "utilities hmac": HMAC("café", "€🙂")
 * equals the US_ASCII signature). The reference is silent; UTF_8 must be asked for.
 */
function signedTextBytes(value: string | number[], charset: unknown): Uint8Array {
  return toBytes(value, charset ?? localCharset.US_ASCII);
}

export class LocalUtilities implements Faithful<GoogleAppsScript.Utilities.Utilities, UtilitiesMethods> {
  readonly DigestAlgorithm = localDigestAlgorithm as unknown as typeof GoogleAppsScript.Utilities.DigestAlgorithm;
  readonly Charset = localCharset as unknown as typeof GoogleAppsScript.Utilities.Charset;

  constructor(private readonly ctx: HostContext) {}

  formatDate(date: GoogleAppsScript.Base.Date, timeZone: string, format: string): string {
    return formatJavaDate(new Date(date.getTime()), timeZone, format);
  }

  /** Java `String.format` for the conversions scripts use: %s, %d, %f with flags, width and precision, and %%. */
  formatString(template: string, ...args: unknown[]): string {
    let next = 0;
    return template.replace(/%([-0+ ,]*)(\d+)?(?:\.(\d+))?([sdf%])/g, (_m, flags: string, width?: string, precision?: string, conversion?: string) => {
      if (conversion === '%') return '%';
      if (next >= args.length) throw new Error(`Format specifier '%${conversion}' has no matching argument`);
      const arg = args[next++];
      let text: string;
      if (conversion === 's') text = precision === undefined ? String(arg) : String(arg).slice(0, Number(precision));
      else if (conversion === 'd') text = Math.trunc(Number(arg)).toString();
      else text = Number(arg).toFixed(precision === undefined ? 6 : Number(precision));
      if (conversion !== 's' && flags.includes('+') && Number(arg) >= 0) text = '+' + text;
      const size = Number(width ?? 0);
      if (flags.includes('-')) return text.padEnd(size, ' ');
      if (flags.includes('0') && conversion !== 's') {
        const sign = /^[+-]/.test(text) ? text[0]! : '';
        return sign + text.slice(sign.length).padStart(size - sign.length, '0');
      }
      return text.padStart(size, ' ');
    });
  }

  computeDigest(algorithm: GoogleAppsScript.Utilities.DigestAlgorithm, value: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    const digest = DIGESTS[String(algorithm)];
    if (!digest) throw new Error(`Digest algorithm ${String(algorithm)} is not supported by the local host.`);
    return toSignedBytes(digest(signedTextBytes(value, charset)));
  }

  computeHmacSha256Signature(value: string | number[], key: string | number[], charset?: GoogleAppsScript.Utilities.Charset): number[] {
    return toSignedBytes(hmacSha256(signedTextBytes(key, charset), signedTextBytes(value, charset)));
  }

  base64Encode(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesToBase64(toBytes(data, charset));
  }

  base64EncodeWebSafe(data: string | number[], charset?: GoogleAppsScript.Utilities.Charset): string {
    return bytesToBase64(toBytes(data, charset), true);
  }

  base64Decode(encoded: string): number[] {
    return toSignedBytes(base64ToBytes(encoded));
  }

  base64DecodeWebSafe(encoded: string): number[] {
    return toSignedBytes(base64ToBytes(encoded));
  }

  /** A blob made from a string is text/plain unless told otherwise (gas-fakes' live-checked "utilities blob manipulation"). */
  newBlob(data: string | number[], contentType?: string, name?: string): LocalBlob {
    const type = contentType ?? (typeof data === 'string' ? localMimeType.PLAIN_TEXT : null);
    return new LocalBlob(this.ctx.calls, toBytes(data), type, name ?? null).handle;
  }

  getUuid(): string {
    return globalThis.crypto.randomUUID();
  }

  /** There is no other execution to wait for: sleeping moves a fixed clock on; a wall clock moves by itself. */
  sleep(milliseconds: number): void {
    if (milliseconds > MAX_SLEEP_MS) throw new Error(`Utilities.sleep: the maximum allowed value is ${MAX_SLEEP_MS} milliseconds.`);
    try {
      this.ctx.advance(Math.max(0, milliseconds));
    } catch {
      // A wall-clock host: time passes on its own and scripts must not block the playground.
    }
  }

  /** RFC 4180 fields: quoted fields may hold delimiters, line breaks and doubled quotes. */
  parseCsv(csv: string, delimiter = ','): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let fieldText = '';
    let quoted = false;
    for (let i = 0; i < csv.length; i++) {
      const ch = csv[i]!;
      if (quoted) {
        if (ch === '"' && csv[i + 1] === '"') { fieldText += '"'; i += 1; }
        else if (ch === '"') quoted = false;
        else fieldText += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === delimiter) { row.push(fieldText); fieldText = ''; }
      else if (ch === '\n' || ch === '\r') {
        if (ch === '\r' && csv[i + 1] === '\n') i += 1;
        row.push(fieldText); rows.push(row); row = []; fieldText = '';
      } else fieldText += ch;
    }
    if (fieldText !== '' || row.length > 0) { row.push(fieldText); rows.push(row); }
    return rows;
  }
}
