/**
 * What matching keeps between steps, so that a sheet too big for one Apps Script execution is
 * matched over several and ends exactly as one uninterrupted run would. Matching has two
 * stages over the candidate pairs blocking brings together: learning (comparison patterns
 * counted for EM) and scoring (each pair weighed by the learnt model; the pairs worth a look,
 * at or above the review threshold, kept). A checkpoint holds the stage, the row it has reached,
 * and the little it has gathered: the pattern counts, or the model and the kept pairs. Levels
 * of single pairs are not kept (millions of them); a later step compares again what it needs.
 *
 * It is plain JSON, and is saved in sheet cells: `checkpointCells` cuts it to fit them.
 */
import * as z from 'zod/mini';
import type { CellValue } from '../customerRecord';
import type { RecognisedColumns } from '../headerRoles';

/** Raised when what a checkpoint holds or means changes: an older checkpoint is then set aside. */
export const CHECKPOINT_VERSION = 3;
/** Sheets takes 50,000 characters in a cell; a checkpoint is ASCII, one character per UTF-16 unit. */
export const CHECKPOINT_CELL_CHARS = 40_000;

const count = z.int().check(z.nonnegative());
const shared = {
  version: z.literal(CHECKPOINT_VERSION),
  /** Of the table, its recognised columns and the options matching reads (see matchingFingerprint). */
  fingerprint: z.string(),
  /** Candidate pairs blocking brings together; each stage compares all of them. */
  pairsPlanned: count,
  /** The next data row (0-based) whose pairs the stage compares. */
  row: count,
  /** Pairs the stage has compared so far. */
  pairsDone: count,
};

const LearningSchema = z.object({
  ...shared,
  stage: z.literal('learning'),
  /** Comparison patterns met so far, levels as digits ("04312"), with how many pairs have each, in the order first met. */
  patterns: z.array(z.tuple([z.string().check(z.regex(/^[0-4]+$/)), count])),
  /** The same pairs' patterns with no field masked (EM's patterns leave out the fields that brought a pair together): what the sheet's share of matches is estimated from. */
  wholePatterns: z.array(z.tuple([z.string().check(z.regex(/^[0-4]+$/)), count])),
  /** Pairs met so far that agree exactly on every field both rows hold (two at least): the floor of the share of matches. */
  exactPairs: count,
});

const ScoringSchema = z.object({
  ...shared,
  stage: z.literal('scoring'),
  /** The Fellegi-Sunter model learnt from all the pairs (numbers survive JSON exactly). */
  model: z.object({
    fields: z.array(z.object({ m: z.array(z.number()), u: z.array(z.number()) })),
    prior: z.number(),
    iterations: count,
  }),
  /** Pairs scored at or above the review threshold so far, in the order met (see encodePairs). */
  kept: z.string(),
});

const CheckpointSchema = z.discriminatedUnion('stage', [LearningSchema, ScoringSchema]);

export type MatchingCheckpoint = z.infer<typeof CheckpointSchema>;
export type LearningCheckpoint = z.infer<typeof LearningSchema>;
export type ScoringCheckpoint = z.infer<typeof ScoringSchema>;

/** What matching reads besides the table; the fingerprint covers it, so changing it starts over. */
export interface FingerprintedOptions {
  defaultCountry?: string;
  timeZone: string;
  locale: string;
  /** The reviewer's labels: the model learns from them, so new labels start matching over. */
  labels?: readonly { same: boolean; fields: string; levels: string }[];
}

function cellText(cell: CellValue): string {
  if (cell instanceof Date) return `d${cell.getTime()}`;
  return `${typeof cell === 'string' ? 's' : typeof cell === 'number' ? 'n' : 'b'}${String(cell)}`;
}

/**
 * A 64-bit hash of everything matching's result depends on but the rejections (which only the
 * last step applies): any edit to the table gives another fingerprint, so a changed sheet starts over.
 */
export function matchingFingerprint(values: readonly (readonly CellValue[])[], columns: RecognisedColumns, options: FingerprintedOptions): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  const feed = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ unit, 2654435761);
      h2 = Math.imul(h2 ^ unit, 1597334677);
    }
  };
  feed(JSON.stringify([CHECKPOINT_VERSION, columns, options.defaultCountry ?? '', options.timeZone, options.locale, values.length, options.labels ?? []]));
  for (const row of values) {
    feed('\u001e');
    for (const cell of row) feed(`\u001f${cellText(cell)}`);
  }
  const mix = (x: number, y: number) => (Math.imul(x ^ (x >>> 16), 2246822507) ^ Math.imul(y ^ (y >>> 13), 3266489909)) >>> 0;
  const hex = (x: number) => x.toString(16).padStart(8, '0');
  return hex(mix(h1, h2)) + hex(mix(h2, h1));
}

/** Pairs (a flat list a0, b0, a1, b1, … with a ascending) as text: per pair, base-36 steps of a and from a to b. */
export function encodePairs(pairs: readonly number[]): string {
  const parts: string[] = [];
  let previous = 0;
  for (let i = 0; i < pairs.length; i += 2) {
    const a = pairs[i]!;
    parts.push(`${(a - previous).toString(36)}.${(pairs[i + 1]! - a).toString(36)}`);
    previous = a;
  }
  return parts.join(',');
}

/** The pairs of `encodePairs`, or null when the text is not such a list of pairs of rows below `rowCount`. */
export function decodePairs(text: string, rowCount: number): number[] | null {
  if (text === '') return [];
  const pairs: number[] = [];
  let a = 0;
  for (const part of text.split(',')) {
    const match = /^([0-9a-z]+)\.([0-9a-z]+)$/.exec(part);
    if (!match) return null;
    a += parseInt(match[1]!, 36);
    const b = a + parseInt(match[2]!, 36);
    if (b === a || b >= rowCount) return null;
    pairs.push(a, b);
  }
  return pairs;
}

/** The checkpoint as the text of consecutive cells, each within Sheets' limit. */
export function checkpointCells(checkpoint: MatchingCheckpoint): string[] {
  const text = JSON.stringify(checkpoint);
  const cells: string[] = [];
  for (let at = 0; at < text.length; at += CHECKPOINT_CELL_CHARS) cells.push(text.slice(at, at + CHECKPOINT_CELL_CHARS));
  return cells;
}

/** The checkpoint saved in `cells`, or null when there is none or it cannot be read (matching then starts over). */
export function checkpointFromCells(cells: readonly string[]): MatchingCheckpoint | null {
  const text = cells.join('');
  if (text === '') return null;
  try {
    const parsed = CheckpointSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
