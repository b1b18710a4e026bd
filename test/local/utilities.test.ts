import { createHash, createHmac } from 'node:crypto';
import { HostContext } from '../../src/local/hostContext';
import { LocalUtilities, MAX_SLEEP_MS } from '../../src/local/services/utilities';

const ctx = new HostContext({ now: new Date('2024-01-01T00:00:00Z') });
const utilities = new LocalUtilities(ctx);
const unsigned = (bytes: number[]) => Buffer.from(bytes.map((b) => b & 0xff)).toString('hex');
const instant = new Date('2024-03-05T14:07:09.045Z');

describe('LocalUtilities.formatDate', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#formatDate(Date,String,String):
  // Java SimpleDateFormat patterns in the given time zone.
  it.each([
    ['yyyy-MM-dd HH:mm:ss.SSS Z', 'America/New_York', '2024-03-05 09:07:09.045 -0500'],
    ['EEE, d MMM yyyy hh:mm a', 'America/New_York', 'Tue, 5 Mar 2024 09:07 AM'],
    ['EEEE d MMMM yy, H:m:s', 'Asia/Kolkata', 'Tuesday 5 March 24, 19:37:9'],
    ["yyyy-MM-dd'T'HH:mm:ss'Z'", 'Etc/GMT', '2024-03-05T14:07:09Z'],
    ['XXX|XX|X', 'Asia/Kolkata', '+05:30|+0530|+05'],
    ['XXX', 'UTC', 'Z'],
    ["h 'o''clock' a", 'GMT+02:00', "4 o'clock PM"],
    ['dd/MM/yyyy', 'Not/AZone', '05/03/2024'],
  ])('%s in %s', (pattern, zone, expected) => {
    expect(utilities.formatDate(instant, zone, pattern)).toBe(expected);
  });

  it('follows daylight saving time', () => {
    expect(utilities.formatDate(new Date('2024-07-01T12:00:00Z'), 'America/New_York', 'HH:mm Z')).toBe('08:00 -0400');
  });

  it('rejects letters Java does not know', () => {
    expect(() => utilities.formatDate(instant, 'UTC', 'yyyy-qq')).toThrow("Illegal pattern character 'q'");
  });
});

describe('LocalUtilities digests and encodings', () => {
  // computeDigest returns Java byte[]: signed values.
  it.each([
    ['MD5', 'md5'],
    ['SHA_1', 'sha1'],
    ['SHA_256', 'sha256'],
    ['SHA_384', 'sha384'],
    ['SHA_512', 'sha512'],
  ] as const)('computeDigest %s matches the standard digest of the UTF-8 text, as signed bytes', (algorithm, nodeName) => {
    for (const text of ['', 'abc', 'héllo wörld', 'x'.repeat(1000)]) {
      const bytes = utilities.computeDigest(utilities.DigestAlgorithm[algorithm], text, utilities.Charset.UTF_8);
      expect(unsigned(bytes)).toBe(createHash(nodeName).update(text, 'utf8').digest('hex'));
      expect(bytes.every((b) => b >= -128 && b <= 127)).toBe(true);
      expect(bytes.some((b) => b < 0)).toBe(true);
    }
  });

  it('computeHmacSha256Signature matches HMAC-SHA-256, for short and long keys', () => {
    for (const key of ['key', 'k'.repeat(100)]) {
      const bytes = utilities.computeHmacSha256Signature('The quick brown fox', key);
      expect(unsigned(bytes)).toBe(createHmac('sha256', key).update('The quick brown fox').digest('hex'));
    }
  });

  it('base64 encodes strings as UTF-8 and byte arrays as given, and decodes to signed bytes', () => {
    expect(utilities.base64Encode('héllo')).toBe(Buffer.from('héllo').toString('base64'));
    expect(utilities.base64Encode([-1, 0, 127])).toBe('/wB/');
    expect(utilities.base64EncodeWebSafe([-5, -1])).toBe('-_8=');
    expect(utilities.base64Decode('/wB/')).toEqual([-1, 0, 127]);
    expect(utilities.base64DecodeWebSafe('-_8=')).toEqual([-5, -1]);
    expect(() => utilities.base64Decode('***')).toThrow('Could not decode string.');
  });

  it('newBlob keeps data, content type and name', () => {
    const blob = utilities.newBlob('a,b', 'text/csv', 'x.csv');
    expect([blob.getDataAsString(), blob.getContentType(), blob.getName()]).toEqual(['a,b', 'text/csv', 'x.csv']);
  });

  it('getUuid returns distinct RFC 4122 ids', () => {
    const id = utilities.getUuid();
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(utilities.getUuid()).not.toBe(id);
  });
});

describe('LocalUtilities misc', () => {
  // https://developers.google.com/apps-script/reference/utilities/utilities#sleep(Integer): "The maximum allowed value is 300000".
  it('sleep moves a fixed clock and refuses more than 5 minutes', () => {
    const start = ctx.now().getTime();
    utilities.sleep(1500);
    expect(ctx.now().getTime() - start).toBe(1500);
    expect(() => utilities.sleep(MAX_SLEEP_MS + 1)).toThrow();
  });

  it('parseCsv handles quotes, embedded delimiters, line breaks and other delimiters', () => {
    expect(utilities.parseCsv('a,"b,c","say ""hi"""\r\n1,"two\nlines",\n')).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['1', 'two\nlines', ''],
    ]);
    expect(utilities.parseCsv('a\tb', '\t')).toEqual([['a', 'b']]);
  });

  it('formatString supports %s, %d, %f with width, precision and flags', () => {
    expect(utilities.formatString('%s has %d items costing %.2f (%05d|%-4s|%%)', 'Ann', 3, 9.5, 42, 'x')).toBe('Ann has 3 items costing 9.50 (00042|x   |%)');
  });
});
