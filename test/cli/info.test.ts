import { writeXlsx } from '../../src/local/files/xlsxTable';
import { runClientele, scratchFolder, type CliRun } from './runClientele';

// Each test spawns node (up to twice); a loaded machine can take seconds per run.
jest.setTimeout(120_000);

const scratch = scratchFolder();
afterAll(() => scratch.cleanUp());

const BOM = '\uFEFF';
const info = (args: string[], env: Record<string, string> = {}) => runClientele(['info', ...args], { cwd: scratch.dir, env });

function succeeded(run: CliRun): CliRun {
  expect({ status: run.status, stderr: run.stderr }).toEqual({ status: 0, stderr: '' });
  return run;
}

/** `info --json`, parsed; stdout must hold that one object and nothing else. */
function infoJson(file: string, extra: string[] = []) {
  const run = succeeded(info([file, '--json', ...extra]));
  expect(run.stdout.trim().startsWith('{')).toBe(true);
  return JSON.parse(run.stdout);
}

describe('clientele info: CSV dialects', () => {
  test('a Russian Excel export: BOM, semicolons, CRLF, a quoted line break — the whole JSON report', () => {
    const file = scratch.file(
      'клиенты.csv',
      `${BOM}ID клиента;ФИО;Телефон;Эл. почта;NPS;Сумма покупок;Заметки\r\n` +
        'C-000001;Иванов Иван;+7 701 123 45 67;ivan@example.kz;9;12500,50;"звонить\r\nпосле 18:00"\r\n' +
        'C-000002;Пётр Сидоров;87011234567;;11;много;\r\n' +
        'C-000001;Асель;+7 702 000 00 00;;10;0;\r\n' +
        ';Ақжол;;akzhol@example.kz;;;\r\n',
    );
    expect(infoJson(file, ['--lang', 'ru'])).toEqual({
      file: 'клиенты.csv',
      format: 'csv',
      sheet: 'клиенты',
      language: 'ru',
      rows: 4,
      columns: {
        id: { column: 'A', header: 'ID клиента' },
        name: { column: 'B', header: 'ФИО' },
        phone: { column: 'C', header: 'Телефон' },
        email: { column: 'D', header: 'Эл. почта' },
        nps: { column: 'E', header: 'NPS' },
        totalSpent: { column: 'F', header: 'Сумма покупок' },
        notes: { column: 'G', header: 'Заметки' },
      },
      extras: [],
      problems: {
        missingIds: 1,
        duplicateIds: [{ id: 'C-000001', rows: [2, 4] }],
        invalidValues: [
          { row: 3, column: 'E', header: 'NPS', field: 'nps', value: '11', reason: 'reasonNpsRange',
            message: 'оценка должна быть целым числом от 0 до 10, а здесь «11»' },
          { row: 3, column: 'F', header: 'Сумма покупок', field: 'totalSpent', value: 'много', reason: 'reasonNotNumber',
            message: 'ожидалось число, а здесь «много»' },
        ],
        invalidCount: 2,
      },
    });
  });

  test('the human report in the language of LANG: sheet, rows, columns by role, problems by row and column', () => {
    const file = scratch.file('ru.csv', `${BOM}ФИО;Телефон;Эл. почта;NPS;Любимый цвет\r\nИванов Иван;+7 701 123 45 67;ivan@example.kz;11;Instagram\r\n`);
    const run = succeeded(info([file], { LANG: 'ru_RU.UTF-8' }));
    expect(run.stdout).toBe(
      [
        'ru.csv',
        'Лист: ru',
        'Клиентов: 1',
        '',
        'Распознанные столбцы',
        '  A  ФИО        ФИО',
        '  B  Телефон    Телефон',
        '  C  Эл. почта  Эл. почта',
        '  D  NPS        NPS',
        '',
        'Другие столбцы, остаются как есть',
        '  E  Любимый цвет',
        '',
        'Найденные проблемы',
        '  Строк без ID клиента: 1. В Google Таблицах их добавляет «Расширения › Clientele › Настроить лист клиентов».',
        '  D2  Строка 2, столбец «NPS»: оценка должна быть целым числом от 0 до 10, а здесь «11»',
        '',
      ].join('\n'),
    );
  });

  test('comma-separated with LF, English by default, no problems', () => {
    const file = scratch.file('customers.csv', 'Customer ID,Name,Email\nC-000001,Ann Lee,ann@example.com\nC-000002,"Lee, Bo",bo@example.com\n');
    expect(succeeded(info([file])).stdout).toBe(
      [
        'customers.csv',
        'Sheet: customers',
        'Customers: 2',
        '',
        'Recognised columns',
        '  A  Customer ID  Customer ID',
        '  B  Name         Name',
        '  C  Email        Email',
        '',
        'Problems found',
        '  No problems found.',
        '',
      ].join('\n'),
    );
  });

  test.each<[string, string, string, Record<string, string>]>([
    ['Cyrillic, semicolons', 'ru-semicolon.csv', 'ФИО;Телефон;Эл. почта\nАйгерим;+77011234567;a@example.kz\n',
      { name: 'ФИО', phone: 'Телефон', email: 'Эл. почта' }],
    ['Persian, commas, BOM and CRLF', 'fa.csv', `${BOM}نام و نام خانوادگی,تلفن همراه,ایمیل\r\nعلی رضایی,09121234567,ali@example.ir\r\n`,
      { name: 'نام و نام خانوادگی', phone: 'تلفن همراه', email: 'ایمیل' }],
    ['Chinese, commas', 'zh.csv', '姓名,手机,邮箱\n王伟,13812345678,wang@example.cn\n',
      { name: '姓名', phone: '手机', email: '邮箱' }],
    ['Chinese, tabs (.tsv)', 'zh.tsv', '姓名\t手机\t邮箱\n王伟\t13812345678\twang@example.cn\n',
      { name: '姓名', phone: '手机', email: '邮箱' }],
    ['a .txt file with a quoted line break', 'notes.txt', 'Name,Phone,Notes\n"Ann\nLee",+1 555 0100,"two\nlines"\n',
      { name: 'Name', phone: 'Phone', notes: 'Notes' }],
  ])('%s', (_case, name, content, headers) => {
    const report = infoJson(scratch.file(name, content));
    expect(report.rows).toBe(1);
    expect(Object.fromEntries(Object.entries(report.columns as Record<string, { header: string }>).map(([field, { header }]) => [field, header])))
      .toEqual(headers);
  });

  test.each([
    ['fa_IR.UTF-8', 'fa', 'مشتریان: 1'],
    ['zh_CN.UTF-8', 'zh', '客户数：1'],
    ['C', 'en', 'Customers: 1'],
  ])('LANG=%s speaks %s', (lang, language, rowsLine) => {
    const file = scratch.file(`lang-${language}.csv`, 'Name,Phone\nAnn,+1 555 0100\n');
    expect(succeeded(info([file], { LANG: lang })).stdout.split('\n')[2]).toBe(rowsLine);
    expect(infoJson(file).language).toBe('en');
  });

  test('LC_ALL wins over LANG, and --lang over both', () => {
    const file = scratch.file('lc.csv', 'Name,Phone\nAnn,+1 555 0100\n');
    expect(succeeded(info([file], { LANG: 'ru_RU.UTF-8', LC_ALL: 'zh_CN.UTF-8' })).stdout.split('\n')[2]).toBe('客户数：1');
    expect(succeeded(info([file, '--lang', 'kk'], { LC_ALL: 'zh_CN.UTF-8' })).stdout.split('\n')[2]).toMatch(/^Клиенттер: 1$/);
  });

  test('the first 100 invalid values are listed, and how many there are in all', () => {
    const rows = Array.from({ length: 150 }, (_, i) => `Customer ${i},c${i}@example.com,not a number`);
    const file = scratch.file('many-problems.csv', ['Name,Email,Total spent', ...rows].join('\n'));
    const report = infoJson(file);
    expect(report.problems.invalidValues).toHaveLength(100);
    expect(report.problems.invalidCount).toBe(150);
    expect(succeeded(info([file])).stdout).toContain('  shown: 100 of 150\n');
  });

  test('a 20,000-row CSV: every row is counted', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => `Customer ${i};c${i}@example.com;+7701${String(i).padStart(7, '0')};Almaty;${i * 3}`);
    const file = scratch.file('big.csv', ['Name;Email;Phone;City;Total spent', ...rows].join('\r\n'));
    const report = infoJson(file);
    expect(report.rows).toBe(20_000);
    expect(report.problems.invalidCount).toBe(0);
  });
});

