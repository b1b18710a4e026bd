import { runClientele, scratchFolder } from './runClientele';

jest.setTimeout(120_000);

// Today is Wednesday 4 March 2026 (the CLI's zone is UTC). C-2's birth date is written in Solar
// Hijri: 15 Esfand recurs on 6 March 2026 (15 Esfand 1404). C-3 did not consent and C-6 said no:
// neither is in any list. C-4 was born on 29 February: in 2026 that is 28 February, outside the week.
const CUSTOMERS = [
  'Customer ID,Name,Email,Phone,Country,Date of birth,Marketing consent,Created,Last purchase,Total spent',
  'C-1,Айгерим,aigerim@example.kz,+7 701 234 5678,KZ,1990-03-05,да,2020-03-08,2026-03-01,54000',
  'C-2,مریم,maryam@example.ir,+98 912 345 6789,IR,۱۳۷۰/۱۲/۱۵,بله,2021-01-01,2025-10-01,1000',
  'C-3,王芳,wang@example.cn,,CN,1988-03-07,否,2019-03-06,2025-01-01,3680',
  'C-4,Dana,dana@example.com,,KZ,2000-02-29,yes,2024-03-09,2025-12-01,500',
  'C-5,Bat,bat@example.mn,,MN,1995-03-11,yes,,2026-02-20,100',
  'C-6,Erlan,erlan@example.kz,,KZ,1991-03-06,,2019-03-05,2024-01-01,9000',
].join('\n');
const PURCHASES = [
  'Дата,Клиент,Сумма,Товар или услуга',
  '2025-08-01,C-1,12000,check-up',
  '2025-12-01,dana@example.com,5000,Стрижка',
  '2026-02-20,C-5,100,стрижка',
  '2025-01-01,C-3,100,check-up',
  '2026-02-21,Somebody,100,стрижка',
].join('\n');

