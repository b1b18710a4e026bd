import { startProgress, type ProgressStream } from '../../src/local/cli/progress';

function stream(isTTY: boolean | undefined, columns?: number): ProgressStream & { written: string[] } {
  const written: string[] = [];
  return { isTTY, columns, written, write: (chunk: string) => written.push(chunk) };
}

function runSteps(target: ProgressStream, enabled?: boolean) {
  const progress = startProgress({ stream: target, total: 3, enabled });
  progress.step('reading customers.csv');
  progress.step('loading the add-on');
  progress.update(2, 'almost');
  progress.step('looking at the customer sheet');
  progress.done();
}

describe('progress bar', () => {
  test.each([[false], [undefined]])('writes nothing when the stream is not a terminal (isTTY %s)', (isTTY) => {
    const target = stream(isTTY);
    runSteps(target);
    expect(target.written).toEqual([]);
  });

  test('writes nothing on a terminal when turned off (--json)', () => {
    const target = stream(true);
    runSteps(target, false);
    expect(target.written).toEqual([]);
  });

  test('on a terminal: redraws one line per step and clears it at the end', () => {
    const target = stream(true, 80);
    runSteps(target);
    expect(target.written).toEqual([
      '\r\x1b[K[------------------------]   0% reading customers.csv',
      '\r\x1b[K[########----------------]  33% loading the add-on',
      '\r\x1b[K[################--------]  67% almost',
      '\r\x1b[K[################--------]  67% looking at the customer sheet',
      '\r\x1b[K',
    ]);
    expect(target.written.every((chunk) => !chunk.includes('\n'))).toBe(true);
  });

  test('never wider than the terminal, so it cannot wrap', () => {
    const target = stream(true, 40);
    const progress = startProgress({ stream: target, total: 10 });
    progress.step(`reading ${'very-long-folder-name/'.repeat(5)}customers.csv`);
    expect([...(target.written[0] ?? '').replace('\r\x1b[K', '')]).toHaveLength(39);
  });

  test('done twice clears once; done without drawing writes nothing', () => {
    const target = stream(true);
    const progress = startProgress({ stream: target, total: 1 });
    progress.done();
    progress.step('one');
    progress.done();
    progress.done();
    expect(target.written).toHaveLength(2);
  });
});
