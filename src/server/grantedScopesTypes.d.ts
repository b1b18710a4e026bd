/**
 * Granular-consent methods Google added in January 2025 that @types/google-apps-script does
 * not declare yet (https://developers.google.com/apps-script/releases, January 08, 2025):
 * ScriptApp.getAuthorizationInfo(authMode, oAuthScopes) and AuthorizationInfo.getAuthorizedScopes().
 */
declare namespace GoogleAppsScript.Script {
  interface ScriptApp {
    getAuthorizationInfo(authMode: AuthMode, oAuthScopes: string[]): AuthorizationInfo;
  }
  interface AuthorizationInfo {
    getAuthorizedScopes(): string[] | null;
  }
}
