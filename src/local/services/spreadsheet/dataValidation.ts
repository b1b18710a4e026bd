import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import type { CellValue } from './cellValues';
import { displayText } from './displayFormat';
import { DataValidationCriteria, type DataValidationCriteriaName } from './enums';

/** A validation rule as stored on cells: immutable, shared by every cell it was set on. */
export interface ValidationModel {
  readonly criteria: DataValidationCriteriaName;
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string | null;
}

type ValidationMethods = 'getAllowInvalid' | 'getCriteriaValues';

/**
 * Left out of Faithful: `getCriteriaType()` (Google types it as a numeric enum, the local host
 * uses names) and `getHelpText()` (typed `string`, documented as null when no help text is set).
 */
export class LocalDataValidation implements Faithful<GoogleAppsScript.Spreadsheet.DataValidation, ValidationMethods> {
  constructor(
    private readonly ctx: HostContext,
    readonly model: ValidationModel,
  ) {}

  getCriteriaType(): DataValidationCriteriaName {
    return this.model.criteria;
  }

  getCriteriaValues(): unknown[] {
    return structuredClone([...this.model.args]);
  }

  getAllowInvalid(): boolean {
    return this.model.allowInvalid;
  }

  getHelpText(): string | null {
    return this.model.helpText;
  }

  copy(): LocalDataValidationBuilder {
    const builder = new LocalDataValidationBuilder(this.ctx);
    builder.draft = { ...this.model, args: structuredClone([...this.model.args]) };
    return counted('DataValidationBuilder', builder, this.ctx.calls);
  }
}

type BuilderMethods =
  | 'requireTextIsEmail'
  | 'requireNumberBetween'
  | 'requireValueInList'
  | 'requireCheckbox'
  | 'requireDate'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'build';

export class LocalDataValidationBuilder implements Faithful<GoogleAppsScript.Spreadsheet.DataValidationBuilder, BuilderMethods> {
  // developers.google.com/apps-script/reference/spreadsheet/data-validation-builder#setallowinvalidallowinvalid:
  // "The default for a new data validation rule is true."
  draft: { criteria: DataValidationCriteriaName | null; args: readonly unknown[]; allowInvalid: boolean; helpText: string | null } = {
    criteria: null,
    args: [],
    allowInvalid: true,
    helpText: null,
  };

  constructor(private readonly ctx: HostContext) {}

  /** Chained calls hand the script the counted wrapper again, never the raw builder. */
  private wrapped(): this {
    return counted('DataValidationBuilder', this, this.ctx.calls);
  }

  private require(criteria: DataValidationCriteriaName, args: unknown[]): this {
    this.draft = { ...this.draft, criteria, args };
    return this.wrapped();
  }

  requireTextIsEmail(): this {
    return this.require(DataValidationCriteria.TEXT_IS_VALID_EMAIL, []);
  }

  requireNumberBetween(start: number, end: number): this {
    return this.require(DataValidationCriteria.NUMBER_BETWEEN, [start, end]);
  }

  requireValueInList(values: string[], showDropdown?: boolean): this {
    return this.require(DataValidationCriteria.VALUE_IN_LIST, [[...values], showDropdown ?? true]);
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): this {
    const args = checkedValue === undefined ? [] : uncheckedValue === undefined ? [checkedValue] : [checkedValue, uncheckedValue];
    return this.require(DataValidationCriteria.CHECKBOX, args);
  }

  requireDate(): this {
    return this.require(DataValidationCriteria.DATE_IS_VALID_DATE, []);
  }

  setAllowInvalid(allowInvalidData: boolean): this {
    this.draft = { ...this.draft, allowInvalid: allowInvalidData };
    return this.wrapped();
  }

  setHelpText(helpText: string): this {
    this.draft = { ...this.draft, helpText };
    return this.wrapped();
  }

  build(): LocalDataValidation {
    const { criteria, args, allowInvalid, helpText } = this.draft;
    if (criteria === null) throw new Error('You must specify a validation criteria before building the rule.');
    return counted('DataValidation', new LocalDataValidation(this.ctx, { criteria, args, allowInvalid, helpText }), this.ctx.calls);
  }
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Why a value fails a rule, in the words Sheets shows a person typing it, or null
 * when it passes. An emptied cell always passes: Sheets lets anyone clear a cell.
 */
export function validationFailure(rule: ValidationModel, value: CellValue | undefined, timeZone: string): string | null {
  if (value === undefined || value === '') return null;
  const explain = (fallback: string) => rule.helpText ?? fallback;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      const list = (rule.args[0] as unknown[] | undefined) ?? [];
      const text = displayText(value, undefined, timeZone);
      return list.some((item) => String(item) === text) ? null : explain('Input must be an item on the specified list.');
    }
    case 'NUMBER_BETWEEN': {
      const [low, high] = rule.args as [number, number];
      return typeof value === 'number' && value >= low && value <= high ? null : explain(`Input must be between ${low} and ${high}.`);
    }
    case 'TEXT_IS_VALID_EMAIL':
      return typeof value === 'string' && EMAIL.test(value) ? null : explain('Input must be a valid email address.');
    case 'DATE_IS_VALID_DATE':
      return value instanceof Date ? null : explain('Input must be a valid date.');
    case 'CHECKBOX': {
      const allowed = rule.args.length === 0 ? [true, false] : rule.args.length === 1 ? [rule.args[0], ''] : [...rule.args];
      return allowed.some((a) => a === value || String(a) === displayText(value, undefined, timeZone))
        ? null
        : explain('Input must be a checkbox value.');
    }
    default:
      // Criteria the add-on never builds are not checked locally.
      return null;
  }
}
