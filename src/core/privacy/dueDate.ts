/**
 * GDPR art. 12(3): a data-subject request is answered "within one month of receipt". One month
 * after a day is the same day of the next month, or that month's last day when it has no such
 * day (31 January → 28 or 29 February; 31 March → 30 April). Days are calendar days as
 * YYYY-MM-DD in the spreadsheet's time zone, so no time zone shifts them.
 */
export function oneMonthAfter(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextYear = month === 12 ? year + 1 : year;
  const lastDay = new Date(Date.UTC(nextYear, nextMonth, 0)).getUTCDate();
  return `${String(nextYear).padStart(4, '0')}-${String(nextMonth).padStart(2, '0')}-${String(Math.min(date, lastDay)).padStart(2, '0')}`;
}

export function isOverdue(due: string, today: string): boolean {
  return today > due;
}
