import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

/*
 * Module boundaries: platform libraries know no domain; a domain library sees only the public
 * index of the contexts below it (tenancy and mail at the bottom, then identity, then audit and
 * the network operator's console); nothing but tests imports libs/testing.
 */
const depConstraints = (allowTesting) => [
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:platform'] },
  {
    sourceTag: 'type:domain',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:platform',
      ...(allowTesting ? ['type:testing'] : []),
    ],
  },
  {
    // An app's end-to-end tests may boot the other app (the API's tests run the worker too).
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: [
      'type:domain',
      'type:platform',
      ...(allowTesting ? ['type:testing', 'type:app'] : []),
    ],
  },
  {
    sourceTag: 'type:testing',
    onlyDependOnLibsWithTags: ['type:domain', 'type:platform', 'type:app', 'type:testing'],
  },
  { sourceTag: 'scope:tenancy', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:mail', onlyDependOnLibsWithTags: ['scope:shared'] },
  {
    sourceTag: 'scope:identity',
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:tenancy', 'scope:mail'],
  },
  {
    sourceTag: 'scope:audit',
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:tenancy', 'scope:identity'],
  },
  {
    sourceTag: 'scope:methodology',
    onlyDependOnLibsWithTags: ['scope:shared', 'scope:identity', 'scope:tenancy'],
  },
  {
    sourceTag: 'scope:editions',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:methodology',
      'scope:mail',
    ],
  },
  {
    sourceTag: 'scope:privacy',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:mail',
      'scope:editions',
    ],
  },
  {
    sourceTag: 'scope:participants',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:mail',
      'scope:editions',
    ],
  },
  {
    sourceTag: 'scope:evaluation',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:mail',
      'scope:editions',
      'scope:participants',
    ],
  },
  {
    sourceTag: 'scope:network',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:mail',
      'scope:editions',
      'scope:methodology',
    ],
  },
  {
    sourceTag: 'scope:mentoring',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:mail',
      'scope:editions',
      'scope:follow-up',
    ],
  },
  {
    sourceTag: 'scope:follow-up',
    onlyDependOnLibsWithTags: [
      'scope:shared',
      'scope:tenancy',
      'scope:identity',
      'scope:mail',
      'scope:editions',
    ],
  },
];

const boundaries = (allowTesting) => ({
  '@nx/enforce-module-boundaries': [
    'error',
    {
      enforceBuildableLibDependency: false,
      // The API's end-to-end tests run the worker in the same process.
      allow: allowTesting ? ['@inclusion/worker'] : [],
      depConstraints: depConstraints(allowTesting),
    },
  ],
});

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'tmp/**', 'coverage/**', '.nx/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  { plugins: { '@nx': nx } },
  {
    files: ['**/*.ts'],
    // Nest injects by constructor parameter types: with decorator metadata those imports are values.
    languageOptions: {
      parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true },
    },
    rules: {
      ...boundaries(false),
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['**/*.spec.ts', '**/test/**/*.ts', '**/testing/**/*.ts', 'tools/**/*.ts'],
    rules: { ...boundaries(true), 'no-console': 'off' },
  },
  {
    files: ['**/*.cjs', '**/*.mjs'],
    languageOptions: {
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        console: 'readonly',
        setImmediate: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  prettier,
);
