import type { Faithful } from '../faithful';
import type { HostContext, ServiceCallCounter } from '../hostContext';
import { counted } from '../countedService';

/** Quotas for Google Services: "Properties value size 9 KB / val", "Properties total storage 500 KB / property store". */
export const MAX_PROPERTY_VALUE_BYTES = 9 * 1024;
export const MAX_PROPERTY_STORE_BYTES = 500 * 1024;
export const VALUE_TOO_LARGE = 'Argument too large: value';
export const STORE_QUOTA_EXCEEDED = 'You have exceeded the property storage quota. Please remove some properties and try again.';

const utf8Length = (text: string): number => new TextEncoder().encode(text).length;

type PropertiesMethods =
  | 'getProperty' | 'setProperty' | 'setProperties' | 'getProperties' | 'getKeys' | 'deleteProperty' | 'deleteAllProperties';

/** One property store. Every value is kept as a string, as Apps Script converts what it is given. */
export class LocalProperties implements Faithful<GoogleAppsScript.Properties.Properties, PropertiesMethods> {
  readonly handle: LocalProperties;

  constructor(counter: ServiceCallCounter, private readonly store: Map<string, string>) {
    this.handle = counted('Properties', this, counter);
  }

  getProperty(key: string): string | null {
    return this.store.get(String(key)) ?? null;
  }

  setProperty(key: string, value: string): LocalProperties {
    this.write(new Map([[String(key), String(value)]]), false);
    return this.handle;
  }

  setProperties(properties: { [key: string]: string }, deleteAllOthers = false): LocalProperties {
    const entries = Object.entries(properties).map(([k, v]) => [k, String(v)] as [string, string]);
    this.write(new Map(entries), deleteAllOthers);
    return this.handle;
  }

  getProperties(): { [key: string]: string } {
    return Object.fromEntries(this.store);
  }

  getKeys(): string[] {
    return [...this.store.keys()];
  }

  deleteProperty(key: string): LocalProperties {
    this.store.delete(String(key));
    return this.handle;
  }

  deleteAllProperties(): LocalProperties {
    this.store.clear();
    return this.handle;
  }

  /** Checks the limits against the store as it would be, so a rejected write changes nothing. */
  private write(updates: Map<string, string>, replaceAll: boolean): void {
    for (const value of updates.values()) if (utf8Length(value) > MAX_PROPERTY_VALUE_BYTES) throw new Error(VALUE_TOO_LARGE);
    const next = new Map(replaceAll ? [] : this.store);
    for (const [k, v] of updates) next.set(k, v);
    let total = 0;
    for (const [k, v] of next) total += utf8Length(k) + utf8Length(v);
    if (total > MAX_PROPERTY_STORE_BYTES) throw new Error(STORE_QUOTA_EXCEEDED);
    if (replaceAll) this.store.clear();
    for (const [k, v] of updates) this.store.set(k, v);
  }
}

interface PropertiesState {
  script: Record<string, string>;
  documents: Record<string, Record<string, string>>;
  users: Record<string, Record<string, string>>;
}

/**
 * PropertiesService: one script store, one store per document (the add-on's
 * current spreadsheet) and one per user.
 */
export class LocalPropertiesService implements Faithful<GoogleAppsScript.Properties.PropertiesService, 'getScriptProperties' | 'getUserProperties'> {
  private script = new Map<string, string>();
  private documents = new Map<string, Map<string, string>>();
  private users = new Map<string, Map<string, string>>();

  /** `currentDocumentId` names the open document, or null when the script runs outside one. */
  constructor(private readonly ctx: HostContext, private readonly currentDocumentId: () => string | null) {}

  getScriptProperties(): LocalProperties {
    return new LocalProperties(this.ctx.calls, this.script).handle;
  }

  getUserProperties(): LocalProperties {
    return new LocalProperties(this.ctx.calls, storeFor(this.users, this.ctx.user.email)).handle;
  }

  /** Google: "returns null" when the script is neither bound to a document nor an add-on in one. */
  getDocumentProperties(): LocalProperties | null {
    const documentId = this.currentDocumentId();
    return documentId === null ? null : new LocalProperties(this.ctx.calls, storeFor(this.documents, documentId)).handle;
  }

  exportState(): PropertiesState {
    const plain = (stores: Map<string, Map<string, string>>) =>
      Object.fromEntries([...stores].map(([id, store]) => [id, Object.fromEntries(store)]));
    return { script: Object.fromEntries(this.script), documents: plain(this.documents), users: plain(this.users) };
  }

  importState(state: unknown): void {
    const s = state as PropertiesState;
    const maps = (stores: Record<string, Record<string, string>>) =>
      new Map(Object.entries(stores).map(([id, store]) => [id, new Map(Object.entries(store))]));
    // Stores are replaced in place: Properties objects already handed out keep pointing at live data.
    this.script.clear();
    for (const [k, v] of Object.entries(s.script)) this.script.set(k, v);
    this.documents = maps(s.documents);
    this.users = maps(s.users);
  }
}

function storeFor(stores: Map<string, Map<string, string>>, id: string): Map<string, string> {
  let store = stores.get(id);
  if (!store) {
    store = new Map();
    stores.set(id, store);
  }
  return store;
}
