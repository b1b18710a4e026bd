import { LANGUAGES, type Language } from './languages';
import { messagesFor, type MessageKey } from './messages';

/**
 * The sheets Clientele makes, by the English name the code calls each one by. A sheet is made
 * under its name in the user's language, and found under its name in any of the six: a sheet
 * made in English is still the Audit log after the user switches to Persian (and is not made twice).
 */
const SHEET_NAME_KEYS = {
  'Audit log': 'sheetAuditLog',
  Merged: 'sheetMerged',
  'Data quality': 'sheetDataQuality',
  'Clientele undo': 'sheetUndo',
  'Clientele rejections': 'sheetRejections',
  'Clientele labels': 'sheetLabels',
  'Clientele matching': 'sheetMatching',
  'Clientele captured': 'sheetCaptured',
  'Clientele suppression': 'sheetSuppression',
  'Privacy requests': 'sheetPrivacyRequests',
  Dashboard: 'dashboardSheet',
  'Follow-up': 'followUpSheet',
  Quarantine: 'captureQuarantineSheet',
} as const satisfies Record<string, MessageKey>;

export type ManagedSheetName = keyof typeof SHEET_NAME_KEYS;

/** Each managed sheet's names, English first, each once. */
const NAMES_OF: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries(SHEET_NAME_KEYS).map(([english, key]) => [english, [...new Set(LANGUAGES.map((language) => messagesFor(language)[key]))]]),
);

/** Any name of a managed sheet, in any language, → its English name. */
const ENGLISH_OF: ReadonlyMap<string, string> = new Map([...NAMES_OF].flatMap(([english, names]) => names.map((name) => [name, english] as const)));

/**
 * The name a sheet gets when Clientele makes it for a user of this language: a managed sheet
 * (named in any language) under its name in `language`, any other sheet under `name` itself.
 */
export function sheetNameIn(name: string, language: Language): string {
  const english = ENGLISH_OF.get(name) as ManagedSheetName | undefined;
  return english === undefined ? name : messagesFor(language)[SHEET_NAME_KEYS[english]];
}

export function isManagedSheetName(name: string): boolean {
  return ENGLISH_OF.has(name);
}

/**
 * Every name the sheet called `name` may have: for a managed sheet (named in any language), its
 * names in the six languages, English first; for any other sheet, just `name`.
 */
export function sheetNamesOf(name: string): readonly string[] {
  const english = ENGLISH_OF.get(name);
  return english === undefined ? [name] : (NAMES_OF.get(english) as readonly string[]);
}

/** Whether `name` is one of the names of the managed sheet `sheet`. */
export function isNameOf(sheet: ManagedSheetName, name: string): boolean {
  return ENGLISH_OF.get(name) === sheet;
}
