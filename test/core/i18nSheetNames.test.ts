import { LANGUAGES } from '../../src/core/i18n/languages';
import { isNameOf, sheetNameIn, sheetNamesOf, type ManagedSheetName } from '../../src/core/i18n/sheetNames';
import { MANAGED_SHEET_NAMES } from '../../src/core/backups/managedSheets';

const SHEETS: ManagedSheetName[] = [
  'Audit log', 'Merged', 'Data quality', 'Clientele undo', 'Clientele rejections', 'Clientele labels', 'Clientele matching',
  'Clientele captured', 'Clientele suppression', 'Privacy requests', 'Dashboard', 'Follow-up', 'Quarantine',
];

describe('managed sheet names (issue 19: every sheet name in the six languages)', () => {
  it.each(SHEETS)('%s has its own name in every language, and any of them finds the others', (sheet) => {
    const names = LANGUAGES.map((language) => sheetNameIn(sheet, language));
    expect(names[0]).toBe(sheet);
    for (const language of ['ru', 'fa', 'zh'] as const) expect(sheetNameIn(sheet, language)).not.toBe(sheet);
    for (const name of names) {
      expect(sheetNamesOf(name)).toEqual([...new Set(names)]);
      expect(isNameOf(sheet, name)).toBe(true);
      // Made in one language, named in another: a user's switch of language renames nothing.
      for (const language of LANGUAGES) expect(sheetNameIn(name, language)).toBe(sheetNameIn(sheet, language));
    }
  });

  it('no two managed sheets share a name in any language, and a sheet of the user keeps its own', () => {
    const all = SHEETS.flatMap((sheet) => sheetNamesOf(sheet));
    expect(new Set(all).size).toBe(all.length);
    expect(sheetNamesOf('Customers')).toEqual(['Customers']);
    expect(sheetNameIn('Customers', 'fa')).toBe('Customers');
  });

  it('backups carry the managed sheets under any of their names', () => {
    for (const sheet of ['Audit log', 'Merged', 'Data quality', 'Clientele undo', 'Privacy requests'] as const) {
      for (const language of LANGUAGES) expect(MANAGED_SHEET_NAMES).toContain(sheetNameIn(sheet, language));
    }
  });
});