describe('clientele info: XLSX', () => {
  test('every sheet is looked at; the customer list is reported, with numbers and dates keeping their type', async () => {
    const bytes = await writeXlsx([
      { name: 'Заметки', rows: [['Что', 'Когда'], ['Позвонить поставщику', 'завтра']] },
      {
        name: 'Клиенты',
        rows: [
          ['ФИО', 'Телефон', 'Дата рождения', 'Сумма покупок', 'VIP'],
          ['Айгерим', '+77011234567', new Date(Date.UTC(1990, 4, 17)), 12500.5, 'да'],
          ['Ержан', '87021234567', 'когда-то', 300, ''],
          ['', '', '', '', ''],
          ['Асель', '', '', 'много', ''],
        ],
        textColumns: [1],
      },
    ]);
    const file = scratch.file('workbook.xlsx', bytes);
    const report = infoJson(file, ['--lang', 'en']);
    expect(report).toMatchObject({
      file: 'workbook.xlsx',
      format: 'xlsx',
      sheet: 'Клиенты',
      rows: 3,
      columns: {
        name: { column: 'A', header: 'ФИО' },
        phone: { column: 'B', header: 'Телефон' },
        birthDate: { column: 'C', header: 'Дата рождения' },
        totalSpent: { column: 'D', header: 'Сумма покупок' },
      },
      extras: [{ column: 'E', header: 'VIP' }],
    });
    expect(report.problems.invalidValues.map(({ row, column, reason }: { row: number; column: string; reason: string }) => [row, column, reason])).toEqual([
      [3, 'C', 'reasonNotDate'],
      [5, 'D', 'reasonNotNumber'],
    ]);
    expect(succeeded(info([file])).stdout.split('\n').slice(0, 3)).toEqual(['workbook.xlsx', 'Sheet: Клиенты', 'Customers: 3']);
  });
});
