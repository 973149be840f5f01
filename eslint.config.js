// ESLint 9 flat config. Type-aware rules only where tsconfig.json covers the files (TS sources);
// plain JS (scripts, configs, demo) gets the cheap untyped recommended set.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// `_`-prefixed names mark intentionally unused values (e.g. interface-required parameters).
const unusedVars = [
  'error',
  {
    argsIgnorePattern: '^_',
    varsIgnorePattern: '^_',
    caughtErrorsIgnorePattern: '^_',
    destructuredArrayIgnorePattern: '^_',
  },
];

export default defineConfig([
  globalIgnores([
    'dist/',
    'storybook-static/',
    'node_modules/',
    'coverage/',
    'demo/.data/',
    '**/*.d.ts',
    'custom-elements.json',
    // Apps that install the packed tarball; type-checked there by scripts/consumer-check.mjs.
    'test/consumer/',
  ]),

  {
    files: [
      'src/**/*.ts',
      'test/**/*.ts',
      'stories/**/*.ts',
      '.storybook/**/*.ts',
      'demo/**/*.ts',
      'vite.config.ts',
    ],
    extends: [
      tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      wc.configs['flat/recommended'],
      litA11y.configs.recommended,
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    // Lets the wc rules treat Lit components as custom elements.
    settings: { wc: { elementBaseClasses: ['LitElement'] } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': unusedVars,
    },
  },

  {
    // chai assertions like `expect(x).to.be.true` are expressions by design, and
    // @open-wc/testing's chai plugins type every assertion as thenable, so no-floating-promises
    // would flag each one. JSON read back from the RP is `any` by nature.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unused-expressions': 'off',
      '@typescript-eslint/no-floating-promises': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },

  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    extends: [js.configs.recommended],
    languageOptions: { globals: globals.node },
    rules: { 'no-unused-vars': unusedVars },
  },

  {
    // Demo pages run in the browser too.
    files: ['demo/**/*.js'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
]);
