// ESLint 9 flat config: eslint-plugin-github's recommended and TypeScript configs, type-aware
// typescript-eslint rules as actions/checkout has them, and eslint-plugin-jest for the tests.
import github from 'eslint-plugin-github'
import jest from 'eslint-plugin-jest'
import globals from 'globals'

// github's typescript config brings typescript-eslint's parser and plugin.
export default [
  {ignores: ['dist/', 'node_modules/', '.ci/node24/', 'coverage/', '.bench/']},
  github.getFlatConfigs().recommended,
  ...github.getFlatConfigs().typescript,
  {
    languageOptions: {ecmaVersion: 'latest', globals: globals.node},
    rules: {
      // @actions/core and @actions/glob are documented as `import * as core`; tests mock modules whole.
      'import/no-namespace': 'off',
      // Log lines and errors are English by design (workflow logs); there is no translation layer.
      'i18n-text/no-en': 'off'
    }
  },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parserOptions: {projectService: true, tsconfigRootDir: import.meta.dirname}
    },
    rules: {
      // tsc --noEmit resolves the NodeNext `./x.js` specifiers to ./x.ts; the node resolver cannot.
      'import/no-unresolved': 'off',
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/explicit-function-return-type': ['error', {allowExpressions: true}],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/no-unnecessary-type-assertion': 'error',
      '@typescript-eslint/require-array-sort-compare': 'error',
      '@typescript-eslint/restrict-plus-operands': 'error'
    }
  },
  {
    files: ['__tests__/**/*.ts'],
    ...jest.configs['flat/recommended'],
    rules: {
      ...jest.configs['flat/recommended'].rules,
      // Assertion helpers are named for it, e.g. expectOneUploadedFile in the e2e tests.
      'jest/expect-expect': ['warn', {assertFunctionNames: ['expect', 'expect*']}]
    }
  }
]
