import { ValueType, Workbook } from 'exceljs';
import { readXlsx, writeXlsx, type CellValue } from '../../../src/local/files/xlsxTable';

async function bytesOf(workbook: Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

async function workbookOf(bytes: Uint8Array): Promise<Workbook> {
  const workbook = new Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  return workbook;
}

const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month - 1, date));

describe('readXlsx', () => {
  test('reads values as getValues() would: rich text, links, formulas, errors, merges, dates', async () => {
    const workbook = new Workbook();
    const sheet = workbook.addWorksheet('Клиенты');
    sheet.addRow(['Имя', 'Сайт', 'Сумма', 'Итого', 'Дата', 'VIP', 'Ошибка']);
    sheet.getCell('A2').value = { richText: [{ text: 'Айгерим ', font: { bold: true } }, { text: 'Сапарова' }] };
    sheet.getCell('B2').value = { text: 'example.kz', hyperlink: 'https://example.kz' };
    sheet.getCell('C2').value = 1200.5;
    sheet.getCell('D2').value = { formula: 'C2*2', result: 2401 };
    sheet.getCell('E2').value = day(2024, 3, 15);
    sheet.getCell('F2').value = true;
    sheet.getCell('G2').value = { error: '#DIV/0!' };
    sheet.getCell('A3').value = '007';
    sheet.getCell('C3').value = 10;
    sheet.getCell('D3').value = { formula: 'C3*2' }; // never calculated
    sheet.getCell('E3').value = { formula: 'TODAY()', result: day(2024, 5, 1) };
    sheet.getCell('A4').value = 'Объединённая';
    sheet.mergeCells('A4:C4');
    sheet.getCell('I10').numFmt = '@'; // formatted but empty: outside the data range

    expect(await readXlsx(await bytesOf(workbook))).toEqual([
      {
        name: 'Клиенты',
        rows: [
          ['Имя', 'Сайт', 'Сумма', 'Итого', 'Дата', 'VIP', 'Ошибка'],
          ['Айгерим Сапарова', 'example.kz', 1200.5, 2401, day(2024, 3, 15), true, '#DIV/0!'],
          ['007', '', 10, '=C3*2', day(2024, 5, 1), '', ''],
          ['Объединённая', '', '', '', '', '', ''],
        ],
        // What a command writing the file back keeps: link targets and formulas.
        extras: new Map([
          ['1:1', { hyperlink: 'https://example.kz' }],
          ['1:3', { formula: '=C2*2' }],
          ['2:3', { formula: '=C3*2' }],
          ['2:4', { formula: '=TODAY()' }],
        ]),
      },
    ]);
  });

  test('shared formulas read as their results or their own formula, every sheet in tab order, an empty sheet as no rows', async () => {
    const workbook = new Workbook();
    const first = workbook.addWorksheet('دفتر');
    first.getCell('A1').value = 1;
    first.getCell('A2').value = 2;
    first.fillFormula('B1:B2', 'A1*10', [10, 20]);
    first.fillFormula('C1:C2', 'A1+1'); // never calculated: each cell shows its own formula
    workbook.addWorksheet('空');
    const sheets = await readXlsx(await bytesOf(workbook));
    expect(sheets).toEqual([
      {
        name: 'دفتر',
        rows: [[1, 10, '=A1+1'], [2, 20, '=A2+1']],
        extras: new Map([['0:1', { formula: '=A1*10' }], ['0:2', { formula: '=A1+1' }], ['1:1', { formula: '=A2*10' }], ['1:2', { formula: '=A2+1' }]]),
      },
      { name: '空', rows: [], extras: new Map() },
    ]);
  });
  test('a file that is not an XLSX workbook is refused with a message that says what to do', async () => {
    const csv = new TextEncoder().encode('Имя,Телефон\nАсель,+77011234567\n');
    await expect(readXlsx(csv)).rejects.toThrow(/not an XLSX workbook.*save or download it as \.xlsx/);
  });
});

