import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { messagesFor } from '../../src/core/i18n/messages';
import { startProgress, type ProgressStream } from '../../src/local/cli/progress';
import { runCli } from '../../src/local/cli/runCli';

jest.setTimeout(120_000);

function stream(isTTY: boolean | undefined, columns?: number): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns, written, write: (chunk: string) => written.push(chunk) };
}

const text = messagesFor('en');

function runRows(target: ProgressStream, enabled?: boolean) {
  const progress = startProgress({ stream: target, text, enabled });
  progress.phase('reading customers.csv');
  progress.phase('cleaning');
  progress.rows(0, 10_000);
  progress.rows(2_500, 10_000);
  progress.rows(10_000, 10_000);
  progress.phase('writing out.csv');
  progress.done();
}

describe('progress bar', () => {
  test.each([[false], [undefined]])('writes nothing when the stream is not a terminal (isTTY %s)', (isTTY) => {
    const target = stream(isTTY);
    runRows(target);
    expect(target.written).toEqual([]);
  });

  test('writes nothing on a terminal when turned off (--json)', () => {
    const target = stream(true);
    runRows(target, false);
    expect(target.written).toEqual([]);
  });

  test('on a terminal: the phase alone until rows are known, then rows done of rows; cleared at the end', () => {
    const target = stream(true, 120);
    runRows(target);
    expect(target.written).toEqual([
      '\r\x1b[Kreading customers.csv',
      '\r\x1b[Kcleaning',
      '\r\x1b[K[------------------------]   0% rows: 0 of 10000 cleaning',
      '\r\x1b[K[######------------------]  25% rows: 2500 of 10000 cleaning',
      '\r\x1b[K[########################] 100% rows: 10000 of 10000 cleaning',
      '\r\x1b[K[########################] 100% rows: 10000 of 10000 writing out.csv',
      '\r\x1b[K',
    ]);
    expect(target.written.every((chunk) => !chunk.includes('\n'))).toBe(true);
  });

  test('in the report\'s language', () => {
    const target = stream(true, 120);
    const progress = startProgress({ stream: target, text: messagesFor('ru') });
    progress.rows(3, 4);
    expect(target.written).toEqual(['\r\x1b[K[##################------]  75% строки: 3 из 4']);
  });

  test('never more rows done than there are, and an empty table is complete', () => {
    const target = stream(true, 120);
    const progress = startProgress({ stream: target, text });
    progress.rows(12, 10);
    progress.rows(0, 0);
    expect(target.written).toEqual([
      '\r\x1b[K[########################] 100% rows: 10 of 10',
      '\r\x1b[K[########################] 100% rows: 0 of 0',
    ]);
  });

  test('never wider than the terminal, so it cannot wrap', () => {
    const target = stream(true, 40);
    const progress = startProgress({ stream: target, text });
    progress.phase(`reading ${'very-long-folder-name/'.repeat(5)}customers.csv`);
    expect([...(target.written[0] ?? '').replace('\r\x1b[K', '')]).toHaveLength(39);
  });

  test('done twice clears once; done without drawing writes nothing', () => {
    const target = stream(true);
    const progress = startProgress({ stream: target, text });
    progress.done();
    progress.phase('one');
    progress.done();
    progress.done();
    expect(target.written).toHaveLength(2);
  });
});

describe('the bar of a command on a terminal', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'clientele-progress-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // The add-on imports 2,000 rows a call (Apps Script's time limit): the bar moves after each.
  it('import of 2,500 rows moves by the rows imported, not by fixed steps', async () => {
    const customers = path.join(dir, 'customers.csv');
    const incoming = path.join(dir, 'new.csv');
    writeFileSync(customers, 'Customer ID,Name,Email\nC-000001,Иван,ivan@mail.ru\n');
    writeFileSync(incoming, ['Name,Email', ...Array.from({ length: 2_500 }, (_, i) => `Person ${i},p${i}@example.com`)].join('\n'));
    const stderr = stream(true, 120);
    const stdout: string[] = [];
    const code = await runCli(['import', incoming, '--into', customers, '-o', path.join(dir, 'out.csv')], { stdout: { write: (chunk: string) => stdout.push(chunk) }, stderr, env: {} });
    expect(code).toBe(0);
    const counts = stderr.written.map((frame) => /rows: (\d+) of (\d+)/.exec(frame)?.slice(1).join('/')).filter(Boolean);
    expect([...new Set(counts)]).toEqual(['0/2500', '2000/2500', '2500/2500']);
    expect(stderr.written.at(-1)).toBe('\r\x1b[K');
  });
});
