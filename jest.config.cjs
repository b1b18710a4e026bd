/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.[tj]s$': '<rootDir>/scripts/jest-esbuild-transform.cjs' },
  transformIgnorePatterns: ['/node_modules/(?!(zod)/)'],
  globalSetup: '<rootDir>/test/globalSetup.cjs',
  reporters: ['default', '<rootDir>/scripts/jest-summary-reporter.cjs'],
};
