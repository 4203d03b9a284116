// The dashboard's role-check rules alone, with the Angular template parser and inline-template processor but
// without type-aware rules, so the role-check test can lint code that is not saved in any tsconfig.
import nx from '@nx/eslint-plugin';
import { roleChecks } from './role-checks.mjs';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/angular'],
  ...nx.configs['flat/angular-template'],
  ...roleChecks,
];
