/**
 * `npm start` stops its server when it is told to: npm passes SIGTERM and SIGINT on to the shell
 * running the script, so the script `exec`s the server (else the shell dies of SIGTERM and leaves the
 * server serving, orphaned, or waits on through SIGINT).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../src/local/localHost';

jest.setTimeout(240_000);

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).ok;
  } catch {
    return false;
  }
}

describe('npm start', () => {
  const directory = mkdtempSync(path.join(tmpdir(), 'clientele-npm-start-'));
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  test.each(['SIGTERM', 'SIGINT'] as const)('exits on %s, and its server stops answering', async (signal) => {
    const child = spawn(NPM, ['start', '--', '--port', '0', '--no-open', '--workbook', path.join(directory, `${signal}.json`)], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, CI: '1' },
    });
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, by) => resolve({ code, signal: by })));
    const url = await new Promise<string>((resolve, reject) => {
      let output = '';
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const found = /http:\/\/127\.0\.0\.1:\d+\//.exec(output);
        if (found) resolve(found[0]);
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
      void exited.then(() => reject(new Error(`npm start exited before serving: ${output}`)));
    });
    expect(await answers(url)).toBe(true);

    child.kill(signal);
    await exited;
    // npm has exited; the server it started must be gone with it, not serving on as an orphan.
    let stillServing = true;
    for (let attempt = 0; attempt < 50 && stillServing; attempt += 1) {
      stillServing = await answers(url);
      if (stillServing) await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(stillServing).toBe(false);
  });
});
