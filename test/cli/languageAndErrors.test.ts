import { chooseLanguage } from '../../src/local/cli/language';
import { CliError, reportFailure, usageError } from '../../src/local/cli/cliErrors';

describe('chooseLanguage', () => {
  test.each<[string | undefined, Record<string, string>, string]>([
    [undefined, {}, 'en'],
    [undefined, { LANG: 'ru_RU.UTF-8' }, 'ru'],
    [undefined, { LANG: 'kk_KZ.UTF-8' }, 'kk'],
    [undefined, { LANG: 'mn_MN' }, 'mn'],
    [undefined, { LANG: 'fa_IR.UTF-8' }, 'fa'],
    [undefined, { LANG: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'zh_TW.UTF-8@radical' }, 'zh'],
    [undefined, { LANG: 'de_DE.UTF-8' }, 'en'],
    [undefined, { LANG: 'C.UTF-8' }, 'en'],
    [undefined, { LANG: 'POSIX' }, 'en'],
    [undefined, { LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'fa_IR.UTF-8' }, 'fa'],
    [undefined, { LANG: 'ru_RU.UTF-8', LC_MESSAGES: 'fa_IR.UTF-8', LC_ALL: 'zh_CN.UTF-8' }, 'zh'],
    [undefined, { LANG: 'ru_RU.UTF-8', LC_ALL: '' }, 'ru'],
    ['kk', { LC_ALL: 'zh_CN.UTF-8' }, 'kk'],
    ['RU', {}, 'ru'],
    ['fa-IR', {}, 'fa'],
  ])('--lang %s with %j → %s', (option, env, language) => {
    expect(chooseLanguage(option, env)).toBe(language);
  });

  test('an unknown --lang is a usage error', () => {
    expect(() => chooseLanguage('de', {})).toThrow('unknown language: de (choose one of en, ru, kk, mn, fa, zh)');
  });
});

describe('reportFailure', () => {
  const capture = () => {
    const written: string[] = [];
    return { written, write: (chunk: string) => written.push(chunk) };
  };

  test('a user error: one line, its exit code, never a stack', () => {
    const stderr = capture();
    expect(reportFailure(new CliError('errNoSuchFile', { file: 'a.csv' }), stderr, true)).toBe(1);
    expect(reportFailure(usageError('errUnknownOption', { option: '--x', help: 'clientele --help' }), stderr, false)).toBe(2);
    expect(stderr.written).toEqual(['clientele: no such file: a.csv\n', 'clientele: unknown option: --x (see clientele --help)\n']);
  });

  test('a message with line breaks stays one line', () => {
    const stderr = capture();
    reportFailure(new CliError({ text: 'first\r\n  second' }), stderr, false);
    expect(stderr.written).toEqual(['clientele: first second\n']);
  });

  test('an unexpected error: one line and a hint; the stack only with --debug', () => {
    const quiet = capture();
    expect(reportFailure(new TypeError('x is undefined'), quiet, false)).toBe(1);
    expect(quiet.written).toEqual(['clientele: unexpected error: x is undefined (run again with --debug to see where)\n']);

    const debug = capture();
    const error = new TypeError('x is undefined');
    reportFailure(error, debug, true);
    expect(debug.written).toEqual(['clientele: unexpected error: x is undefined\n', `${error.stack}\n`]);
  });
});
