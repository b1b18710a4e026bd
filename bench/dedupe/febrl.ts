/** The FEBRL synthetic person datasets (../shared/benchmarks/febrl), as customer sheets with their truth. */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `shared/benchmarks/febrl` beside the checkout or beside any folder above it (a git worktree lives deeper than the main checkout). */
function febrlDirectory(): string {
  for (let dir = path.resolve(__dirname, '..', '..'); ; dir = path.dirname(dir)) {
    const candidate = path.join(path.dirname(dir), 'shared', 'benchmarks', 'febrl');
    if (existsSync(candidate) || path.dirname(dir) === dir) return candidate;
  }
}

export const FEBRL_DIR = febrlDirectory();

/** Our headers for FEBRL's columns (rec_id and soc_sec_id removed): recogniseColumns gives them their roles. */
const HEADER = ['First name', 'Last name', 'street_number', 'Address', 'address_2', 'City', 'Postcode', 'state', 'Date of birth'];
const SOURCE_COLUMNS = ['given_name', 'surname', 'street_number', 'address_1', 'address_2', 'suburb', 'postcode', 'state', 'date_of_birth'];

export interface LabelledTable {
  name: string;
  /** Header row first. */
  table: string[][];
  /** The entity of each data row. */
  entity: string[];
}

function readCsv(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((cell) => cell.trim()));
}

/** One FEBRL dataset from one or more files (4a + 4b are one list), or null when the files are absent. */
export function febrlDataset(name: string, files: readonly string[], dir = FEBRL_DIR): LabelledTable | null {
  const paths = files.map((file) => path.join(dir, file));
  if (!paths.every((file) => existsSync(file))) return null;
  const table: string[][] = [HEADER];
  const entity: string[] = [];
  for (const file of paths) {
    const [header, ...rows] = readCsv(file);
    const index = SOURCE_COLUMNS.map((column) => header!.indexOf(column));
    const id = header!.indexOf('rec_id');
    for (const row of rows) {
      table.push(index.map((i) => row[i] ?? ''));
      entity.push(/rec-(\d+)/.exec(row[id] ?? '')?.[1] ?? `row${entity.length}`);
    }
  }
  return { name, table, entity };
}
