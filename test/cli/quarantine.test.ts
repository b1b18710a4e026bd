/**
 * `clientele quarantine`: the rows an import left in the Quarantine sheet are listed, re-run through
 * the add-on's capture (rerunQuarantined, as the sidebar's Re-run) and discarded (discardQuarantined),
 * on the workbook the import wrote. No row is ever lost: a re-run that still fails keeps the row
 * waiting with its reason, a discarded row stays in the sheet marked Discarded, with an Audit log line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Workbook } from 'exceljs';
import { readXlsx } from '../../src/local/files/xlsxTable';
import { quarantineRows } from '../../src/local/cli/commands/quarantine';
import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(180_000);

const CUSTOMERS = ['Customer ID,Name,Email,Phone', 'C-000001,Иванов Иван,ivan@mail.ru,+77011234567', 'C-000002,Wang Fang,wang@163.com,'].join('\n');
const NEW = ['Name,Email,NPS', 'Ivan Ivanov,IVAN@mail.ru,9', 'Dana,dana@example.kz,eleven', 'Aigerim,aigerim@example.kz,twelve', 'Bolat,bolat@example.kz,one hundred'].join('\n');
const ELEVEN = '“Score”: a score must be a whole number from 0 to 10, found “eleven”';

interface Listing {
  file: string;
  output: string | null;
  waiting: number;
  rows: { row: number; source: string; submissionId: string; reason: string }[];
  captured?: number;
  discarded?: number;
}

describe('clientele quarantine', () => {
  const scratch = scratchFolder();
  const at = (name: string) => path.join(scratch.dir, name);
  afterAll(() => scratch.cleanUp());

  beforeAll(() => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('new.csv', NEW);
    expect(runClientele(['import', 'new.csv', '--into', 'customers.csv', '-o', 'imported.xlsx'], { cwd: scratch.dir })).toMatchObject({ status: 0 });
  });

  const sheet = async (file: string, name: string) => (await readXlsx(readFileSync(at(file)))).find((table) => table.name === name)!.rows;

  it('lists the waiting rows with their Quarantine sheet row and reason, and writes nothing', () => {
    const run = runClientele(['quarantine', 'imported.xlsx'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0 });
    expect(run.stdout.split('\n')).toEqual([
      '3 submissions wait in the Quarantine sheet.',
      `  row 2 (import, import:new.csv:3): ${ELEVEN}`,
      '  row 3 (import, import:new.csv:4): “Score”: a score must be a whole number from 0 to 10, found “twelve”',
      '  row 4 (import, import:new.csv:5): “Score”: a score must be a whole number from 0 to 10, found “one hundred”',
      '',
    ]);
    const json = JSON.parse(runClientele(['quarantine', 'imported.xlsx', '--json'], { cwd: scratch.dir }).stdout) as Listing;
    expect(json).toMatchObject({ file: 'imported.xlsx', output: null, waiting: 3 });
    expect(json.rows.map(({ row, submissionId, reason }) => ({ row, submissionId, reason }))[0]).toEqual({ row: 2, submissionId: 'import:new.csv:3', reason: ELEVEN });
  });

  it('re-runs after the row was corrected: the fixed row is captured, the others stay waiting with their reasons', async () => {
    // The user corrects row 2's JSON in the Values column, as the Quarantine sheet invites.
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(at('imported.xlsx')) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
    const values = workbook.getWorksheet('Quarantine')!.getCell('F2');
    values.value = String(values.value).replace('"score":"eleven"', '"score":"10"');
    writeFileSync(at('corrected.xlsx'), new Uint8Array(await workbook.xlsx.writeBuffer()));

    const run = runClientele(['quarantine', 'corrected.xlsx', '--rerun', '-o', 'rerun.xlsx', '--json'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const json = JSON.parse(run.stdout) as Listing;
    expect(json).toMatchObject({ output: 'rerun.xlsx', captured: 1, waiting: 2 });
    expect(json.rows.map((row) => row.row)).toEqual([3, 4]);

    const customers = await sheet('rerun.xlsx', 'customers');
    expect(customers.map((row) => row.slice(0, 3))).toContainEqual(['C-000003', 'Dana', 'dana@example.kz']);
    const quarantine = await sheet('rerun.xlsx', 'Quarantine');
    // Every row is still there: the captured one says which customer it became.
    expect(quarantine).toHaveLength(4);
    expect(quarantine.map((row) => row[4])).toEqual(['Status', 'Done: C-000003', '', '']);
    expect(quarantine[3]![3]).toBe('“Score”: a score must be a whole number from 0 to 10, found “one hundred”');
    expect((await sheet('rerun.xlsx', 'Responses')).map((row) => row[2])).toEqual(['Score', 9, 10]);
    expect(readFileSync(at('corrected.xlsx')).length).toBeGreaterThan(0);
  });

  it('a re-run with nothing corrected changes no customer and keeps every row waiting', async () => {
    const run = runClientele(['quarantine', 'imported.xlsx', '--rerun', '-o', 'same.xlsx'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0 });
    expect(run.stdout.split('\n')[0]).toBe('Re-run: 0 captured, 3 still in quarantine.');
    expect(await sheet('same.xlsx', 'customers')).toEqual(await sheet('imported.xlsx', 'customers'));
    expect((await sheet('same.xlsx', 'Quarantine')).map((row) => row[3])).toEqual((await sheet('imported.xlsx', 'Quarantine')).map((row) => row[3]));
  });

  it('discards rows: they stay in the sheet marked Discarded, stop waiting, and the Audit log says which', async () => {
    const run = runClientele(['quarantine', 'imported.xlsx', '--discard', '3-4', '-o', 'discarded.xlsx'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0 });
    expect(run.stdout.split('\n').slice(0, 3)).toEqual([
      '2 submissions discarded: they stay in the Quarantine sheet, marked Discarded.',
      '1 submission waits in the Quarantine sheet.',
      `  row 2 (import, import:new.csv:3): ${ELEVEN}`,
    ]);
    const before = await sheet('imported.xlsx', 'Quarantine');
    const after = await sheet('discarded.xlsx', 'Quarantine');
    expect(after.map((row) => row[4])).toEqual(['Status', '', 'Discarded', 'Discarded']);
    // The submission and its values are kept: only the status changed.
    expect(after.map((row) => [...row.slice(0, 4), ...row.slice(5)])).toEqual(before.map((row) => [...row.slice(0, 4), ...row.slice(5)]));
    const audit = await sheet('discarded.xlsx', 'Audit log');
    expect(audit.at(-1)!.slice(2, 8)).toEqual(['discard', '', '3-4', '', 2, '2 rows discarded from quarantine']);
    // A discarded row is settled: a re-run leaves it alone.
    const rerun = JSON.parse(runClientele(['quarantine', 'discarded.xlsx', '--rerun', '-o', 'after.xlsx', '--json'], { cwd: scratch.dir }).stdout) as Listing;
    expect(rerun).toMatchObject({ captured: 0, waiting: 1 });
  });

  it('refuses rows that are not waiting, and discards none of the others', () => {
    const run = runClientele(['quarantine', 'imported.xlsx', '--discard', '1,2,9', '-o', 'refused.xlsx'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 1, stderr: 'clientele: Rows 1, 9 of the Quarantine sheet are not waiting (a header, empty, done or discarded): nothing was discarded.\n' });
    expect(() => readFileSync(at('refused.xlsx'))).toThrow();
  });

  it('speaks the --lang language, the add-on’s own messages included', () => {
    const run = runClientele(['quarantine', 'imported.xlsx', '--discard', '4', '-o', 'ru.xlsx', '--lang', 'ru'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0 });
    expect(run.stdout).toContain('1 отправка отклонена: она остаётся на листе «Карантин» с отметкой «Отклонено».');
    expect(run.stdout).toContain('Записано в ru.xlsx.');
  });

  it.each([
    [['quarantine', 'imported.xlsx', '--rerun'], 'clientele: quarantine --rerun needs -o OUT: the result is written there and imported.xlsx stays as it was\n'],
    [['quarantine', 'imported.xlsx', '--rerun', '--discard', '2', '-o', 'x.xlsx'], 'clientele: choose one of --rerun and --discard\n'],
    [['quarantine', 'imported.xlsx', '-o', 'x.xlsx'], 'clientele: quarantine writes a file only with --rerun or --discard\n'],
    [['quarantine', 'imported.xlsx', '--discard', 'two', '-o', 'x.xlsx'], 'clientele: --discard takes Quarantine sheet rows such as 2,5-7, found "two"\n'],
    [['quarantine', 'imported.xlsx', '--discard', '2', '-o', 'imported.xlsx'], 'clientele: the output imported.xlsx is the input file: choose another name with -o, the original stays as it was\n'],
  ])('refuses %j', (args, stderr) => {
    expect(runClientele(args, { cwd: scratch.dir }).stderr).toBe(stderr);
  });

  it.each([
    ['2', [2]],
    ['2,5-7', [2, 5, 6, 7]],
    [' 3 , 4 - 5 ', [3, 4, 5]],
  ])('reads the rows %j', (text, rows) => {
    expect(quarantineRows(text)).toEqual(rows);
  });

  it.each(['0', '5-3', '2,,x', '1-999999999', ''])('refuses the rows %j', (text) => {
    expect(() => quarantineRows(text)).toThrow(/--discard takes Quarantine sheet rows such as 2,5-7/);
  });
});
