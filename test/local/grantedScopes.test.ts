import { LocalHost, manifestScopes } from '../../src/local/localHost';
import { SCOPE } from '../../src/local/scopeTable';
import { AUTHORIZATION_REQUIRED } from '../../src/local/services/scriptApp';

/**
 * Granular consent in ScriptApp, per its reference:
 * https://developers.google.com/apps-script/reference/script/script-app#requirescopesauthmode,-oauthscopes
 * https://developers.google.com/apps-script/reference/script/script-app#getauthorizationinfoauthmode,-oauthscopes
 * https://developers.google.com/apps-script/reference/script/authorization-info#getauthorizedscopes
 */
const manifest = manifestScopes();

function hostWithout(...withheld: string[]): { host: LocalHost; ScriptApp: GoogleAppsScript.Script.ScriptApp } {
  const host = new LocalHost({ grantedScopes: manifest.filter((scope) => !withheld.includes(scope)) });
  return { host, ScriptApp: (host.globals() as { ScriptApp: GoogleAppsScript.Script.ScriptApp }).ScriptApp };
}

describe('ScriptApp.getAuthorizationInfo(authMode, oAuthScopes)', () => {
  it('says NOT_REQUIRED, with no URL, when every requested scope was granted', () => {
    const { ScriptApp } = hostWithout(SCOPE.forms);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPE.spreadsheetsCurrent, SCOPE.containerUi]);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.NOT_REQUIRED);
    expect(info.getAuthorizationUrl()).toBeNull();
    expect(info.getAuthorizedScopes()).toEqual([SCOPE.spreadsheetsCurrent, SCOPE.containerUi]);
  });

  it('says REQUIRED with the authorisation URL, and lists the authorised ones "from the specified list"', () => {
    const { ScriptApp } = hostWithout(SCOPE.forms);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPE.spreadsheetsCurrent, SCOPE.forms]);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizationUrl()).toMatch(/^https:\/\/script\.google\.com\//);
    expect(info.getAuthorizedScopes()).toEqual([SCOPE.spreadsheetsCurrent]);
  });

  it('without a list, checks "all the script requirements" and lists every authorised scope', () => {
    const { ScriptApp } = hostWithout(SCOPE.forms, SCOPE.sendMail);
    const info = ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL);
    expect(info.getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.REQUIRED);
    expect(info.getAuthorizedScopes()).toEqual(manifest.filter((scope) => scope !== SCOPE.forms && scope !== SCOPE.sendMail));
  });

  it('never requires authorisation in another mode: "no other authorization mode requires that users grant authorization"', () => {
    const { ScriptApp } = hostWithout(SCOPE.forms);
    expect(ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.LIMITED, [SCOPE.forms]).getAuthorizationStatus()).toBe(ScriptApp.AuthorizationStatus.NOT_REQUIRED);
  });

  it('fails for a scope the script does not require: "Scopes that are invalid or not required by the script lead to an error"', () => {
    const { ScriptApp } = hostWithout();
    expect(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, [SCOPE.drive])).toThrow(/drive is not one of the OAuth scopes this script requires/);
    expect(() => ScriptApp.getAuthorizationInfo(ScriptApp.AuthMode.FULL, 'https://www.googleapis.com/auth/forms' as unknown as string[])).toThrow("The parameters (ScriptApp.AuthMode,String) don't match the method signature for ScriptApp.getAuthorizationInfo.");
  });
});

describe('ScriptApp.requireScopes and requireAllScopes', () => {
  it('return quietly when the consents are there', () => {
    const { host, ScriptApp } = hostWithout(SCOPE.forms);
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.spreadsheetsCurrent])).not.toThrow();
    expect(host.scriptApp.authorizationPrompts).toEqual([]);
  });

  it('end the execution and render a prompt for the missing consents', () => {
    const { host, ScriptApp } = hostWithout(SCOPE.forms, SCOPE.scriptApp);
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.spreadsheetsCurrent, SCOPE.forms])).toThrow(AUTHORIZATION_REQUIRED);
    expect(() => ScriptApp.requireAllScopes(ScriptApp.AuthMode.FULL)).toThrow(AUTHORIZATION_REQUIRED);
    expect(host.scriptApp.authorizationPrompts).toEqual([[SCOPE.forms], [SCOPE.forms, SCOPE.scriptApp]]);
  });

  it('let the execution go on once the user accepted the prompt', () => {
    const { host, ScriptApp } = hostWithout(SCOPE.forms);
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.forms])).toThrow(AUTHORIZATION_REQUIRED);
    host.scopeGrant.grant(host.scriptApp.authorizationPrompts[0]!);
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, [SCOPE.forms])).not.toThrow();
  });

  it('refuse a scope the script does not require', () => {
    const { ScriptApp } = hostWithout();
    expect(() => ScriptApp.requireScopes(ScriptApp.AuthMode.FULL, ['https://mail.google.com/'])).toThrow(/is not one of the OAuth scopes this script requires/);
  });
});