describe('clientele today', () => {
  const scratch = scratchFolder();
  afterAll(() => scratch.cleanUp());

  it('lists this week’s birthdays on their Gregorian dates, in each customer’s calendar, and only consented customers', () => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('purchases.csv', PURCHASES);
    const run = runClientele(['today', 'customers.csv', '--purchases', 'purchases.csv', '--today', '2026-03-04', '--recalls', 'check-up: 180 days; стрижка: 30 дней', '--json'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    const digest = JSON.parse(run.stdout);
    for (const key of ['birthdays', 'recallsDue', 'followUpsDue', 'detractors', 'winBack']) expect(Array.isArray(digest[key])).toBe(true);
    expect(digest.birthdays).toEqual([
      { id: 'C-1', name: 'Айгерим', date: '2026-03-05', years: 36, calendar: 'gregorian' },
      { id: 'C-2', name: 'مریم', date: '2026-03-06', years: 34, calendar: 'jalali' },
      { id: 'C-5', name: 'Bat', date: '2026-03-11', years: 31, calendar: 'gregorian' },
    ]);
    expect(digest.recallsDue.map((r: { id: string; service: string; lastVisit: string }) => [r.id, r.service, r.lastVisit])).toEqual([
      ['C-4', 'стрижка', '2025-12-01'],
      ['C-1', 'check-up', '2025-08-01'],
    ]);
    expect(digest.anniversaries.map((a: { id: string; date: string }) => [a.id, a.date])).toEqual([['C-1', '2026-03-08'], ['C-4', '2026-03-09']]);
    const everyone = ['birthdays', 'anniversaries', 'recallsDue', 'followUpsDue', 'detractors', 'winBack', 'tierChanges'].flatMap((key) => digest[key].map((e: { id: string }) => e.id));
    expect(everyone).not.toContain('C-3');
    expect(everyone).not.toContain('C-6');
    expect(digest.withheld).toBe(2);
    expect(run.stderr).toContain('purchases.csv: rows that name no customer by ID, email or phone, left out: 1');
  });

  it('reads every row of a purchases file saved from Google Sheets, not what its Counted column says that sheet counted', () => {
    // Saved from a sheet Clientele kept (the customers' Purchases column, the Counted column), then edited: C-1's check-up moved to C-4.
    scratch.file('kept-customers.csv', CUSTOMERS.split('\n').map((line, i) => `${line},${i === 0 ? 'Purchases' : '1'}`).join('\n'));
    const counted = JSON.stringify(['C-1', Date.UTC(2025, 7, 1), 12000, '']).replace(/"/g, '""');
    scratch.file('kept-purchases.csv', ['Date,Customer,Amount,Item,Counted', `2025-08-01,C-4,12000,check-up,"${counted}"`].join('\n'));
    const run = runClientele(['today', 'kept-customers.csv', '--purchases', 'kept-purchases.csv', '--today', '2026-03-04', '--recalls', 'check-up: 180 days', '--json'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).recallsDue.map((r: { id: string }) => r.id)).toEqual(['C-4']);
  });

  it('prints the digest as the owner’s email reads it, in the chosen language, with the week’s festivals', () => {
    scratch.file('customers.csv', CUSTOMERS);
    const run = runClientele(['today', 'customers.csv', '--today', '2026-03-18', '--lang', 'ru', '--region', 'KZ'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('Clientele: ваш день, 2026-03-18');
    expect(run.stdout).toContain('Праздники на этой неделе');
    expect(run.stdout).toContain('Навруз, 2026-03-21: поздравить клиентов: 1');
    expect(run.stdout).toContain('Наурыз, 2026-03-22: поздравить клиентов: 2');
    expect(run.stdout).not.toContain('Erlan');
  });

  it('takes the loyalty programme from --points-per-unit, --points-per-visit and --levels: a level reached this week is a tier change with the balance after points redeemed', () => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('purchases.csv', ['Date,Customer,Amount,Item,Points', '2026-03-02,C-1,12000,check-up,', '2026-03-03,C-1,,gift,-200'].join('\n'));
    const run = runClientele(['today', 'customers.csv', '--purchases', 'purchases.csv', '--today', '2026-03-04', '--points-per-unit', '0.1', '--points-per-visit', '10', '--levels', 'Silver: 1000; Gold: 5000', '--json'], { cwd: scratch.dir });
    expect(run).toMatchObject({ status: 0, stderr: '' });
    const change = JSON.parse(run.stdout).tierChanges.find((c: { id: string }) => c.id === 'C-1');
    expect(change).toMatchObject({ to: 'Silver', points: 1_010 });
  });

  it('refuses a level it cannot read, naming it, in the language', () => {
    scratch.file('customers.csv', CUSTOMERS);
    const run = runClientele(['today', 'customers.csv', '--levels', 'Silver: 1000; Gold', '--lang', 'ru'], { cwd: scratch.dir });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^clientele: .*Gold/u);
    expect(run.stderr).not.toMatch(/line/u);
  });

  it('reads points redeemed from a Points column and names the rows whose points it cannot read, counting neither as a purchase', () => {
    scratch.file('customers.csv', CUSTOMERS);
    scratch.file('purchases.csv', [
      'Дата,Клиент,Сумма,Товар или услуга,Баллы',
      '2025-08-01,C-1,12000,check-up,',
      '2026-03-02,C-1,,стрижка,-۲۰۰',
      '2026-03-03,C-1,500,стрижка,много',
      '2026-03-03,C-5,500,стрижка,300',
    ].join('\n'));
    const run = runClientele(['today', 'customers.csv', '--purchases', 'purchases.csv', '--today', '2026-03-04', '--recalls', 'стрижка: 30 дней', '--json'], { cwd: scratch.dir });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain('purchases.csv: rows 4, 5 have a date, amount or points that cannot be read, left out');
    // The row of points redeemed is C-1's haircut of 2 March: a visit for recalls, read, not left out.
    expect(JSON.parse(run.stdout).recallsDue.map((r: { id: string }) => r.id)).not.toContain('C-1');
  });

  it.each([
    [['today', 'customers.csv', '--today', '4 March'], /--today takes a date as YYYY-MM-DD/],
    [['today', 'customers.csv', '--purchases', 'missing.csv'], /missing\.csv/],
  ])('refuses %j with a message saying what to do', (args, message) => {
    scratch.file('customers.csv', CUSTOMERS);
    const run = runClientele(args, { cwd: scratch.dir });
    expect(run.status).not.toBe(0);
    expect(run.stderr).toMatch(message);
  });
});
