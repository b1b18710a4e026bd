import type { CustomerField } from './customerFields';
import { recogniseColumns, type RecognisedColumns } from './headerRoles';
import type { Settings } from './settings';

/**
 * The columns of the customer sheet by role: recognised from the headers, then the
 * user's own choices from the settings on top (a chosen header that no longer exists is ignored).
 */
export function resolveColumns(headers: readonly unknown[], chosen: Settings['columns'] = {}): RecognisedColumns {
  const recognised = recogniseColumns(headers);
  const roles = { ...recognised.roles };
  for (const [field, header] of Object.entries(chosen) as [CustomerField, string][]) {
    const index = headers.findIndex((h) => typeof h === 'string' && h.trim() === header.trim());
    if (index < 0) continue;
    for (const [other, otherIndex] of Object.entries(roles) as [CustomerField, number][]) {
      if (otherIndex === index) delete roles[other];
    }
    roles[field] = index;
  }
  const taken = new Set(Object.values(roles));
  const extras = headers.map((_, index) => index).filter((index) => !taken.has(index));
  return { roles, extras };
}

/** Header text -> field, for storing the column map in the settings. */
export function columnMapOf(headers: readonly unknown[], columns: RecognisedColumns): NonNullable<Settings['columns']> {
  const map: NonNullable<Settings['columns']> = {};
  for (const [field, index] of Object.entries(columns.roles) as [CustomerField, number][]) {
    const header = headers[index];
    if (typeof header === 'string' && header.trim() !== '') map[field] = header.trim();
  }
  return map;
}
