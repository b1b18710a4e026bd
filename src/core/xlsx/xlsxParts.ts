/**
 * The parts of an XLSX file that a table needs, unpacked in the sidebar (fflate: pure JavaScript,
 * so this stays in core and runs in Node tests as in the browser). Before anything is unpacked
 * the file is told apart from what people pick by mistake: an old binary .xls and a workbook
 * saved with a password are both OLE compound files, not zip archives, and each gets its own
 * message; a zip that declares more than the sidebar reads is refused unopened.
 */
import { unzipSync } from 'fflate';

/** Why a file is not read, as a message key of xlsxImportMessages (or fileReadingMessages' fileNotXlsx) and its values. */
export class XlsxRefused extends Error {
  constructor(
    readonly key: 'fileNotXlsx' | 'fileZipTooBig' | 'xlsxOldXls' | 'xlsxEncrypted' | 'xlsxTooLargeForSidebar' | 'xlsxNoSheet',
    readonly values: Record<string, string | number> = {},
  ) {
    super(key);
    this.name = 'XlsxRefused';
  }
}

/**
 * The most cells one sheet may hold for the sidebar (100,000 rows of 10 columns): the table is
 * kept in the sidebar and sent to Apps Script with each import call (google.script.run takes it
 * as an argument, and Google documents no size for one), so the stricter choice; a bigger file
 * goes through the CLI (`npx clientele import`), which has no such limit.
 */
export const MAX_SIDEBAR_CELLS = 1_000_000;

/**
 * What the parts of one workbook may unpack to, all together. A sheet of 1,000,000 cells (the
 * limit above) is about 40–80 MB of XML; past this the browser tab
 * would hold hundreds of megabytes for a table the sidebar refuses anyway.
 */
export const MAX_SIDEBAR_UNPACKED_BYTES = 150 * 1024 * 1024;

const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** As fileReadingMessages' fileZipTooBig shows sizes (the CLI's zipGuard.ts writes them so). */
const megabytes = (bytes: number) => `${Math.ceil(bytes / (1024 * 1024))} MB`;

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, i) => bytes[i] === byte);
}

/**
 * Excel keeps a password-protected workbook in a compound file whose stream "EncryptedPackage"
 * holds the encrypted zip ([MS-OFFCRYPTO] 2.3.4.4); its directory names streams in UTF-16LE.
 */
function holdsEncryptedPackage(bytes: Uint8Array): boolean {
  const name = [...'EncryptedPackage'].flatMap((char) => [char.charCodeAt(0), 0]);
  outer: for (let at = 0; at + name.length <= bytes.length; at += 1) {
    for (let i = 0; i < name.length; i += 1) if (bytes[at + i] !== name[i]) continue outer;
    return true;
  }
  return false;
}

/** The zip's parts whose path `wanted` accepts, as text; throws XlsxRefused for anything that is not an XLSX the sidebar reads. */
export function xlsxParts(bytes: Uint8Array, wanted: (path: string) => boolean): Map<string, string> {
  if (startsWith(bytes, OLE_SIGNATURE)) throw new XlsxRefused(holdsEncryptedPackage(bytes) ? 'xlsxEncrypted' : 'xlsxOldXls');
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new XlsxRefused('fileNotXlsx');
  let declared = 0;
  let unpacked: Record<string, Uint8Array>;
  try {
    // The sizes come from the zip's directory, before a part is unpacked; past the limit nothing more is.
    unpacked = unzipSync(bytes, {
      filter: (file) => {
        if (!wanted(file.name)) return false;
        declared += file.originalSize;
        return declared <= MAX_SIDEBAR_UNPACKED_BYTES;
      },
    });
  } catch {
    // fflate's "invalid zip data" or "unknown compression type" tells a user nothing.
    throw new XlsxRefused('fileNotXlsx');
  }
  if (declared > MAX_SIDEBAR_UNPACKED_BYTES) throw new XlsxRefused('fileZipTooBig', { size: megabytes(declared), max: megabytes(MAX_SIDEBAR_UNPACKED_BYTES) });
  const decoder = new TextDecoder('utf-8');
  return new Map(Object.entries(unpacked).map(([path, part]) => [path, decoder.decode(part)]));
}
