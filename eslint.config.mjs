import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const APPS_SCRIPT_SERVICES = ['SpreadsheetApp', 'DriveApp', 'ScriptApp', 'LockService', 'PropertiesService', 'HtmlService', 'MailApp', 'Session', 'Utilities', 'FormApp', 'Logger'];
const UNDOCUMENTED_INTL = { name: 'Intl', message: 'Google does not document Apps Script\'s Intl data: use src/core/zonedDate.ts or bundled data.' };

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'node_modules/', 'coverage/', '.playground/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{cjs,mjs,js}'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', console: 'readonly', __dirname: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES, UNDOCUMENTED_INTL],
    },
  },
  {
    // Code that runs in Apps Script, whose Intl locale and time zone data Google does not document:
    // days and months go through src/core/zonedDate.ts (Intl when present, else Utilities.formatDate).
    files: ['src/server/**/*.ts'],
    rules: { 'no-restricted-globals': ['error', UNDOCUMENTED_INTL] },
  },
  {
    files: ['src/core/zonedDate.ts'],
    rules: { 'no-restricted-globals': ['error', ...APPS_SCRIPT_SERVICES] },
  },
  {
    files: ['src/core/**/*.ts', 'src/server/**/*.ts'],
    rules: {
      'no-restricted-properties': ['error', ...['localeCompare', 'toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toLocaleUpperCase', 'toLocaleLowerCase']
        .map((property) => ({ property, message: "Depends on the runtime's locale data, which Google does not document for Apps Script." }))],
    },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
);
