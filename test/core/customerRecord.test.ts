import { customerFromRow, type CellValue } from '../../src/core/customerRecord';
import { recogniseColumns } from '../../src/core/headerRoles';

const headers: CellValue[] = ['ФИО', 'Эл. почта', 'Сумма покупок', 'NPS', 'Согласие на рассылку', 'Дата последней покупки', 'Любимый цвет'];
const columns = recogniseColumns(headers);

function read(row: CellValue[]) {
  return customerFromRow(row, 5, headers, columns.roles, columns.extras);
}

describe('customer record from a sheet row', () => {
  it('reads typed values and keeps extra columns as they are', () => {
    const bought = new Date(Date.UTC(2026, 10, 1));
    const { customer, problems } = read(['Иванов Иван', 'ivan@mail.ru', 1500, 9, true, bought, 'синий']);
    expect(problems).toEqual([]);
    expect(customer).toEqual({
      name: 'Иванов Иван',
      email: 'ivan@mail.ru',
      totalSpent: 1500,
      nps: 9,
      consent: true,
      lastPurchase: bought,
      extras: { 'Любимый цвет': 'синий' },
    });
  });

  it('reads numbers, yes/no and ISO dates typed as text', () => {
    const { customer, problems } = read(['Айгерим', '', '1 500,50', '10', 'да', '2026-03-08', '']);
    expect(problems).toEqual([]);
    expect(customer).toMatchObject({ totalSpent: 1500.5, nps: 10, consent: true });
    expect(customer.lastPurchase?.toISOString()).toBe('2026-03-08T00:00:00.000Z');
  });

  it.each<[CellValue[], string, string]>([
    [['x', '', 'a lot', '', '', '', ''], 'Сумма покупок', 'reasonNotNumber'],
    [['x', '', '', 11, '', '', ''], 'NPS', 'reasonNpsRange'],
    [['x', '', '', 7.5, '', '', ''], 'NPS', 'reasonNpsRange'],
    [['x', '', '', 'десять', '', '', ''], 'NPS', 'reasonNpsRange'],
    [['x', '', '', '', 'maybe', '', ''], 'Согласие на рассылку', 'reasonNotYesNo'],
    [['x', '', '', '', '', '2026-02-30', ''], 'Дата последней покупки', 'reasonNotDate'],
  ])('reports %j by row and column, and leaves the field out rather than guessing', (row, column, reason) => {
    const { customer, problems } = read(row);
    expect(problems).toEqual([expect.objectContaining({ row: 5, column, reason })]);
    expect(customer.name).toBe('x');
  });
});
