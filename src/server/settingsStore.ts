import { nextCustomerNumber } from '../core/customerIds';
import { parseStoredSettings, serializeSettings, SETTINGS_PROPERTY, type LoadedSettings, type Settings } from '../core/settings';

const LAST_CUSTOMER_NUMBER_PROPERTY = 'clientele.lastCustomerNumber';
const LAST_EDIT_PROPERTY = 'clientele.lastEdit';

/**
 * The add-on's document properties, read once per execution: the settings and the
 * highest customer ID number ever issued.
 */
export class DocumentStore {
  private constructor(
    private readonly properties: GoogleAppsScript.Properties.Properties,
    private readonly stored: Record<string, string>,
  ) {}

  static open(): DocumentStore {
    const properties = PropertiesService.getDocumentProperties();
    return new DocumentStore(properties, properties.getProperties());
  }

  loadSettings(): LoadedSettings {
    return parseStoredSettings(this.stored[SETTINGS_PROPERTY] ?? null);
  }

  saveSettings(settings: Settings): void {
    this.write(SETTINGS_PROPERTY, serializeSettings(settings));
  }

  /** 0 before the first ID is issued. */
  lastCustomerNumber(): number {
    const stored = Number(this.stored[LAST_CUSTOMER_NUMBER_PROPERTY]);
    return Number.isInteger(stored) && stored > 0 ? stored : 0;
  }

  saveLastCustomerNumber(value: number): void {
    this.write(LAST_CUSTOMER_NUMBER_PROPERTY, String(value));
  }

  /**
   * Before rows leave the sheet (a merge, an erasure), their IDs count as issued: a sheet typed in
   * by hand may have no stored mark yet, and the highest ID must never be given to someone else.
   */
  rememberIssuedIds(ids: readonly unknown[]): void {
    const highest = nextCustomerNumber(ids, this.lastCustomerNumber()) - 1;
    if (highest > this.lastCustomerNumber()) this.saveLastCustomerNumber(highest);
  }

  /** A fingerprint of the last edit event stamped, so the same event fired again changes nothing. */
  lastEditFingerprint(): string {
    return this.stored[LAST_EDIT_PROPERTY] ?? '';
  }

  saveLastEditFingerprint(fingerprint: string): void {
    this.write(LAST_EDIT_PROPERTY, fingerprint);
  }

  private write(key: string, value: string): void {
    this.properties.setProperty(key, value);
    this.stored[key] = value;
  }
}
