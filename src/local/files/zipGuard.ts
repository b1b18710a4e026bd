/**
 * Checks an XLSX (a zip archive) before anything is unpacked: its central directory must be
 * readable, the sizes it declares must fit in what Clientele reads, and each part must unpack to
 * no more than it declares (zlib stops at the declared size plus one byte). A zip bomb is refused
 * in the time it takes to unpack up to the limit, with a message that says what it is, instead
 * of filling memory for minutes and then failing with "not an XLSX workbook".
 */
import { inflateRawSync } from 'node:zlib';
import { FileRefused } from './fileRefused';

/** Far more than the XML of 10 million cells; a workbook unpacking to more is not one Sheets could hold. */
export const MAX_UNPACKED_BYTES = 1024 * 1024 * 1024;

const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const STORED = 0;
const DEFLATED = 8;

/** Not a zip archive this reader can open (too big or lying about its sizes is a FileRefused). */
export class ZipRefused extends Error {}

const mib = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024)).toLocaleString('en-US')} MB`;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  unpacked: number;
  offset: number;
}

function centralDirectory(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is in the last 64 KB + 22 bytes (its comment is at most 65,535 bytes).
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at -= 1) {
    if (view.getUint32(at, true) === END_OF_CENTRAL_DIRECTORY) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const entries: Entry[] = [];
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== CENTRAL_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    entries.push({
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      compressed: view.getUint32(at + 20, true),
      unpacked: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** Throws ZipRefused when the archive is unreadable, FileRefused when it is too big unpacked or lies about its sizes. */
export function checkZip(bytes: Uint8Array): void {
  const entries = centralDirectory(bytes);
  if (!entries) throw new ZipRefused('notZip');
  const declared = entries.reduce((sum, entry) => sum + entry.unpacked, 0);
  // 0xFFFFFFFF marks a ZIP64 size: more than 4 GB, far past the limit.
  if (declared > MAX_UNPACKED_BYTES || entries.some((entry) => entry.unpacked === 0xffffffff)) {
    throw new FileRefused('fileZipTooBig', { size: mib(declared), max: mib(MAX_UNPACKED_BYTES) });
  }
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (const entry of entries) {
    if (entry.method === STORED || entry.compressed === 0) continue;
    if (entry.method !== DEFLATED) throw new ZipRefused('notZip');
    const header = entry.offset;
    if (header + 30 > bytes.length || view.getUint32(header, true) !== LOCAL_HEADER) throw new ZipRefused('notZip');
    const start = header + 30 + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
    try {
      inflateRawSync(bytes.subarray(start, start + entry.compressed), { maxOutputLength: entry.unpacked + 1 });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) {
        throw new FileRefused('fileZipPartTooBig', { part: entry.name, bytes: entry.unpacked.toLocaleString('en-US') });
      }
      throw new ZipRefused('notZip');
    }
  }
}
