import { runClientele, scratchFolder } from './runClientele';

// Each test spawns node; a loaded machine can take seconds per run.
jest.setTimeout(120_000);

const CUSTOMERS = ['Customer ID,Name,Email', 'C-000001,Иванов Иван,ivan@mail.ru', ',Wang Fang,wang@163.com'].join('\n');
const NEW = ['Name,Email', 'Dana,dana@example.kz'].join('\n');

describe('clientele --mode: the add-on as a bound script, a test deployment or an installed add-on', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('every command\'s help lists --mode', () => {
    const run = runClientele(['import', '--help'], { cwd: scratch.dir });
    expect(run.stdout).toMatch(/--mode MODE +run the add-on as deployed: bound \(default\), addon-test or addon/);
  });

  it.each(['bound', 'addon-test', 'addon'])('an import runs the same in %s mode (it needs no trigger)', (mode) => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('new.csv', NEW);
    const run = runClientele(['import', 'new.csv', '--into', 'customers.csv', '-o', `out-${mode}.csv`, '--json', '--mode', mode], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toMatchObject({ rows: 1, created: 1 });
  });

  it('refuses a mode it does not know, as a usage error', () => {
    scratch.file('customers.csv', CUSTOMERS);
    const run = runClientele(['info', 'customers.csv', '--mode', 'standalone'], { cwd: scratch.dir });
    expect(run).toEqual({ status: 2, stdout: '', stderr: expect.stringContaining('--mode takes bound, addon-test or addon, found "standalone"') });
  });
});
