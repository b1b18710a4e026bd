import path from 'node:path';

export type FileFormat = 'csv' | 'xlsx';

const FORMATS: Record<string, FileFormat> = { '.csv': 'csv', '.tsv': 'csv', '.txt': 'csv', '.xlsx': 'xlsx' };

export const KNOWN_EXTENSIONS = Object.keys(FORMATS);

/** The format a file name says, by extension (any case); null for anything else. */
export function fileFormatOf(file: string): FileFormat | null {
  return FORMATS[path.extname(file).toLowerCase()] ?? null;
}

export const knownExtensionsText = () => `${KNOWN_EXTENSIONS.slice(0, -1).join(', ')} or ${KNOWN_EXTENSIONS.at(-1)}`;
