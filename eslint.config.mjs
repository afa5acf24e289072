// Lint: TypeScript rules plus the import boundaries of the architecture (imports flow one way).
import tseslint from 'typescript-eslint'

const NODE_BUILTINS = ['fs', 'path', 'crypto', 'http', 'https', 'os', 'child_process', 'stream', 'url', 'util', 'zlib', 'buffer', 'events', 'net', 'worker_threads']
const pattern = (group, message) => ({ group, message })

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
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' }
  }
)
