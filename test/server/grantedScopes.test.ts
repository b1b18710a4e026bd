import { manifestScopes } from '../../src/local/localHost';
import { SCOPE } from '../../src/local/scopeTable';
import { demoCustomerTable } from '../../src/local/demo/demoCustomers';
import { submitFormResponse } from '../../src/local/formSubmissions';
import { formTemplate } from '../../src/core/forms/formTemplate';
import type { SidebarState } from '../../src/server/sidebarState';
import { addonHost, putTable } from '../support/addonHost';

/**
 * Granular consent: a user may grant some of the manifest's scopes and not others
 * (https://developers.google.com/apps-script/concepts/scopes#handle-granular). Each action checks
 * what it needs before it starts: a missing permission is named in plain words, with the way to
 * give it, in the user's language; the actions that do not need it keep working, and no action
 * ever reaches Google's own refusal halfway through its work.
 */
const manifest = manifestScopes();

function hostWithout(scope: string, locale = 'en') {
  const host = addonHost({ grantedScopes: manifest.filter((s) => s !== scope), user: { email: 'owner@example.com', locale } });
  putTable(host, 'Customers', demoCustomerTable());
  return host;
}

type Attempt = { name: string; args: unknown[] };
const attempt = (name: string, ...args: unknown[]): Attempt => ({ name, args });

/** Actions a user starts from the menu or the sidebar, with the permission each needs besides the spreadsheet. */
const ACTIONS: [Attempt, string[]][] = [
  [attempt('showSidebar'), [SCOPE.containerUi]],
  [attempt('showCleaningPanel'), [SCOPE.containerUi]],
  [attempt('getSidebarState'), [SCOPE.spreadsheetsCurrent]],
  [attempt('getCleaningPanel'), [SCOPE.spreadsheetsCurrent]],
  [attempt('getNpsReport', { by: 'month' }), [SCOPE.spreadsheetsCurrent]],
  [attempt('getInsights'), [SCOPE.spreadsheetsCurrent]],
  [attempt('getPrivacyPanel'), [SCOPE.spreadsheetsCurrent]],
  [attempt('exportCustomerData', 'C-0001'), [SCOPE.spreadsheetsCurrent]],
  [attempt('setUpCustomerSheet'), [SCOPE.spreadsheetsCurrent, SCOPE.scriptApp]],
  [attempt('createForm'), [SCOPE.spreadsheetsCurrent, SCOPE.forms, SCOPE.scriptApp]],
  [attempt('scheduleBackups', { every: 'day', hour: 2 }), [SCOPE.spreadsheetsCurrent, SCOPE.scriptApp, SCOPE.userEmail]],
  [attempt('getAuditPanel'), [SCOPE.spreadsheetsCurrent, SCOPE.scriptApp]],
  [attempt('setAuditedEditing', true, 'owner'), [SCOPE.spreadsheetsCurrent, SCOPE.scriptApp, SCOPE.userEmail]],
];

/** What each permission is called in the English message. */
const PLAIN_WORDS: Record<string, string> = {
  [SCOPE.spreadsheetsCurrent]: 'see and edit this spreadsheet',
  [SCOPE.containerUi]: 'show its sidebar and dialogs in Google Sheets',
  [SCOPE.forms]: 'create and edit your Google Forms',
  [SCOPE.driveFile]: 'keep the backup files it creates in your Google Drive',
  [SCOPE.scriptApp]: 'run on its own while you are away',
  [SCOPE.sendMail]: 'send email as you',
  [SCOPE.userEmail]: 'see your email address',
};

function outcome(host: ReturnType<typeof hostWithout>, { name, args }: Attempt): string {
  try {
    host.run(name, ...args);
    return 'done';
  } catch (error) {
    return (error as Error).message;
  }
}

