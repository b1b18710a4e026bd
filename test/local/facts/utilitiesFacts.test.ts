/**
 * Utilities, Blob and Lock behaviours of live Apps Script from gas-fakes' live-checked suite
 * (see /work/shared/fidelity/apps-script-facts.md); each test names the fact it pins.
 */
import { createHash, createHmac } from 'node:crypto';
import { loose, scriptServices as services } from './scriptServices';

const signed = (buffer: Buffer) => Array.from(buffer, (b) => (b > 127 ? b - 256 : b));
/** Java's US-ASCII encoder: one "?" for each character (code point) outside ASCII. */
const ascii = (text: string) => Buffer.from(Array.from(text, (ch) => (ch.codePointAt(0)! > 0x7f ? 0x3f : ch.codePointAt(0)!)));

describe('Utilities.computeDigest (gas-fakes "utilities digest")', () => {
  // developers.google.com/apps-script/reference/utilities/utilities#computedigestalgorithm,-value,-charset
  test.each(['MD5', 'SHA_1', 'SHA_256', 'SHA_384', 'SHA_512'])('%s of a string, with and without a charset, and of bytes', (name) => {
    const { Utilities } = services();
    const algorithm = Utilities.DigestAlgorithm[name as keyof typeof Utilities.DigestAlgorithm];
    const node = name.replace('SHA_', 'sha').replace('MD5', 'md5');
    for (const input of ['input to hash', '€🙂']) {
      const utf8 = signed(createHash(node).update(input, 'utf8').digest());
      expect(Utilities.computeDigest(algorithm, input, Utilities.Charset.UTF_8)).toEqual(utf8);
      // "default charset with special text is US_ASCII"
      expect(Utilities.computeDigest(algorithm, input)).toEqual(signed(createHash(node).update(ascii(input)).digest()));
      // "test byte values, default charset is UTF_8"
      expect(Utilities.computeDigest(algorithm, Utilities.newBlob(input).getBytes())).toEqual(utf8);
    }
  });

  test('SHA_384 gives 48 bytes, the values Apps Script gives', () => {
    const { Utilities } = services();
    const digest = Utilities.computeDigest(Utilities.DigestAlgorithm.SHA_384, 'input to hash', Utilities.Charset.UTF_8);
    expect(digest).toHaveLength(48);
    expect(digest.slice(0, 8)).toEqual([85, -35, -41, -89, -113, 43, 117, -109]);
  });

  test.each([
    ['too many arguments', '(Utilities.DigestAlgorithm,String,Utilities.Charset,number)', ['MD5', 'input to hash', 'US_ASCII', 4]],
    ['too few arguments', '(String)', ['input to hash']],
    ['bytes with a charset', '(Utilities.DigestAlgorithm,number[],Utilities.Charset)', ['MD5', [0, 1, 2], 'UTF_8']],
    ['a fake charset', '(Utilities.DigestAlgorithm,String,String)', ['MD5', 'input to hash', 'fake']],
    ['a fake digest', '(String,String,Utilities.Charset)', ['fake', 'input to hash', 'US_ASCII']],
  ])('%s: "The parameters %s don\'t match"', (_case, parameters, args) => {
    const { Utilities } = services();
    const call = Utilities.computeDigest as unknown as (...a: unknown[]) => unknown;
    expect(() => call(...(args as unknown[]))).toThrow(`The parameters ${parameters as string} don't match the method signature for Utilities.computeDigest.`);
  });

  test('an array of things that are not bytes: "Cannot convert …"', () => {
    const { Utilities } = services();
    const bad = Utilities.newBlob('input').getBytes().map((b) => `${b}bad`);
    expect(() => Utilities.computeDigest(Utilities.DigestAlgorithm.MD5, loose<number[]>(bad))).toThrow(/^Cannot convert 105bad/);
  });
});

