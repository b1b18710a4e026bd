import { spawnSync } from 'node:child_process';
import { version } from '../../package.json';
import { REPO, runClientele, scratchFolder } from './runClientele';

// Each test spawns node (up to twice); a loaded machine can take seconds per run.
jest.setTimeout(120_000);

const scratch = scratchFolder();
afterAll(() => scratch.cleanUp());

describe('clientele --help, --version and help per command', () => {
  test.each([[[]], [['--help']], [['-h']], [['help']]])('clientele %j lists every command with one line each', (args) => {
    const run = runClientele(args, { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: clientele <command> FILE \[options\]\n/);
    expect(run.stdout).toContain('\nCommands:\n  info        Show what Clientele sees in a customer file: its columns, rows and problems.\n');
    expect(run.stdout).toContain('\n  clean       Clean a customer file');
    expect(run.stdout).toContain('\n  dedupe      Find customers entered more than once');
    expect(run.stdout).toContain('\n  demo        Write the demo customer files');
    expect(run.stdout).toContain('\n  segments    Add activity and RFM segments');
  });

  test.each([[['info', '--help']], [['info', '-h']], [['help', 'info']], [['info', 'any.csv', '--help']]])('clientele %j shows the options of info', (args) => {
    const run = runClientele(args, { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^Usage: clientele info FILE \[--json\] \[--lang xx\]\n/);
    for (const option of ['--json', '--lang xx', '-h, --help', '--debug']) expect(run.stdout).toContain(option);
  });

  test('--version prints the version of package.json', () => {
    expect(runClientele(['--version'], { cwd: scratch.dir })).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' });
  });

  test('npx clientele resolves the package\'s own bin', () => {
    // --no-install: never fetch a package of the same name from the registry.
    const run = spawnSync('npx', ['--no-install', 'clientele', '--help'], { cwd: REPO, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Usage: clientele <command> FILE [options]');
  });
});

describe('output streams', () => {
  test('on success nothing goes to stderr: no progress bar when stderr is not a terminal', () => {
    const file = scratch.file('ok.csv', 'Name,Email\nAnn,ann@example.com\n');
    const run = runClientele(['info', file], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  test('--debug may come before the command', () => {
    const file = scratch.file('debug.csv', 'Name,Email\nAnn,ann@example.com\n');
    const run = runClientele(['--debug', 'info', file, '--json'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).rows).toBe(1);
  });
});
