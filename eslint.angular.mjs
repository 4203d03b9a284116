// Lint rules for every Angular project (the dashboard's): the workspace rules plus Angular's, with the `pr`
// selector prefix, and no role names compared by hand.
import nx from '@nx/eslint-plugin';
import baseConfig from './eslint.config.mjs';
import { roleChecks } from './tools/lint/role-checks.mjs';

export default [
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...baseConfig,
  {
    files: ['**/*.ts'],
    rules: {
      '@angular-eslint/directive-selector': [
        'error',
        { type: 'attribute', prefix: 'pr', style: 'camelCase' },
      ],
      '@angular-eslint/component-selector': ['error', { type: 'element', prefix: 'pr', style: 'kebab-case' }],
    },
  },
  // What a person may see comes from the permissions map, never from role names compared by hand.
  ...roleChecks,
];
