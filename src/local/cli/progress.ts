/**
 * A one-line progress bar on stderr, with no dependency: what is being done, and once the rows
 * are known, the rows done of the rows there are ("[#####-----]  50% rows: 5000 of 10000
 * cleaning"). It draws only when the stream is a terminal: piped or redirected output (scripts,
 * CI, `2>log`) gets no control characters at all. The add-on works in steps (a cleaning round,
 * a matching step, an import chunk of 2,000 rows, as Apps Script's time limit makes it); the bar
 * moves after each. Writes to a terminal are synchronous in Node, so each is on screen at once.
 */
import { formatMessage } from '../../core/i18n/formatMessage';
import type { Messages } from '../../core/i18n/messages';

export interface ProgressStream {
  isTTY?: boolean;
  columns?: number;
  write(chunk: string): unknown;
}

export interface ProgressOptions {
  stream: ProgressStream;
  /** The texts, in the report's language. */
  text: Pick<Messages, 'progressRows'>;
  /** False turns the bar off whatever the stream is (e.g. with --json). Default true. */
  enabled?: boolean;
}

export interface Progress {
  /** What is being done now ("reading customers.csv"); the rows counted so far stay on the bar. */
  phase(label: string): void;
  /** Rows done of the rows there are: the bar fills by them. */
  rows(done: number, total: number): void;
  /** Clears the bar, leaving the line as it was. */
  done(): void;
}

const BAR_WIDTH = 24;
const CLEAR_LINE = '\r\x1b[K';

const silent: Progress = { phase: () => undefined, rows: () => undefined, done: () => undefined };

export function startProgress(options: ProgressOptions): Progress {
  const { stream, text } = options;
  if (options.enabled === false || stream.isTTY !== true) return silent;
  let label = '';
  let counted: { done: number; total: number } | null = null;
  let drawn = false;

  const draw = () => {
    const parts: string[] = [];
    if (counted) {
      const share = counted.total > 0 ? Math.min(1, counted.done / counted.total) : 1;
      const filled = Math.round(share * BAR_WIDTH);
      parts.push(`[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${String(Math.round(share * 100)).padStart(3)}%`);
      parts.push(formatMessage(text.progressRows, { done: Math.min(counted.done, counted.total), total: counted.total }));
    }
    if (label) parts.push(label);
    // A line wider than the terminal wraps, and \r then returns only to the wrapped part.
    const width = Math.max(10, (stream.columns || 80) - 1);
    stream.write(`${CLEAR_LINE}${[...parts.join(' ')].slice(0, width).join('')}`);
    drawn = true;
  };

  return {
    phase(next) {
      label = next;
      draw();
    },
    rows(done, total) {
      counted = { done: Math.max(0, done), total: Math.max(0, total) };
      draw();
    },
    done() {
      if (drawn) stream.write(CLEAR_LINE);
      drawn = false;
    },
  };
}
