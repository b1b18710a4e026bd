import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/local/localHost';

const read = (file: string) => JSON.parse(readFileSync(path.join(PROJECT_ROOT, file), 'utf8'));

describe('appsscript.json', () => {
  const manifest = read('appsscript.json');

  it('asks for the fewest OAuth scopes that work (pinned: a new scope must be argued for here)', () => {
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      // Connect a Google Form: create or open a form that is not bound to this script (forms.currentonly covers only a bound form).
      'https://www.googleapis.com/auth/forms',
      // Backups: only the files the add-on itself creates.
      'https://www.googleapis.com/auth/drive.file',
      // The one onFormSubmit trigger and the one backup schedule trigger.
      'https://www.googleapis.com/auth/script.scriptapp',
      // Mail to the owner: a failed scheduled backup, and the form trigger needing authorisation again
      // (Google's add-on trigger sample); the owner's address comes from Session.getEffectiveUser.
      'https://www.googleapis.com/auth/script.send_mail',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });

  // https://developers.google.com/apps-script/guides/services/advanced: an advanced service is enabled in the manifest.
  it('enables the advanced Drive service, v3, as Drive: backups need it under drive.file (DriveApp would need the full drive scope)', () => {
    expect(manifest.dependencies).toEqual({ enabledAdvancedServices: [{ userSymbol: 'Drive', version: 'v3', serviceId: 'drive' }] });
  });

  it('runs on V8 with exception logging', () => {
    expect(manifest).toMatchObject({ runtimeVersion: 'V8', exceptionLogging: 'STACKDRIVER' });
    expect(typeof manifest.timeZone).toBe('string');
  });

  it('is pushed as built', () => {
    expect(read('dist/appsscript.json')).toEqual(manifest);
  });
});

describe('clasp configuration', () => {
  it.each(['.clasp.json', '.clasp.prod.json'])('%s pushes dist/', (file) => {
    expect(read(file).rootDir).toBe('dist');
  });
});
