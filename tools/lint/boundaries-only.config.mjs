// The workspace's boundary rule alone, without type-aware rules, so the boundary test can lint code that
// is not saved in any tsconfig.
import nx from '@nx/eslint-plugin';
import { depConstraints } from '../../eslint.config.mjs';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': ['error', { enforceBuildableLibDependency: true, depConstraints }],
    },
  },
];
