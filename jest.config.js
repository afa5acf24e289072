/** Jest projects: one per test layer. `npm test` (scripts/test.mjs) builds what the layers need first. */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2020' }, module: { type: 'commonjs' } }]
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  moduleNameMapper: { '^@/(.*)$': '<rootDir>/src/$1' },
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transformIgnorePatterns: ['/node_modules/(?!(chinese-days)/)']
}
module.exports = {
  projects: [
    { ...base, displayName: 'core', testEnvironment: 'node', testMatch: ['<rootDir>/test/core/**/*.test.ts'] },
    { ...base, displayName: 'build', testEnvironment: 'node', testMatch: ['<rootDir>/test/build/**/*.test.ts'] },
    { ...base, displayName: 'backend', setupFilesAfterEnv: ['<rootDir>/test/backend/setup-timeout.ts'], testEnvironment: 'node', testMatch: ['<rootDir>/test/backend/**/*.test.ts'] },
    // jsdom would pick packages' browser builds (ESM); the handlers under test are Node code.
    { ...base, displayName: 'weapp', setupFilesAfterEnv: ['<rootDir>/test/weapp/setup-timeout.ts'], testEnvironment: 'jsdom', testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] }, testMatch: ['<rootDir>/test/weapp/**/*.test.ts'] },
    { ...base, displayName: 'e2e', testEnvironment: 'node', testMatch: ['<rootDir>/test/e2e/**/*.test.ts'] }
  ]
}
