/**
 * The README's CLI lines work as written. A package's own bin is not linked into its own
 * node_modules/.bin, so a bare `clientele …` fails in a clone; `npx clientele …` runs bin/clientele.cjs
 * from anywhere inside the project (npm resolves the project's own bin before the registry).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseCommandLine } from '../../src/local/cli/arguments';
import { COMMANDS } from '../../src/local/cli/commands';
import { REPO } from './runClientele';

jest.setTimeout(240_000);

const README = readFileSync(path.join(REPO, 'README.md'), 'utf8');

/** Every command line of the README: shell lines in code blocks and inline code naming the command. */
function readmeCommandLines(): string[] {
  const lines: string[] = [];
  for (const block of README.matchAll(/```(?:sh)?\n([\s\S]*?)```/g)) {
    for (const line of block[1]!.split('\n')) {
      const command = line.replace(/^\$ /, '').replace(/\s+#.*$/, '').trim();
      if (/^(npx )?clientele\b/.test(command)) lines.push(command);
    }
  }
  for (const inline of README.matchAll(/`((?:npx )?clientele [^`]+)`/g)) lines.push(inline[1]!);
  return lines;
}

/** A command line as the shell splits it (the README's lines use no quotes). */
const words = (line: string) => line.split(/\s+/).filter(Boolean);

/** Runs a line through the shell, as typed, with npm kept off the network: a fetch would fail, not download. */
function typed(line: string, cwd: string) {
  const result = spawnSync('sh', ['-c', line], { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, npm_config_offline: 'true', LANG: 'C' } });
  return { line, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('the README\'s clientele lines', () => {
  const lines = readmeCommandLines();

  test('there are lines, and each is written as npx clientele …', () => {
    expect(lines.length).toBeGreaterThan(10);
    expect(lines.filter((line) => !line.startsWith('npx clientele'))).toEqual([]);
  });

  // "[--json]" and "…" mark optional parts in prose: only whole lines are parsed.
  test('each names a command and options the command knows', () => {
    const parsed = lines.filter((line) => !/[[\]…|]/.test(line)).map((line) => {
      const [, , name, ...args] = words(line);
      if (name === undefined || name === '--help') return 'help';
      const command = COMMANDS.find(({ spec }) => spec.name === name);
      if (!command) return `unknown command in "${line}"`;
      parseCommandLine(command.spec, args);
      return name;
    });
    expect(parsed.filter((result) => result.startsWith('unknown'))).toEqual([]);
  });

  test('outside the project, the path spelled out as the README writes it', () => {
    expect(README).toContain('`node /path/to/clientele/bin/clientele.cjs info customers.csv`');
    const outside = mkdtempSync(path.join(tmpdir(), 'clientele-outside-'));
    try {
      const run = typed(`node ${path.join(REPO, 'bin', 'clientele.cjs')} demo`, outside);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(typed(`node ${path.join(REPO, 'bin', 'clientele.cjs')} info customers.csv`, path.join(outside, 'clientele-demo')).status).toBe(0);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });

  describe('run as written, in a folder of the project', () => {
    mkdirSync(path.join(REPO, 'test-results'), { recursive: true });
    const scratch = mkdtempSync(path.join(REPO, 'test-results', 'readme-cli-'));
    afterAll(() => rmSync(scratch, { recursive: true, force: true }));
    const demo = path.join(scratch, 'clientele-demo');
    const runnable = ['npx clientele --help', 'npx clientele demo'];

    test.each(runnable)('%s', (line) => {
      expect(lines).toContain(line);
      const run = typed(line, scratch);
      expect(run).toMatchObject({ status: 0, stderr: '' });
      expect(run.stdout).toContain(line.endsWith('demo') ? path.join('clientele-demo', 'customers.csv') : 'Usage: clientele <command> FILE [options]');
    });

    // Two of the lines that read the demo's own files, run in the demo folder (each npx start costs seconds).
    test('lines that read customers.csv or customers.xlsx, on the demo files', () => {
      const onDemo = ['npx clientele info customers.xlsx --json', 'npx clientele nps customers.csv --by month --json'];
      expect(lines).toEqual(expect.arrayContaining(onDemo));
      const failed = onDemo.map((line) => typed(line, demo)).filter((run) => run.status !== 0);
      expect(failed).toEqual([]);
    });
  });
});
