import type { Faithful } from '../faithful';
import type { ServiceCallCounter } from '../hostContext';
import { counted } from '../countedService';

/**
 * Bytes as Apps Script hands them to scripts: Java `byte[]`, so every value is
 * signed, -128..127. Scripts may pass back signed or unsigned values.
 */
export function toSignedBytes(bytes: Uint8Array): number[] {
  return Array.from(bytes, (b) => (b > 127 ? b - 256 : b));
}

/** A Byte[] argument holding something else fails its conversion ("Cannot convert …", gas-fakes' live-checked "utilities digest"). */
export function fromScriptBytes(data: number[]): Uint8Array {
  return Uint8Array.from(data, (b: unknown) => {
    if (typeof b !== 'number') throw new Error(`Cannot convert ${String(b)} to byte.`);
    return b & 0xff;
  });
}

/** Java charset names accepted by `Blob.getDataAsString(charset)` and friends. */
export function encodeText(text: string, charset = 'UTF-8'): Uint8Array {
  const name = normalizeCharset(charset);
  if (name === 'UTF-8') return new TextEncoder().encode(text);
  // Java replaces characters a charset cannot represent with '?'.
  const limit = name === 'US-ASCII' ? 0x7f : 0xff;
  return Uint8Array.from(text, (ch) => {
    const code = ch.codePointAt(0) ?? 0x3f;
    return code > limit ? 0x3f : code;
  });
}

export function decodeText(bytes: Uint8Array, charset = 'UTF-8'): string {
  const name = normalizeCharset(charset);
  if (name === 'UTF-8') return new TextDecoder('utf-8').decode(bytes);
  if (name === 'US-ASCII') return String.fromCharCode(...Array.from(bytes, (b) => (b > 0x7f ? 0xfffd : b)));
  return String.fromCharCode(...bytes);
}

function normalizeCharset(charset: string): 'UTF-8' | 'US-ASCII' | 'ISO-8859-1' {
  const upper = charset.toUpperCase().replace('_', '-');
  if (upper === 'UTF-8' || upper === 'UTF8') return 'UTF-8';
  if (upper === 'US-ASCII' || upper === 'ASCII') return 'US-ASCII';
  if (upper === 'ISO-8859-1' || upper === 'LATIN1') return 'ISO-8859-1';
  throw new Error(`Unsupported charset: ${charset}`);
}

export function bytesToBase64(bytes: Uint8Array, webSafe = false): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  const encoded = btoa(binary);
  return webSafe ? encoded.replace(/\+/g, '-').replace(/\//g, '_') : encoded;
}

export function base64ToBytes(encoded: string): Uint8Array {
  const standard = encoded.replace(/-/g, '+').replace(/_/g, '/').replace(/\s/g, '');
  let binary: string;
  try {
    binary = atob(standard);
  } catch {
    throw new Error('Could not decode string.');
  }
  return Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
}

/**
 * Reads the bytes, type and name of a blob a script passed in. A local blob is
 * read through its fields so that the host's own reads are not counted as the
 * script's calls; anything else is read through its public methods.
 */
export function readBlobSource(source: unknown): { bytes: Uint8Array; contentType: string | null; name: string | null } {
  // `instanceof` sees through the counting proxy: it reads the target's prototype.
  if (source instanceof LocalBlob) return { bytes: source.data.slice(), contentType: source.contentType, name: source.name };
  const blobSource = source as { getBlob?: () => unknown } | null;
  if (blobSource && typeof blobSource.getBlob === 'function') return readBlobSource(blobSource.getBlob());
  throw new Error('Invalid argument: blob');
}

export interface BlobState {
  base64: string;
  contentType: string | null;
  name: string | null;
}

type BlobMethods =
  | 'getBytes' | 'getDataAsString' | 'getContentType' | 'setContentType' | 'getName' | 'setName'
  | 'copyBlob' | 'setDataFromString' | 'setBytes' | 'isGoogleType' | 'getBlob';

/** Apps Script's Blob: bytes with an optional content type and name. */
export class LocalBlob implements Faithful<GoogleAppsScript.Base.Blob, BlobMethods> {
  /** The object scripts hold: this blob wrapped so each call is counted. */
  readonly handle: LocalBlob;

  constructor(
    private readonly counter: ServiceCallCounter,
    public data: Uint8Array,
    public contentType: string | null = null,
    public name: string | null = null,
  ) {
    this.handle = counted('Blob', this, counter);
  }

  getBytes(): number[] {
    return toSignedBytes(this.data);
  }

  setBytes(data: number[]): LocalBlob {
    this.data = fromScriptBytes(data);
    return this.handle;
  }

  getDataAsString(charset?: string): string {
    return decodeText(this.data, charset);
  }

  setDataFromString(text: string, charset?: string): LocalBlob {
    this.data = encodeText(text, charset);
    return this.handle;
  }

  getContentType(): string | null {
    return this.contentType;
  }

  setContentType(contentType: string | null): LocalBlob {
    this.contentType = contentType;
    return this.handle;
  }

  getName(): string | null {
    return this.name;
  }

  setName(name: string): LocalBlob {
    this.name = name;
    return this.handle;
  }

  copyBlob(): LocalBlob {
    return new LocalBlob(this.counter, this.data.slice(), this.contentType, this.name).handle;
  }

  getBlob(): LocalBlob {
    return this.handle;
  }

  /** True for Google Docs, Sheets, Forms... content types (application/vnd.google-apps.*). */
  isGoogleType(): boolean {
    return (this.contentType ?? '').startsWith('application/vnd.google-apps.');
  }

  exportState(): BlobState {
    return { base64: bytesToBase64(this.data), contentType: this.contentType, name: this.name };
  }

  static fromState(counter: ServiceCallCounter, state: BlobState): LocalBlob {
    return new LocalBlob(counter, base64ToBytes(state.base64), state.contentType, state.name);
  }
}
