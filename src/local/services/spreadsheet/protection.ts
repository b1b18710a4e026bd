import type { HostContext } from '../../hostContext';
import type { Faithful } from '../../faithful';
import { counted } from '../../countedService';
import type { LocalSheet } from './localSheet';
import type { LocalRange } from './localRange';
import { ProtectionType, type ProtectionTypeName } from './enums';
import { googleErrors } from './googleErrors';

/** A rectangle of cells, 1-based and inclusive of its first row/column. */
export interface CellRect {
  top: number;
  left: number;
  height: number;
  width: number;
}

export const rectContains = (rect: CellRect, row: number, column: number): boolean =>
  row >= rect.top && row < rect.top + rect.height && column >= rect.left && column < rect.left + rect.width;

/**
 * How a protected rectangle follows rows or columns inserted (count > 0) or
 * deleted (count < 0) at a 1-based position, as Sheets moves protected ranges
 * with their cells. Returns null when every cell of the rectangle was deleted.
 */
export function shiftRect(rect: CellRect, axis: 'rows' | 'columns', at: number, count: number): CellRect | null {
  const [start, size] = axis === 'rows' ? [rect.top, rect.height] : [rect.left, rect.width];
  let newStart = start;
  let newSize = size;
  if (count > 0) {
    if (at <= start) newStart = start + count;
    else if (at < start + size) newSize = size + count;
  } else {
    const removedEnd = at - count; // exclusive
    const overlap = Math.max(0, Math.min(start + size, removedEnd) - Math.max(start, at));
    newSize = size - overlap;
    if (at < start) newStart = Math.max(at, start + count);
    if (newSize === 0) return null;
  }
  return axis === 'rows' ? { ...rect, top: newStart, height: newSize } : { ...rect, left: newStart, width: newSize };
}

const domainOf = (email: string): string => email.slice(email.lastIndexOf('@') + 1).toLowerCase();

/** A person as protections list them. */
export class LocalProtectionEditor implements Faithful<GoogleAppsScript.Base.User, 'getEmail'> {
  constructor(private readonly email: string) {}

  getEmail(): string {
    return this.email;
  }
}

type ProtectionMethods =
  | 'getDescription'
  | 'setDescription'
  | 'isWarningOnly'
  | 'setWarningOnly'
  | 'getRange'
  | 'setRange'
  | 'setUnprotectedRanges'
  | 'addEditor'
  | 'addEditors'
  | 'removeEditor'
  | 'canEdit'
  | 'canDomainEdit'
  | 'setDomainEdit'
  | 'remove';

/**
 * A protected range or sheet. Outside Faithful: `getProtectionType()` (Google types
 * it as a numeric enum; the local host uses names) and the methods returning arrays
 * of local objects (`getEditors`, `getUnprotectedRanges`) or taking User[] (`removeEditors`).
 */
export class LocalProtection implements Faithful<GoogleAppsScript.Spreadsheet.Protection, ProtectionMethods> {
  description = '';
  warningOnly = false;
  /** Whether everyone in the owner's Google Workspace domain may edit (Google: off unless set). */
  domainEdit = false;
  editors: string[];
  /** Cells of a protected sheet that stay editable (sheet protections only). */
  unprotected: CellRect[] = [];

  constructor(
    private readonly ctx: HostContext,
    readonly sheet: LocalSheet,
    readonly type: ProtectionTypeName,
    /** The protected cells; null for a sheet protection, which covers the whole grid whatever its size. */
    public area: CellRect | null,
    editors: string[],
  ) {
    this.editors = [...new Set(editors)];
  }

  private wrapped(): this {
    return counted('Protection', this, this.ctx.calls);
  }

  private get owner(): string {
    return this.sheet.spreadsheet.owner;
  }

  /** Whether the protection applies to a cell (1-based). */
  covers(row: number, column: number): boolean {
    if (this.area === null) return !this.unprotected.some((rect) => rectContains(rect, row, column));
    return rectContains(this.area, row, column);
  }

  /** Whether `email` may edit despite this protection (warning-only protections block nobody). */
  allows(email: string): boolean {
    return this.warningOnly || email === this.owner || this.editors.includes(email) || (this.domainEdit && domainOf(email) === domainOf(this.owner));
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  setDomainEdit(editable: boolean): this {
    this.domainEdit = editable;
    return this.wrapped();
  }

  getProtectionType(): ProtectionTypeName {
    return this.type;
  }

  getDescription(): string {
    return this.description;
  }

  setDescription(description: string): this {
    this.description = description;
    return this.wrapped();
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  setWarningOnly(warningOnly: boolean): this {
    this.warningOnly = warningOnly;
    return this.wrapped();
  }

  getRange(): LocalRange {
    const a = this.area ?? { top: 1, left: 1, height: this.sheet.maxRows, width: this.sheet.maxColumns };
    return this.sheet.handOutRange(a.top, a.left, a.height, a.width);
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): this {
    if (this.type === ProtectionType.SHEET) throw new Error('A sheet protection cannot be given a range.');
    this.area = this.sheet.rectOf(range);
    return this.wrapped();
  }

  getUnprotectedRanges(): LocalRange[] {
    return this.unprotected.map((r) => this.sheet.handOutRange(r.top, r.left, r.height, r.width));
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): this {
    // developers.google.com/apps-script/reference/spreadsheet/protection#setunprotectedrangesranges:
    // ranges are ignored for a range protection and must be on the protected sheet.
    if (this.type === ProtectionType.SHEET) this.unprotected = ranges.map((range) => this.sheet.rectOf(range));
    return this.wrapped();
  }

  /**
   * A warning-only protection restricts nobody, so it lists no editors (gas-fakes' live-checked
   * "Protection": a new sheet protection set warning-only has getEditors().length 0); the editors
   * kept are listed again once it restricts editing.
   */
  getEditors(): LocalProtectionEditor[] {
    if (this.warningOnly) return [];
    return this.editors.map((email) => counted('User', new LocalProtectionEditor(email), this.ctx.calls));
  }

  addEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    return this.addEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }

  addEditors(emailAddresses: string[]): this {
    this.editors = [...new Set([...this.editors, ...emailAddresses])];
    return this.wrapped();
  }

  removeEditor(emailAddress: string | GoogleAppsScript.Base.User): this {
    return this.removeEditors([typeof emailAddress === 'string' ? emailAddress : emailAddress.getEmail()]);
  }

  removeEditors(emailAddresses: (string | GoogleAppsScript.Base.User)[]): this {
    // developers.google.com/apps-script/reference/spreadsheet/protection#removeeditoremailaddress:
    // "Neither the owner of the spreadsheet nor the current user can be removed."
    const keep = new Set([this.owner, this.ctx.user.email]);
    const removed = emailAddresses.map((e) => (typeof e === 'string' ? e : e.getEmail()));
    this.editors = this.editors.filter((e) => keep.has(e) || !removed.includes(e));
    return this.wrapped();
  }

  canEdit(): boolean {
    return this.allows(this.ctx.user.email);
  }

  remove(): void {
    if (!this.sheet.protections.includes(this)) throw new Error(googleErrors.protectionRemoved);
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this);
  }
}
