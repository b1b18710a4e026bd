/**
 * The spreadsheet's tabs by name, from one getSheets() and one getName() per tab. An action that
 * looks for several managed sheets, each under its name in six languages, would otherwise ask
 * getSheetByName (a read round trip on Apps Script) up to six times per sheet: the card asked 22
 * times. Held for one execution only: tabs are renamed, added and deleted between executions.
 */
import { sheetNamesOf } from '../core/i18n/sheetNames';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export class SheetsByName {
  private constructor(private readonly tabs: readonly { name: string; sheet: Sheet }[]) {}

  static of(spreadsheet: Spreadsheet): SheetsByName {
    return new SheetsByName(spreadsheet.getSheets().map((sheet) => ({ sheet, name: sheet.getName() })));
  }

  /** The tab called exactly `name`, as getSheetByName finds it. */
  named(name: string): Sheet | null {
    return this.tabs.find((tab) => tab.name === name)?.sheet ?? null;
  }

  /** The first of `names` (in their order) that is a tab: a sheet found under its name in any language. */
  firstOf(names: Iterable<string>): Sheet | null {
    for (const name of names) {
      const sheet = this.named(name);
      if (sheet) return sheet;
    }
    return null;
  }

  /** A managed sheet under any of its names, English first, as findRecordSheet finds it. */
  managed(name: string): Sheet | null {
    return this.firstOf(sheetNamesOf(name));
  }

  /** The first tab, in the spreadsheet's order, whose name passes `test`. */
  find(test: (name: string) => boolean): Sheet | null {
    return this.tabs.find((tab) => test(tab.name))?.sheet ?? null;
  }
}