describe('writeXlsx', () => {
  const rows: CellValue[][] = [
    ['ID', 'ФИО', 'نام', '姓名', 'Телефон', 'Индекс', 'Сумма', 'Добавлен', 'Визит', 'Согласие'],
    ['C-0001', 'Иванов Иван', 'علی رضایی', '王伟', '+77011234567', '050000', 12500.5, day(2024, 3, 15), new Date(Date.UTC(2024, 2, 15, 9, 30)), true],
    ['C-0002', '=HYPERLINK("http://evil","x")', 'مریم', '李娜', '87011234567', '007', -3, day(1999, 12, 31), '', false],
    ['C-0003', '', '', '', '', '', 0, '', '', ''],
  ];

  test('round-trips Cyrillic, Persian, Chinese, dates, numbers, booleans and leading zeros', async () => {
    const bytes = await writeXlsx([{ name: 'Customers', rows, textColumns: [4, 5] }]);
    expect(await readXlsx(bytes)).toEqual([{ name: 'Customers', rows, extras: new Map() }]);
  });

  test('strings that look like formulas stay text; text columns, bold frozen header, date formats', async () => {
    const workbook = await workbookOf(await writeXlsx([{ name: 'Customers', rows, textColumns: [4, 5] }]));
    const sheet = workbook.getWorksheet('Customers');
    if (!sheet) throw new Error('no sheet');
    const formulaLike = sheet.getCell('B3');
    expect(formulaLike.type).toBe(ValueType.String);
    expect(formulaLike.value).toBe('=HYPERLINK("http://evil","x")');
    expect(sheet.getCell('E2').numFmt).toBe('@');
    expect(sheet.getCell('F3').numFmt).toBe('@');
    expect(sheet.getCell('G2').numFmt).not.toBe('@');
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getCell('A2').font?.bold).not.toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('H2').numFmt).toBe('yyyy-mm-dd');
    expect(sheet.getCell('I2').numFmt).toBe('yyyy-mm-dd hh:mm:ss');
  });

  test('dates are written as the calendar day of the given time zone and read back to the same instant', async () => {
    const tehranMidnight = new Date('2024-03-19T20:30:00Z'); // 20 March 00:00 in Tehran (UTC+3:30)
    const bytes = await writeXlsx([{ name: 'S', rows: [['Дата'], [tehranMidnight]] }], { timeZone: 'Asia/Tehran' });
    const raw = (await workbookOf(bytes)).getWorksheet('S')?.getCell('A2');
    expect(raw?.value).toEqual(day(2024, 3, 20));
    expect(raw?.numFmt).toBe('yyyy-mm-dd');
    expect(await readXlsx(bytes, { timeZone: 'Asia/Tehran' })).toEqual([{ name: 'S', rows: [['Дата'], [tehranMidnight]], extras: new Map() }]);
  });

  test('sheet names Excel would refuse are made acceptable, unique and at most 31 characters', async () => {
    const long = 'Клиенты магазина в Алматы и Астане 2024';
    const bytes = await writeXlsx([
      { name: 'Клиенты 2024/25', rows: [] },
      { name: 'клиенты 2024/25', rows: [] },
      { name: "'[Архив]*?'", rows: [] },
      { name: long, rows: [] },
      { name: '', rows: [] },
    ]);
    const names = (await readXlsx(bytes)).map((sheet) => sheet.name);
    expect(names).toEqual(['Клиенты 2024_25', 'клиенты 2024_25 (2)', '_Архив___', long.slice(0, 31), 'Sheet']);
  });

  test('a cell longer than Excel allows is an error naming the sheet and cell', async () => {
    const tooLong = 'я'.repeat(40000); // Sheets allows 50,000 characters in a cell
    await expect(writeXlsx([{ name: 'Notes', rows: [['Заметка'], [tooLong]] }])).rejects.toThrow(/Sheet “Notes”, cell A2: 40,000 characters, but Excel holds at most 32,767/);
  });
});
