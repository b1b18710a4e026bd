/**
 * Help and errors speak the user's language (--lang, else LC_ALL / LC_MESSAGES / LANG): every
 * sentence of a command's help and every error is translated, no English sentence is left in
 * place; option names, value names and JSON keys stay English, as they are typed.
 */
import { CATALOGUE } from '../../src/core/i18n/messages';
import { formatMessage } from '../../src/core/i18n/formatMessage';
import type { Language } from '../../src/core/i18n/languages';
import { COMMANDS } from '../../src/local/cli/commands';
import { runCli } from '../../src/local/cli/runCli';
import { farReachingXlsx, runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

const OTHER_LANGUAGES: readonly Exclude<Language, 'en'>[] = ['ru', 'kk', 'mn', 'fa', 'zh'];

/** Runs the CLI in this process, as bin/clientele.cjs does, with the given environment. */
async function clientele(args: readonly string[], env: Record<string, string> = {}) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await runCli(args, { stdout: { write: (chunk: string) => stdout.push(chunk) }, stderr: { write: (chunk: string) => stderr.push(chunk), isTTY: false }, env });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** The English sentences a command's help is made of: its summary, details and option descriptions. */
function englishSentences(name: string): string[] {
  const { spec } = COMMANDS.find((command) => command.spec.name === name)!;
  const keys = [spec.summary, ...(spec.details ? [spec.details] : []), ...Object.values(spec.options).map((option) => option.description)];
  // Details are split by line; lines that are only JSON keys or placeholders are the same in every language.
  return keys.flatMap((key) => CATALOGUE.en[key].split('\n')).filter((line) => /[a-z]{3,} [a-z]{3,} [a-z]{3,}/.test(line));
}

describe.each(OTHER_LANGUAGES)('in %s', (language) => {
  const text = CATALOGUE[language];

  it.each(['quarantine', 'history', 'info', 'nps'])('%s --help has no English sentence left', async (name) => {
    const help = await clientele([name, '--help', '--lang', language]);
    expect(help.status).toBe(0);
    expect(help.stdout.startsWith(`${text.helpUsage} clientele ${name} `)).toBe(true);
    expect(help.stdout).toContain(text.helpOptions);
    expect(englishSentences(name).filter((sentence) => help.stdout.includes(sentence))).toEqual([]);
    // Option names stay as they are typed.
    expect(help.stdout).toContain('--json');
    expect(help.stdout).toContain('--lang xx');
  });

  it('the overall help lists every command with its summary in the language', async () => {
    const help = await clientele(['--help'], { LANG: `${language}.UTF-8` });
    for (const { spec } of COMMANDS) expect(help.stdout).toContain(text[spec.summary]);
    expect(help.stdout).not.toContain(CATALOGUE.en.helpIntro);
  });

  it.each<[string, string[], string]>([
    ['a missing file', ['info', 'nothere.csv'], formatMessage(text.errNoSuchFile, { file: 'nothere.csv' })],
    ['an unknown option', ['info', 'x.csv', '--bogus'], formatMessage(text.errUnknownOption, { option: '--bogus', help: 'clientele info --help' })],
    ['an unknown command', ['nosuch'], formatMessage(text.errUnknownCommand, { command: 'nosuch' })],
    ['a missing -o', ['quarantine', 'x.xlsx', '--rerun'], formatMessage(text.errNeedsOutputKept, { command: 'quarantine --rerun', file: 'x.xlsx' })],
    ['a bad --region', ['clean', 'x.csv', '-o', 'y.csv', '--region', 'XX'], formatMessage(text.errRegion, { value: 'XX' })],
  ])('%s is told in the language, never in English', async (_what, args, expected) => {
    const run = await clientele([...args, '--lang', language]);
    expect(run.stderr).toBe(`clientele: ${expected}\n`);
    const english = await clientele(args);
    expect(run.stderr).not.toBe(english.stderr);
  });
});

describe.each(OTHER_LANGUAGES)('a file the readers refuse, in %s', (language) => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());
  const text = CATALOGUE[language];

  it.each<[string, string, Uint8Array | string, string]>([
    // "Имя,Город\nАйгерим,Алматы" as Russian Excel saves it (Windows-1251).
    ['a Windows-1251 CSV', 'cp1251.csv', Uint8Array.from([0xc8, 0xec, 0xff, 0x2c, 0xc3, 0xee, 0xf0, 0xee, 0xe4, 0x0a, 0xc0, 0xe9, 0xe3, 0xe5, 0xf0, 0xe8, 0xec, 0x2c, 0xc0, 0xeb, 0xec, 0xe0, 0xf2, 0xfb]), text.fileWindows1251],
    ['a renamed CSV as XLSX', 'renamed.xlsx', 'Name,Email\nDana,dana@example.kz\n', text.fileNotXlsx],
  ])('%s is told in the language, after the file’s name', (_what, name, content, expected) => {
    scratch.file(name, content);
    const run = runClientele(['info', name, '--lang', language], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 1, stderr: `clientele: ${name}: ${expected}\n` });
    expect(expected).not.toBe(CATALOGUE.en[name.endsWith('.csv') ? 'fileWindows1251' : 'fileNotXlsx']);
  });

  it('an XLSX sheet past the 10 million cells of a Google spreadsheet is told in the language, with its row and column', async () => {
    scratch.file('far.xlsx', await farReachingXlsx());
    const values = { sheet: 'Customers', row: '1,048,576', letter: 'XFD', rows: '1,048,576', columns: '16,384' };
    const run = runClientele(['info', 'far.xlsx', '--lang', language], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 1, stderr: `clientele: far.xlsx: ${formatMessage(text.fileXlsxTooManyCells, values)}\n` });
    expect(run.stderr).not.toContain('more than');
  });

  it('a cell too long for Excel, while an XLSX is written, is told in the language, with its sheet and cell', () => {
    // 40,000 characters: a Google Sheets cell holds it (50,000), an Excel cell does not (32,767).
    scratch.file('long.csv', `Name,Notes\r\nAnna,${'x'.repeat(40_000)}\r\n`);
    const run = runClientele(['clean', 'long.csv', '-o', 'long.xlsx', '--lang', language], { cwd: scratch.dir });
    const detail = formatMessage(text.fileExcelCellTooLong, { sheet: 'long', cell: 'B2', length: '40,000', max: '32,767' });
    expect(run).toMatchObject({ status: 1, stderr: `clientele: ${formatMessage(text.errWrite, { file: 'long.xlsx', detail })}\n` });
    expect(run.stderr).not.toContain('Excel holds');
  });
});

describe('the language of errors without --lang', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it.each([
    ['ru_RU.UTF-8', 'нет такого файла: nothere.csv'],
    ['fa_IR.UTF-8', 'چنین فایلی نیست: nothere.csv'],
    ['C', 'no such file: nothere.csv'],
  ])('comes from LANG=%s, in the command a user runs', (locale, message) => {
    expect(runClientele(['info', 'nothere.csv'], { cwd: scratch.dir, env: { LANG: locale } })).toMatchObject({ status: 1, stderr: `clientele: ${message}\n` });
  });

  it('an unknown --lang is refused in the environment’s language', async () => {
    expect((await clientele(['info', 'x.csv', '--lang', 'de'], { LANG: 'zh_CN.UTF-8' })).stderr).toBe('clientele: 未知语言：de（请从 en, ru, kk, mn, fa, zh 中选择）\n');
  });
});

describe('--json stays English', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it.each(OTHER_LANGUAGES)('quarantine --json --lang %s keeps its English keys', (language) => {
    scratch.file('customers.csv', 'Name,Email\nDana,dana@example.kz\n');
    const run = runClientele(['quarantine', 'customers.csv', '--json', '--lang', language], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual({ file: 'customers.csv', output: null, waiting: 0, rows: [] });
  });
});
