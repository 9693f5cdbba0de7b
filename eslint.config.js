// ESLint flat config: the recommended JavaScript and TypeScript rules, without type-aware
// rules (those need the TypeScript 6 API on every file; `npm run typecheck` covers types).
import js from '@eslint/js'
import { defineConfig, globalIgnores } from 'eslint/config'
import tseslint from 'typescript-eslint'

export default defineConfig(
  globalIgnores(['dist/', 'lib/', 'coverage/', '**/*.d.ts']),
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // The few Node globals plain .js files use; TypeScript files get them from @types/node.
      globals: { process: 'readonly', console: 'readonly', URL: 'readonly' }
    },
    rules: {
      // `_name` marks a parameter an interface requires but this implementation does not use.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      // Terminal escapes (the CLI's progress line) and XML-forbidden control characters (the
      // simulator) are matched on purpose.
      'no-control-regex': 'off'
    }
  }
)
