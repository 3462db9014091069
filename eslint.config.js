// Lint for Newsdesk: the house style (/work/shared/STYLE.md) as rules, type-aware for the TypeScript
// code (typescript-eslint's recommendedTypeChecked), and the process boundaries (which folder may
// import what) that tests/unit/boundaries.test.ts also checks.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url'];

const electronImport = {
  paths: [{ name: 'electron', message: 'Only electron/main and electron/preload may import electron.' }],
  patterns: [{ group: ['electron/*'], message: 'Only electron/main and electron/preload may import electron.' }],
};

const nodeImport = {
  paths: nodeBuiltins.map((name) => ({ name, message: 'Node builtins stay out of code that runs in the renderer.' })),
  patterns: [{ group: ['node:*'], message: 'Node builtins stay out of code that runs in the renderer.' }],
};

/** The options of `no-restricted-imports` that join several boundaries. */
function restrictedImports(...parts) {
  return {
    paths: parts.flatMap((part) => part.paths ?? []),
    patterns: parts.flatMap((part) => part.patterns ?? []),
  };
}

const betterSqlite = { paths: [{ name: 'better-sqlite3', message: 'SQLite belongs to electron/core.' }] };

export default tseslint.config(
  { ignores: ['dist/', 'release/', 'native/', 'node_modules/', 'test-results/', 'playwright-report/', '.prof/'] },

  js.configs.recommended,

  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },

  {
    files: ['**/*.ts', '**/*.tsx'],
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/consistent-type-imports': ['error', { prefer: 'type-imports', fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-non-null-assertion': 'error',
      // Callbacks in props and services are function-typed properties, so passing them on is safe (unbound-method).
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },

  {
    files: ['**/*.{js,cjs,ts,tsx}'],
    rules: {
      eqeqeq: 'error',
    },
  },

  {
    files: ['renderer/src/**/*.{ts,tsx}', 'tests/editor/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'warn',
    },
  },

  {
    // Test stubs implement async interfaces without awaiting, and Vitest's asymmetric matchers
    // (expect.stringContaining, expect.any) are typed `any`; the other no-unsafe-* rules stay on.
    files: ['tests/**/*.{ts,tsx}'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  {
    files: ['electron/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', restrictedImports(electronImport)] },
  },
  {
    files: ['electron/shared/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(electronImport, nodeImport, betterSqlite, {
          patterns: [
            { group: ['@tiptap/html/server'], message: 'electron/shared runs in the renderer too; the server renderer belongs to electron/core.' },
            { regex: '^(\\.\\./)+(electron/)?(core|main)(/|$)', message: 'electron/shared must not reach into electron/core or electron/main.' },
          ],
        }),
      ],
    },
  },
  {
    files: ['renderer/src/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(electronImport, nodeImport, betterSqlite, {
          patterns: [{ regex: '^(\\.\\./)+electron/(core|main|preload)(/|$)', message: 'The renderer reaches only electron/shared, through the preload API.' }],
        }),
      ],
    },
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        restrictedImports(betterSqlite, {
          patterns: [{ regex: '^(\\.\\./)+(electron/)?core(/|$)', message: 'The preload runs sandboxed: it must not import the engine.' }],
        }),
      ],
    },
  },
);
