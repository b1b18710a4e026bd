import { NEW_SHEET_FIELDS } from '../../src/core/customerFields';
import type { CellValue } from '../../src/core/customerRecord';
import { chooseCustomerSheet, freeSheetName, newCustomerSheetLayout, planAdoption } from '../../src/core/customerSheetSetup';
import { recogniseColumns } from '../../src/core/headerRoles';
import { LANGUAGES } from '../../src/core/i18n/languages';

function candidate(name: string, headers: CellValue[]) {
  return { name, headers, columns: recogniseColumns(headers) };
}

describe('new customer sheet layout', () => {
  it.each(LANGUAGES)('in %s, headers that Clientele itself recognises back', (language) => {
    const layout = newCustomerSheetLayout(language);
    expect(layout.fields).toEqual(NEW_SHEET_FIELDS);
    const roles = recogniseColumns(layout.headers).roles;
    layout.fields.forEach((field, index) => expect({ field, index: roles[field] }).toEqual({ field, index }));
    expect(layout.textColumns.map((i) => layout.fields[i])).toEqual(['id', 'phone']);
    expect(layout.systemColumns.map((i) => layout.fields[i])).toEqual(['id', 'created', 'updated']);
  });
});

describe('choosing the sheet that holds the customers', () => {
  const sheets = [
    candidate('Sheet1', []),
    candidate('Заказы', ['Дата', 'Сумма', 'Товар']),
    candidate('Клиенты', ['ФИО', 'Телефон', 'Город']),
  ];

  it('prefers the configured sheet', () => {
    expect(chooseCustomerSheet(sheets, 'Заказы')?.name).toBe('Заказы');
  });

  it('otherwise finds the one that looks like a customer list', () => {
    expect(chooseCustomerSheet(sheets, undefined)?.name).toBe('Клиенты');
    expect(chooseCustomerSheet(sheets, 'Deleted sheet')?.name).toBe('Клиенты');
  });

  it('finds none when no sheet has contact columns', () => {
    expect(chooseCustomerSheet(sheets.slice(0, 2), undefined)).toBeNull();
  });

  it('names a new sheet so that it clashes with none', () => {
    expect(freeSheetName('Customers', ['Sheet1'])).toBe('Customers');
    expect(freeSheetName('Customers', ['Customers', 'Customers 2'])).toBe('Customers 3');
  });
});

describe('adopting a sheet the user keeps', () => {
  it('adds an ID column after the last column and IDs for non-blank rows only', () => {
    const values: CellValue[][] = [
      ['Name', 'Phone', 'Notes'],
      ['Ali Rezaei', '+989121234567', ''],
      ['', '', ''],
      ['Wang Fang', '13800138000', 'VIP'],
    ];
    const plan = planAdoption(values, recogniseColumns(values[0]!), 0, 'en');
    expect(plan).toEqual({
      idColumn: 3,
      addsIdColumn: true,
      idColumnValues: [['Customer ID'], ['C-000001'], [''], ['C-000002']],
      idsAdded: 2,
      lastIdNumber: 2,
    });
  });

  it('keeps existing IDs exactly and continues past the high-water mark', () => {
    const values: CellValue[][] = [
      ['ID клиента', 'ФИО'],
      ['C-000007', 'Иванов Иван'],
      ['', 'Петров Пётр'],
      [17, 'Сидорова Анна'],
    ];
    const plan = planAdoption(values, recogniseColumns(values[0]!), 30, 'ru');
    expect(plan.addsIdColumn).toBe(false);
    expect(plan.idColumn).toBe(0);
    expect(plan.idColumnValues).toEqual([['ID клиента'], ['C-000007'], ['C-000031'], [17]]);
    expect(plan.lastIdNumber).toBe(31);
  });

  it('changes nothing on a second run', () => {
    const values: CellValue[][] = [
      ['Name', 'Customer ID'],
      ['Ali', 'C-000001'],
    ];
    const plan = planAdoption(values, recogniseColumns(values[0]!), 1, 'en');
    expect(plan.idsAdded).toBe(0);
    expect(plan.idColumnValues).toEqual([['Customer ID'], ['C-000001']]);
  });
});
