/**
 * A customer table of 12 columns with something to clean in every row (name spacing and case,
 * email case, phone format, country name, dates, amount, a no-break space), for the undo log's
 * test and its bench (bench/undoLog.bench.ts): the largest cleaning a sheet of that size can get.
 */
export const FIX_IN_EVERY_ROW_HEADER = ['ID', 'Name', 'Email', 'Phone', 'Country', 'City', 'Birthday', 'Last purchase', 'Total spent', 'Source', 'Notes', 'Tags'];
/** Cells no cleaner changes, so an undo log holding only changed cells never holds them. */
export const UNTOUCHED = { city: 'Almaty', source: 'Instagram', tags: 'regular' } as const;

const NAMES = ['  анна   ПЕТРОВА ', 'BORIS  ivanov', ' dana sultanova', 'ERLAN  NURLANOV  '];
const COUNTRIES = ['Казахстан', 'kazakhstan', 'Россия', 'Монголия'];

function customerRow(i: number): string[] {
  const digits = String(i).padStart(7, '0');
  return [
    `C-${String(i + 1).padStart(6, '0')}`,
    NAMES[i % NAMES.length]!,
    `Client${i}@Mail.KZ`,
    `8 (701) ${digits.slice(0, 3)}-${digits.slice(3, 5)}-${digits.slice(5)}`,
    COUNTRIES[i % COUNTRIES.length]!,
    UNTOUCHED.city,
    `${String(1 + (i % 28)).padStart(2, '0')}.0${1 + (i % 9)}.1990`,
    `0${1 + (i % 9)}.03.2026`,
    `1 ${String(i % 1000).padStart(3, '0')},50`,
    UNTOUCHED.source,
    i % 3 === 0 ? 'VIP\u00a0клиент' : 'постоянный  клиент',
    UNTOUCHED.tags,
  ];
}

/** The header and `count` customers. */
export function fixInEveryRow(count: number): string[][] {
  return [FIX_IN_EVERY_ROW_HEADER, ...Array.from({ length: count }, (_, i) => customerRow(i))];
}
