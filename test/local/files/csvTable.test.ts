import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatCsv, parseCsv, type CsvCell } from '../../../src/local/files/csvTable';

const fixture = (name: string) => new Uint8Array(readFileSync(join(__dirname, '..', '..', 'fixtures', 'files', name)));
const utf8 = (text: string) => new TextEncoder().encode(text);
const BOM = '\uFEFF';

describe('parseCsv', () => {
  test('a Russian Excel export: BOM, semicolons, CRLF, quoted line breaks and quotes, decimal commas', () => {
    expect(parseCsv(fixture('customers-ru-excel.csv'))).toEqual([
      ['ID клиента', 'ФИО', 'Телефон', 'Эл. почта', 'Сумма покупок', 'Примечания'],
      ['C-0001', 'Иванов Иван', '+7 701 123 45 67', 'ivan@example.kz', '12500,50', 'Постоянный клиент;\r\nзвонить после 18:00'],
      ['C-0002', 'Пётр "Петя" Сидоров', '87011234567', '', '0', ''],
      ['C-0003', 'Ақжол Сәрсенов', '+7 (727) 222-33-44', 'akzhol@example.kz', '', ''],
    ]);
  });

  test('a Persian comma-separated file with LF line ends and leading zeros', () => {
    expect(parseCsv(fixture('customers-fa.csv'))).toEqual([
      ['کد مشتری', 'نام و نام خانوادگی', 'شماره تماس', 'شهر'],
      ['1', 'علی رضایی', '09121234567', 'تهران'],
      ['2', 'مریم، احمدی', '+989121234567', 'اصفهان'],
    ]);
  });

  test('a Chinese tab-separated file whose values hold commas', () => {
    expect(parseCsv(fixture('customers-zh.tsv'))).toEqual([
      ['客户编号', '姓名', '手机', '备注'],
      ['001', '王伟', '13812345678', '多行\n备注'],
      ['002', '李娜', '13987654321', '喜欢, 绿茶'],
    ]);
  });

  test("Excel's UTF-16 \"Unicode Text\" is read", () => {
    expect(parseCsv(fixture('customers-excel-unicode.txt'))).toEqual([
      ['Name', 'Phone'],
      ['Айгерим', '+77011234567'],
    ]);
  });

  test('a Windows-1251 file is refused with a message that says what to do', () => {
    expect(() => parseCsv(fixture('customers-cp1251.csv'))).toThrow(/not UTF-8.*CSV UTF-8/);
  });

  test.each<[string, string, string[][]]>([
    ['comma', 'a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['semicolon with a decimal comma', 'Имя;Сумма\r\nИван;12,5\r\n', [['Имя', 'Сумма'], ['Иван', '12,5']]],
    ['comma with semicolons in values', 'name,note\nA,x; y\nB,z\n', [['name', 'note'], ['A', 'x; y'], ['B', 'z']]],
    ['tab', 'a\tb\n1\t2', [['a', 'b'], ['1', '2']]],
    ["Excel's sep= line", 'sep=;\r\na;b,c\r\n1;2\r\n', [['a', 'b,c'], ['1', '2']]],
    ['one column', 'Email\nx@y.kz\n', [['Email'], ['x@y.kz']]],
    ['old Mac line ends', 'a,b\r1,2\r', [['a', 'b'], ['1', '2']]],
    ['BOM and CRLF', `${BOM}Телефон,Имя\r\n+77011234567,Асель\r\n`, [['Телефон', 'Имя'], ['+77011234567', 'Асель']]],
    ['a quoted line break', 'a,b\n"one\ntwo",3\n', [['a', 'b'], ['one\ntwo', '3']]],
    ['trailing empty lines dropped, inner ones kept', 'a,b\n1,2\n\n3,4\n\n\n', [['a', 'b'], ['1', '2'], ['', ''], ['3', '4']]],
    ['short rows padded to the header', 'a,b,c\n1\n2,3\n', [['a', 'b', 'c'], ['1', '', ''], ['2', '3', '']]],
    ['a long row widens the table rather than losing a value', 'a,b\n1,2,3\n', [['a', 'b', ''], ['1', '2', '3']]],
    ['an empty file', '', []],
    ['only a BOM', BOM, []],
  ])('%s', (_title, text, rows) => {
    expect(parseCsv(utf8(text))).toEqual(rows);
  });

  test('an unclosed quote is an error naming the row, not a silently swallowed file', () => {
    expect(() => parseCsv(utf8('a,b\n1,2\n"x,3\n4,5\n'))).toThrow(/row 3/);
  });

  test('invalid UTF-8 in the middle of a file is refused', () => {
    const bytes = new Uint8Array([...utf8('a,b\n'), 0xc3, 0x28, ...utf8(',x\n')]);
    expect(() => parseCsv(bytes)).toThrow(/not UTF-8/);
  });
});

describe('formatCsv', () => {
  test('RFC 4180 with CRLF, a BOM, and quotes only where needed', () => {
    const rows: CsvCell[][] = [
      ['ФИО', 'Заметка', 'Сумма', 'Согласие', 'Пусто'],
      ['Иванов, Иван', 'Сказал "да"\nпозвонить', 12.5, true, null],
      ['王伟', ' пробел ', 0, false, ''],
    ];
    expect(formatCsv(rows)).toBe(
      `${BOM}ФИО,Заметка,Сумма,Согласие,Пусто\r\n` +
        `"Иванов, Иван","Сказал ""да""\nпозвонить",12.5,TRUE,\r\n` +
        `王伟," пробел ",0,FALSE,\r\n`,
    );
  });

  test('dates as ISO days, with the time when it is not midnight, in the given zone', () => {
    const day = new Date(Date.UTC(2024, 2, 15));
    const moment = new Date(Date.UTC(2024, 2, 15, 9, 30, 5));
    expect(formatCsv([[day, moment]])).toBe(`${BOM}2024-03-15,2024-03-15 09:30:05\r\n`);
    // Midnight in Almaty (UTC+5) is 19:00 the day before in UTC.
    const almatyMidnight = new Date(Date.UTC(2024, 2, 14, 19));
    expect(formatCsv([[almatyMidnight]], { timeZone: 'Asia/Almaty' })).toBe(`${BOM}2024-03-15\r\n`);
    expect(formatCsv([[almatyMidnight]])).toBe(`${BOM}2024-03-14 19:00:00\r\n`);
  });

  test('a semicolon delimiter for Excel in Russian and Kazakh regions', () => {
    expect(formatCsv([['a;b', '12,5', 'c']], { delimiter: ';' })).toBe(`${BOM}"a;b";"12,5";c\r\n`);
  });

  test.each([
    ['=HYPERLINK("http://evil","click")', `"'=HYPERLINK(""http://evil"",""click"")"`],
    ['+SUM(1,2)', `"'+SUM(1,2)"`],
    ['-2+3+cmd|calc', `'-2+3+cmd|calc`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\t=1', `"'\t'=1"`],
    ['\r=1', `"'\r'=1"`],
    ['-', `'-`],
    ['-12.5', '-12.5'],
    ['+3', '+3'],
    ['-1e5', '-1e5'],
    ['+77011234567', '+77011234567'],
    ['+7 701 123 45 67', '+7 701 123 45 67'],
    ['+7 (727) 222-33-44', '+7 (727) 222-33-44'],
    ['+98.21.1234.5678', '+98.21.1234.5678'],
    ['a=b', 'a=b'],
    ['Иван', 'Иван'],
  ])('formula escaping: %j -> %j', (cell, expected) => {
    expect(formatCsv([[cell]])).toBe(`${BOM}${expected}\r\n`);
  });

  test('formula escaping never touches numbers', () => {
    expect(formatCsv([[-3]])).toBe(`${BOM}-3\r\n`);
  });

  test.each([';\r\n', ';;;\r\n;;;\r\n', '\t\t\r\n', ',,\r\n'])('a file of nothing but delimiters is empty: %j', (text) => {
    expect(parseCsv(utf8(text))).toEqual([]);
  });

  test('formatting then parsing gives back every string', () => {
    // A value holding another candidate delimiter makes a file this small ambiguous, so the values leave them out;
    // formula triggers get a text mark (tested above and in test/core/safeCsv.test.ts), so they are left out too.
    const delimiters = [',', ';', '\t'] as const;
    const rowsWith = (delimiter: string) => {
      const others = new RegExp(`[${delimiters.filter((d) => d !== delimiter).join('')}]`, 'g');
      const text = fc.string({ unit: 'grapheme', maxLength: 12 }).map((s) => s.replace(others, '').replace(/[=+\-@\uff1d\uff0b\uff0d\uff20\0]/gu, '').replace(/^[\t\r\n]+/u, ''));
      return fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 6 });
    };
    fc.assert(
      fc.property(fc.constantFrom(...delimiters).chain((delimiter) => fc.tuple(fc.constant(delimiter), rowsWith(delimiter))), ([delimiter, rows]) => {
        // Trailing empty rows are dropped, then rows are padded to the widest one left: an empty column they alone had holds nothing.
        const kept = [...rows];
        while (kept.length > 0 && kept[kept.length - 1]?.every((cell) => cell === '')) kept.pop();
        const width = Math.max(0, ...kept.map((row) => row.length));
        const padded = kept.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
        expect(parseCsv(utf8(formatCsv(rows, { delimiter })))).toEqual(padded);
      }),
    );
  });
});