describe('Utilities.computeHmacSha256Signature (gas-fakes "utilities hmac")', () => {
  const hmac = (value: Buffer, key: Buffer) => signed(createHmac('sha256', key).update(value).digest());

  test('strings without a charset are US-ASCII: ("café", "€🙂") gives [-125,73,-127,-128,…]', () => {
    const { Utilities } = services();
    const signature = Utilities.computeHmacSha256Signature('café', '€🙂');
    expect(signature.slice(0, 4)).toEqual([-125, 73, -127, -128]);
    expect(signature).toEqual(Utilities.computeHmacSha256Signature('café', '€🙂', Utilities.Charset.US_ASCII));
    expect(Utilities.computeHmacSha256Signature('café', 'my key - use a stronger one').slice(0, 4)).toEqual([-108, -2, -46, -84]);
    expect(Utilities.computeHmacSha256Signature('this is my input', '€🙂').slice(0, 4)).toEqual([13, -56, -124, -48]);
  });

  test('UTF_8 when asked, and bytes as they are', () => {
    const { Utilities } = services();
    const expected = hmac(Buffer.from('café', 'utf8'), Buffer.from('€🙂', 'utf8'));
    expect(Utilities.computeHmacSha256Signature('café', '€🙂', Utilities.Charset.UTF_8)).toEqual(expected);
    const bytes = (text: string) => Utilities.newBlob(text).getBytes();
    expect(Utilities.computeHmacSha256Signature(bytes('café'), bytes('€🙂'))).toEqual(expected);
  });

  test.each([
    ['too many arguments', ['this is my input', 'my key', 'US_ASCII', 4]],
    ['too few arguments', ['this is my input']],
    ['bytes with a string key', [[116, 104], 'my key']],
    ['a string with a bytes key', ['this is my input', [109, 121]]],
    ['bytes with a charset', [[116], [109], 'UTF_8']],
    ['a fake charset', ['this is my input', 'my key', 'fake']],
  ])('%s: "The parameters (…) don\'t match"', (_case, args) => {
    const { Utilities } = services();
    const call = Utilities.computeHmacSha256Signature as unknown as (...a: unknown[]) => unknown;
    expect(() => call(...(args as unknown[]))).toThrow(/^The parameters \(.*\) don't match the method signature for Utilities\.computeHmacSha256Signature\.$/);
  });

  test('arrays of things that are not bytes: "Cannot convert …"', () => {
    const { Utilities } = services();
    const bad = loose<number[]>(['116woah', '104woah']);
    expect(() => Utilities.computeHmacSha256Signature(bad, [109, 121])).toThrow(/^Cannot convert 116woah/);
    expect(() => Utilities.computeHmacSha256Signature([116, 104], bad)).toThrow(/^Cannot convert 116woah/);
  });
});

describe('Blob.getContentType (gas-fakes "utilities blob manipulation")', () => {
  test('a blob made from a string is text/plain; one from bytes has no type until given one', () => {
    const { Utilities } = services();
    const blob = Utilities.newBlob('some text');
    expect([blob.getName(), blob.getContentType()]).toEqual([null, 'text/plain']);
    expect(Utilities.newBlob(blob.getBytes()).getContentType()).toBeNull();
    expect(Utilities.newBlob(blob.getBytes(), 'text/csv', 'a.csv').getContentType()).toBe('text/csv');
  });
});

describe('Lock with a negative timeout (gas-fakes "lock" tests)', () => {
  test('tryLock with a negative timeout should fail and return false; no lock after it', () => {
    const { LockService } = services();
    const lock = LockService.getScriptLock();
    lock.releaseLock();
    expect(lock.tryLock(-100)).toBe(false);
    expect(lock.hasLock()).toBe(false);
  });

  test('waitLock with a negative timeout should throw an error that mentions the timeout; no lock after it', () => {
    const { LockService } = services();
    const lock = LockService.getDocumentLock()!;
    lock.releaseLock();
    expect(() => lock.waitLock(-100)).toThrow(/Lock timeout/);
    expect(lock.hasLock()).toBe(false);
    expect(lock.tryLock(0)).toBe(true);
  });
});
