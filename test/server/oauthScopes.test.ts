import { manifestScopes } from '../../src/local/localHost';
import { requiredScopes } from '../../src/local/permissions';
import { addonHost } from '../support/addonHost';
import { formTemplate } from '../../src/core/forms/formTemplate';
import { submitFormResponse } from '../../src/local/formSubmissions';
import { putTable } from '../support/addonHost';
import { demoCustomerTable } from '../../src/local/demo/demoCustomers';

/**
 * The manifest's scopes are the fewest that work: with all of them every action runs, and
 * each one is the only scope that allows something a user does. The host refuses calls the
 * way Apps Script does when a scope is missing.
 */
const userActions = (host: ReturnType<typeof addonHost>) => {
  host.openDocument();
  host.run('showSidebar');
  host.run('setUpCustomerSheet');
  host.run('getSidebarState');
  host.run('saveSettings', { language: 'ru', defaultCountry: 'KZ' });
  host.run('showCleaningPanel');
  host.run('getCleaningPanel');
  host.run('applyCleaning', []);
  host.run('undoLastAction');
  host.run('showDataQuality');
  host.run('getDataQuality');
  host.run('writeDataQuality');
  host.run('showFormPanel');
  host.run('createForm');
  host.run('getFormPanel');
  const formId = host.formApp.listForms()[0]!.id;
  submitFormResponse(host, formId, { [formTemplate('ru').questions[0]!.title]: 'Анна' });
  host.scriptApp.authorizationRequired = true;
  submitFormResponse(host, formId, { [formTemplate('ru').questions[0]!.title]: 'Борис' });
  // The owner follows the emailed link and authorises again.
  host.scriptApp.authorizationRequired = false;
  const contacts = { kind: 'rows', name: 'leads.csv', rows: [['Name', 'Email', 'NPS'], ['Dana', 'dana@example.kz', '9'], ['Erlan', 'erlan@example.kz', '11']] };
  host.run('showImportPanel');
  host.run('getImportSheetNames');
  host.run('previewContactImport', contacts);
  host.run('importContactRows', contacts);
  host.run('getQuarantinePanel');
  host.run('rerunQuarantined');
  host.run('discardQuarantined', [2]);
  host.run('getNpsReport', { by: 'month' });
  host.run('saveInsightSettings', { npsResponses: 'all', segmentAtRiskDays: 14 });
  host.run('getInsights');
  host.run('updateDashboard');
  host.run('updateFollowUpList');
  backupActions(host);
  // Duplicates in steps: the first saves its checkpoint in a hidden sheet, the last clears it.
  putTable(host, 'Customers', demoCustomerTable());
  host.run('getDuplicates', 0);
  host.run('getDuplicates');
  // Audited editing: a person's edit fires the installable trigger; the switch and the protection setting.
  host.run('setAuditedEditing', true, 'owner');
  host.userEdit('Customers', 2, 2, 'Гүлнар');
  host.run('getAuditPanel');
  privacyActions(host);
};

/** Privacy: find, log a request, export, preview and erase (suppression list, Audit log). */
function privacyActions(host: ReturnType<typeof addonHost>): void {
  const email = String(demoCustomerTable().find((row) => String(row[2]).includes('@'))![2]);
  const done = (result: unknown) => {
    if (typeof result === 'object' && result !== null && 'error' in result) throw new Error(`Privacy action failed: ${String(result.error)}`);
  };
  host.run('showPrivacyPanel');
  host.run('getPrivacyPanel');
  done(host.run('findCustomerForPrivacy', email));
  done(host.run('logPrivacyRequest', { kind: 'erasure', customer: email }));
  done(host.run('exportCustomerData', email));
  done(host.run('getErasurePreview', email));
  done(host.run('eraseCustomer', email));
}

/** Back up (Drive files), schedule (a trigger), and a failed scheduled run that mails the owner. */
function backupActions(host: ReturnType<typeof addonHost>): void {
  const { progress } = host.run<{ progress: { record: { id: string } } }>('backUpNow');
  host.run('getBackupsPanel');
  host.run('verifyBackup', progress.record.id);
  host.run('getRestorePreview', progress.record.id);
  host.run('scheduleBackups', { every: 'day', hour: 2 });
  // Drive is full, so the scheduled backup fails and mails the owner: the scheduler fires hourly, the backup is due at 02:00 the next day.
  host.driveFiles.storageLimitBytes = 0;
  const runs = host.letTimePass(24 * 60 * 60_000);
  host.driveFiles.storageLimitBytes = null;
  const failed = runs.find((run) => run.error);
  if (failed) throw new Error(failed.error);
}

describe('OAuth scopes', () => {
  const scopes = manifestScopes();

  it('are enough for every action', () => {
    expect(() => userActions(addonHost({ scopes }))).not.toThrow();
  });

  // Each scope is the only one of the manifest that allows some call the add-on makes, as the
  // host's scope table reads Google's reference pages (src/local/scopeTable.ts).
  it.each(scopes)('cannot do without %s', (scope) => {
    const host = addonHost({ scopes });
    userActions(host);
    const onlyThisScope = Object.keys(host.ctx.calls.snapshot()).filter((call) => {
      const needed = requiredScopes(call) ?? [];
      return needed.includes(scope) && !needed.some((other) => other !== scope && scopes.includes(other));
    });
    expect(onlyThisScope).not.toEqual([]);
  });

  it('are refused as Apps Script refuses them when the manifest lacks one', () => {
    const host = addonHost({ scopes: scopes.filter((s) => s !== 'https://www.googleapis.com/auth/script.container.ui') });
    expect(() => host.run('getSidebarState')).not.toThrow();
    // The add-on's own check asks about a scope the script does not require: Google calls that an error.
    expect(() => host.run('showSidebar')).toThrow(/is not one of the OAuth scopes this script requires/);
  });

  it('do not include the full spreadsheets scope: the add-on only touches the open spreadsheet', () => {
    expect(scopes).not.toContain('https://www.googleapis.com/auth/spreadsheets');
  });
});
