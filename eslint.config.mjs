// Lint: TypeScript rules plus the import boundaries of the architecture (imports flow one way).
import tseslint from 'typescript-eslint'
import importX from 'eslint-plugin-import-x'
import appRules from './scripts/eslint/layers.mjs'

const NODE_BUILTINS = ['fs', 'path', 'crypto', 'http', 'https', 'os', 'child_process', 'stream', 'url', 'util', 'zlib', 'buffer', 'events', 'net', 'worker_threads']
const pattern = (group, message) => ({ group, message })
// A mini-program page path: 'pages/<name>/…' or 'packages/<sub>/pages/<name>/…' (esquery regex).
const PAGE_PATH = '/(^|\\/)(packages\\/[\\w-]+\\/)?pages\\/[\\w-]+/'
const PAGE_PATH_MESSAGE = 'Page paths come from the route table: use paths.* (or pagePath) from src/core/routes.ts.'
const PAGE_PATH_RULES = [
  { selector: `Literal[value=${PAGE_PATH}]`, message: PAGE_PATH_MESSAGE },
  { selector: `TemplateElement[value.raw=${PAGE_PATH}]`, message: PAGE_PATH_MESSAGE }
]

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', '.data/**', '.cache/**', 'test-results/**', 'scripts/**', '*.config.js', 'babel.config.js'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }]
    }
  },
  {
    // The pure domain: no platform, SDK, I/O or Node built-ins.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        paths: NODE_BUILTINS.map((name) => ({ name, message: 'src/core is pure: no Node built-ins.' })),
        patterns: [
          pattern(['node:*'], 'src/core is pure: no Node built-ins.'),
          pattern(['@tarojs/*', 'react', 'react-dom', '@nutui/*'], 'src/core must not import the UI platform.'),
          pattern(['@cloudbase/*', 'wx-server-sdk', 'better-sqlite3', 'exceljs'], 'src/core must not import SDKs or storage.'),
          pattern(['**/services/**', '**/features/**', '**/pages/**', '**/packages/**', '**/backend/**', '**/cloudfunctions/**', '**/local/**'], 'src/core imports nothing outside src/core.')
        ]
      }],
      'no-restricted-globals': ['error', { name: 'fetch', message: 'No I/O in src/core.' }, { name: 'wx', message: 'No platform APIs in src/core.' }]
    }
  },
  {
    // The mini-program never reaches into the backend, functions or the local server.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/core/**'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['**/backend/**', '**/cloudfunctions/**', '**/local/**'], 'The mini-program talks to the backend only through src/services/api.'),
          pattern(['node:*', '@cloudbase/*', 'better-sqlite3', 'exceljs'], 'Server-only module in the mini-program.')
        ]
      }]
    }
  },
  {
    // The backend never imports UI code.
    files: ['backend/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['@tarojs/*', 'react', '@nutui/*', '**/src/services/**', '**/src/features/**', '**/src/pages/**', '**/local/server*', '**/local/main*', '**/local/inbox-page*'], 'The backend does not import UI or local-server code.')
        ]
      }]
    }
  },
  {
    // A cloud function must never pull in the local-only SQLite runtime.
    files: ['cloudfunctions/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', {
        patterns: [
          pattern(['better-sqlite3', '**/adapters/sqlite/**', '**/adapters/local/**', '**/runtime/local', '**/runtime/local.ts'], 'Cloud functions must not import the local runtime or SQLite.'),
          pattern(['@tarojs/*', 'react', '**/src/services/**'], 'Cloud functions do not import UI code.')
        ]
      }]
    }
  },
  {
    // Features talk through their public index; src imports flow one way (scripts/eslint/layers.mjs).
    files: ['src/**/*.{ts,tsx}'],
    plugins: { app: appRules },
    rules: { 'app/layers': 'error' }
  },
  {
    // No import cycles anywhere in the product code (a cycle is how two features or layers end up
    // depending on each other without anyone deciding so).
    files: ['src/**/*.{ts,tsx}', 'backend/**/*.ts', 'cloudfunctions/**/*.ts', 'local/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })]
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] }
  },
  {
    // Page paths live in the route table only (src/core/routes.ts): every link is built with
    // `paths.*`, so a page moves in one place and every query value is encoded.
    files: ['src/**/*.{ts,tsx}', 'backend/**/*.ts', 'cloudfunctions/**/*.ts', 'local/**/*.ts'],
    ignores: ['src/core/routes.ts'],
    rules: { 'no-restricted-syntax': ['error', ...PAGE_PATH_RULES] }
  },
  {
    // Screens call platform APIs only through src/services, one typed wrapper per API (Taro's
    // page hooks such as useDidShow are imported by name and stay allowed).
    files: ['src/features/**/*.{ts,tsx}', 'src/pages/**/*.{ts,tsx}', 'src/packages/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': ['error', ...PAGE_PATH_RULES,
        { selector: "MemberExpression[object.name='Taro']", message: 'Platform APIs are called only through src/services (one typed wrapper per API).' }
      ]
    }
  },
  {
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
