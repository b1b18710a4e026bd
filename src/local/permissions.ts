/**
 * What a script may call, as Apps Script decides it: the authorisation mode of the
 * execution (an add-on's onOpen runs in AuthMode.NONE until the user authorises it in
 * the document), the OAuth scopes in appsscript.json, and the scopes the user granted of
 * those (granular consent: https://developers.google.com/apps-script/concepts/scopes#handle-granular).
 * A call Google would refuse is refused here too, with Google's message, so a test catches a
 * missing scope, an ungranted one, or an onOpen that reads the spreadsheet before it may.
 */
import { SCOPE_TABLE, type ScopeChoice } from './scopeTable';

export type AuthMode = 'NONE' | 'LIMITED' | 'FULL';

/** In AuthMode.NONE an add-on may build its menu and read the user's locale; nothing else. */
const ALLOWED_WITHOUT_AUTHORISATION = [/^SpreadsheetApp\.getUi$/, /^Ui\.create(Addon)?Menu$/, /^Menu\./, /^Session\.getActiveUserLocale$/, /^Utilities\./, /^Logger\./];

/**
 * The scopes the project asks for and the ones the user granted. `manifest` null turns scope
 * checks off (a host for tools that run outside any project). Granted scopes outside the
 * manifest do not count: a token only ever holds scopes the project requested.
 */
export class ScopeGrant {
  private readonly granted: Set<string>;

  constructor(readonly manifest: readonly string[] | null, granted: readonly string[] | null = manifest) {
    this.granted = new Set((granted ?? manifest ?? []).filter((scope) => manifest === null || manifest.includes(scope)));
  }

  isGranted(scope: string): boolean {
    return this.manifest === null || this.granted.has(scope);
  }

  grantedScopes(): string[] {
    return this.manifest === null ? [] : this.manifest.filter((scope) => this.granted.has(scope));
  }

  /** The user accepts the authorisation prompt: every requested scope of the manifest is granted. */
  grant(scopes: readonly string[]): void {
    for (const scope of scopes) if (this.manifest === null || this.manifest.includes(scope)) this.granted.add(scope);
  }
}

/** The scopes a call needs (any one of them), or null when the host does not know the kind. */
export function requiredScopes(call: string): ScopeChoice | null {
  const dot = call.lastIndexOf('.');
  const row = SCOPE_TABLE[call.slice(0, dot)];
  if (!row) return null;
  return row.methods?.[call.slice(dot + 1)] ?? row.scopes;
}

/** Google's way of listing alternatives: one scope bare, several in parentheses joined by ||. */
function requiredPermissions(scopes: ScopeChoice): string {
  return scopes.length === 1 ? scopes[0]! : `(${scopes.join(' || ')})`;
}

/** A refused advanced-service call fails as the REST API answers it: 403 "insufficient authentication scopes". */
function restRefusal(call: string): string | null {
  const dot = call.lastIndexOf('.');
  const row = SCOPE_TABLE[call.slice(0, dot)];
  if (!row?.restResource) return null;
  const method = call.slice(dot + 1);
  return `API call to ${row.restResource}.${row.restMethods?.[method] ?? method} failed with error: Request had insufficient authentication scopes.`;
}

/**
 * Throws Google's error when the call is not allowed; returns quietly when it is. The user's
 * grant applies to the script's executions only (`grantApplies`).
 * - Not allowed in AuthMode.NONE: "You do not have permission to call X".
 * - Needs a scope the manifest lacks: "Specified permissions are not sufficient to call X.
 *   Required permissions: …" (the message Apps Script gives for explicit manifest scopes).
 * - Needs a scope the manifest has but the user did not grant: "You do not have permission to
 *   call X. Required permissions: …" (what Apps Script says when the user's authorisation does
 *   not cover a scope; Google does not document the granular-consent wording, so the host
 *   uses this one, which names the call and the scopes).
 * Every kind the host hands out has a row (a test scans the services for them), so a call
 * of a kind the table does not know comes from outside the host's services and is not checked.
 */
export function checkPermission(call: string, authMode: AuthMode, grant: ScopeGrant, grantApplies = true): void {
  const needed = requiredScopes(call);
  const listed = needed && needed.length > 0 ? `. Required permissions: ${requiredPermissions(needed)}` : '';
  if (authMode === 'NONE' && !ALLOWED_WITHOUT_AUTHORISATION.some((pattern) => pattern.test(call))) {
    throw new Error(`You do not have permission to call ${call}${listed}`);
  }
  if (grant.manifest === null || needed === null || needed.length === 0) return;
  if (!needed.some((scope) => grant.manifest!.includes(scope))) {
    throw new Error(restRefusal(call) ?? `Specified permissions are not sufficient to call ${call}${listed}`);
  }
  if (grantApplies && !needed.some((scope) => grant.isGranted(scope))) {
    throw new Error(restRefusal(call) ?? `You do not have permission to call ${call}${listed}`);
  }
}