describe.each(manifest)('with %s withheld', (withheld) => {
  it.each(ACTIONS.map(([action, needs]) => [action.name, action, needs] as const))('%s says what is missing, or works', (_name, action, needs) => {
    const result = outcome(hostWithout(withheld), action);
    if (needs.includes(withheld)) {
      expect(result).toContain(`This needs a permission you have not given Clientele: ${PLAIN_WORDS[withheld]}`);
      expect(result).toContain('open Extensions › Clientele again and click Allow in the Google authorisation window');
      expect(result).toMatch(/https:\/\/script\.google\.com\/\S+$/);
    } else {
      expect(result).toBe('done');
    }
  });
});

describe('a partial grant in the user’s language', () => {
  it('names the missing permission in Russian', () => {
    const host = hostWithout(SCOPE.forms, 'ru');
    expect(outcome(host, attempt('createForm'))).toMatch(/^Для этого нужно разрешение, которое вы не дали Clientele: создавать и изменять ваши Google Формы\. Для этого снова откройте «Расширения › Clientele»/);
    expect(outcome(host, attempt('getCleaningPanel'))).toBe('done');
  });

  it('names every missing permission of an action, in Chinese', () => {
    const host = addonHost({ grantedScopes: manifest.filter((s) => s !== SCOPE.forms && s !== SCOPE.scriptApp), user: { email: 'owner@example.com', locale: 'zh_CN' } });
    expect(outcome(host, attempt('createForm'))).toContain('此操作需要您尚未授予 Clientele 的权限：创建和编辑您的 Google 表单；在您不在时自行运行');
  });

  it('checks before it starts: nothing is written when a permission is missing', () => {
    const host = addonHost({ grantedScopes: manifest.filter((s) => s !== SCOPE.scriptApp) });
    expect(outcome(host, attempt('setUpCustomerSheet'))).toContain('run on its own while you are away');
    expect(host.spreadsheetApp.getActiveSpreadsheet()!.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
  });
});

describe('triggers with a partial grant', () => {
  it('the form trigger captures nothing, does not fail, and leaves the response on the form’s sheet', () => {
    const host = hostWithout(SCOPE.spreadsheetsCurrent);
    host.scopeGrant.grant([SCOPE.spreadsheetsCurrent]);
    host.run('createForm');
    const partial = addonHost({ grantedScopes: manifest.filter((s) => s !== SCOPE.spreadsheetsCurrent) });
    partial.importState(host.exportState());
    partial.spreadsheetApp.setActiveSpreadsheet(host.activeSpreadsheetId()!);
    const submitted = submitFormResponse(partial, partial.formApp.listForms()[0]!.id, { [formTemplate('en').questions[0]!.title]: 'Ana Lee' });
    expect(submitted.handlerResults).toEqual([null]);
    expect(partial.mailApp.outbox).toEqual([]);
    const customers = partial.spreadsheetApp.getActiveSpreadsheet()!.getSheetByName('Customers')!;
    expect(customers.getDataRange().getValues().flat()).not.toContain('Ana Lee');
  });

  it('the scheduled backup stops with a message the owner then sees on the sidebar, until the permission is given', () => {
    const host = hostWithout(SCOPE.driveFile);
    host.run('scheduleBackups', { every: 'day', hour: 2 });
    const trigger = host.scriptApp.listTriggers().find((t) => t.handler === 'runScheduler')!;
    const result = host.fireTrigger(trigger.id) as { kind: string; message: string };
    expect(result.kind).toBe('permission-missing');
    expect(result.message).toMatch(/^The scheduled backup did not run: it needs a permission you have not given Clientele: keep the backup files it creates in your Google Drive\./);
    expect(host.run<SidebarState>('getSidebarState').permissionNotice).toBe(result.message);
    host.scopeGrant.grant([SCOPE.driveFile]);
    expect(host.run<SidebarState>('getSidebarState').permissionNotice).toBeNull();
  });

  it('edit stamping does nothing and says why when the spreadsheet permission is missing', () => {
    const host = hostWithout(SCOPE.spreadsheetsCurrent);
    const result = host.run('onCustomerEdit', { range: null });
    expect(result).toEqual({ kind: 'permission-missing', message: expect.stringMatching(/^Edit stamping did not run: it needs a permission you have not given Clientele: see and edit this spreadsheet\./), url: expect.any(String) });
  });
});
