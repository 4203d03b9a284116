import type { ESLint, Linter } from 'eslint';
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const eslintBin = join(root, 'node_modules', 'eslint', 'bin', 'eslint.js');

/**
 * Lints `code` as if it were saved at `file`, through the real ESLint CLI and the workspace config
 * (ESLint loads its config with a dynamic import that Jest's sandbox cannot run).
 */
function boundaryMessages(file: string, code: string): Promise<Linter.LintMessage[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        eslintBin,
        '--no-config-lookup',
        '-c',
        join(__dirname, 'boundaries-only.config.mjs'),
        '--format',
        'json',
        '--stdin',
        '--stdin-filename',
        file,
      ],
      { cwd: root },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', reject);
    child.on('close', (status) => {
      // ESLint exits 1 when it reports errors: that is the case under test here.
      if (status !== 0 && status !== 1) return reject(new Error(`eslint exited ${status}: ${stderr}`));
      const [result] = JSON.parse(stdout) as ESLint.LintResult[];
      resolve(result.messages.filter((message) => message.ruleId === '@nx/enforce-module-boundaries'));
    });
    child.stdin.end(code);
  });
}

describe('module boundaries', () => {
  it('accept a domain library importing a util library', async () => {
    const messages = await boundaryMessages(
      'libs/scoring/src/lib/boundary-probe.ts',
      "import * as contracts from '@prgauge/contracts';\nexport const probe = contracts;\n",
    );
    expect(messages).toEqual([]);
  });

  it('refuse a util library importing a domain library', async () => {
    // The dashboard's i18n library: the contracts would be refused too, but as a cycle, since the scoring
    // engine imports the framework's type from them.
    const messages = await boundaryMessages(
      'libs/dashboard/shared/i18n/src/lib/boundary-probe.ts',
      "import * as scoring from '@prgauge/scoring';\nexport const probe = scoring;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/tagged with "type:util" can only depend on libs tagged with "type:util"/),
    ]);
    expect(messages[0].severity).toBe(2);
  });

  it('accept the API and a dashboard feature importing the permissions map', async () => {
    const code = "import { can } from '@prgauge/permissions';\nexport const probe = can;\n";
    for (const file of [
      'apps/api/src/app/auth/boundary-probe.ts',
      'libs/dashboard/review/feature/src/lib/boundary-probe.ts',
      'libs/dashboard/shared/data-access/src/lib/boundary-probe.ts',
    ])
      expect([file, await boundaryMessages(file, code)]).toEqual([file, []]);
  });

  it('refuse the permissions map importing anything but util libraries', async () => {
    const messages = await boundaryMessages(
      'libs/shared/permissions/src/lib/boundary-probe.ts',
      "import * as scoring from '@prgauge/scoring';\nexport const probe = scoring;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(/tagged with "type:util" can only depend on libs tagged with "type:util"/),
    ]);
  });

  it('refuse Angular inside the shared scoring engine', async () => {
    const messages = await boundaryMessages(
      'libs/scoring/src/lib/boundary-probe.ts',
      "import { signal } from '@angular/core';\nexport const probe = signal(1);\n",
    );
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('@angular/core')]);
  });

  it('refuse the dashboard importing the API', async () => {
    const messages = await boundaryMessages(
      'apps/dashboard/src/app/boundary-probe.ts',
      "import { HealthModule } from '../../../api/src/app/health/health.module';\nexport const probe = HealthModule;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringContaining('cannot be imported by a relative or absolute path'),
    ]);
    expect(messages[0].severity).toBe(2);
  });

  it('refuse NestJS inside the dashboard', async () => {
    const messages = await boundaryMessages(
      'apps/dashboard/src/app/boundary-probe.ts',
      "import { Injectable } from '@nestjs/common';\nexport const probe = Injectable;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('@nestjs/common')]);
  });

  it("refuse one dashboard domain's feature importing another domain's feature", async () => {
    const messages = await boundaryMessages(
      'libs/dashboard/results/feature/src/lib/boundary-probe.ts',
      "import { trainingRoutes } from '@prgauge/dashboard-training-feature';\nexport const probe = trainingRoutes;\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(
        /tagged with "domain:results" can only depend on libs tagged with "domain:results"/,
      ),
    ]);
    expect(messages[0].severity).toBe(2);
  });

  it("refuse a lazy route of one domain's feature loading another domain's feature", async () => {
    const messages = await boundaryMessages(
      'libs/dashboard/contests/feature-public/src/lib/boundary-probe.ts',
      "export const load = () => import('@prgauge/dashboard-admin-feature').then((m) => m.adminRoutes);\n",
    );
    expect(messages.map((m) => m.message)).toEqual([
      expect.stringMatching(
        /tagged with "domain:contests" can only depend on libs tagged with "domain:contests"/,
      ),
    ]);
  });

  it("accept a feature importing its own domain's data-access and feature, and the shared ui and i18n", async () => {
    const messages = await boundaryMessages(
      'libs/dashboard/contests/feature-admin/src/lib/boundary-probe.ts',
      [
        "import { ContestsApi } from '@prgauge/dashboard-contests-data-access';",
        "import { contestsRoutes } from '@prgauge/dashboard-contests-feature-public';",
        "import { Pager } from '@prgauge/dashboard-shared-ui';",
        "import { TranslatePipe } from '@prgauge/dashboard-shared-i18n';",
        'export const probe = [ContestsApi, contestsRoutes, Pager, TranslatePipe];',
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it("accept the shell lazy-loading every domain's routes", async () => {
    const messages = await boundaryMessages(
      'libs/dashboard/shell/feature/src/lib/boundary-probe.ts',
      [
        "export const admin = () => import('@prgauge/dashboard-admin-feature');",
        "export const training = () => import('@prgauge/dashboard-training-feature');",
        "export const contests = () => import('@prgauge/dashboard-contests-feature-admin');",
        '',
      ].join('\n'),
    );
    expect(messages).toEqual([]);
  });

  it("accept the committees using the training domain's ui and data-access, and refuse its feature", async () => {
    const file = 'libs/dashboard/committees/feature/src/lib/boundary-probe.ts';
    const allowed = await boundaryMessages(
      file,
      [
        "import { TrainingTabs } from '@prgauge/dashboard-training-ui';",
        "import { TrainingLookups } from '@prgauge/dashboard-training-data-access';",
        'export const probe = [TrainingTabs, TrainingLookups];',
        '',
      ].join('\n'),
    );
    expect(allowed).toEqual([]);
    const refused = await boundaryMessages(
      file,
      "import { trainingRoutes } from '@prgauge/dashboard-training-feature';\nexport const probe = trainingRoutes;\n",
    );
    expect(refused.map((m) => m.message)).toEqual([
      expect.stringMatching(
        /tagged with "domain:committees" can only depend on libs tagged with "domain:committees"/,
      ),
    ]);
  });

  it('know the domain of every dashboard library, so none escapes the domain rules', () => {
    const domains = new Set([...configuredDomains(), 'shared', 'shell']);
    const projects = dashboardProjects();
    expect(projects.length).toBeGreaterThan(15);
    for (const { dir, tags } of projects) {
      const own = tags.filter((tag) => tag.startsWith('domain:')).map((tag) => tag.slice('domain:'.length));
      // The folder names the domain: libs/dashboard/<domain>/<type>.
      expect([dir, own]).toEqual([dir, [dir.split('/')[2]]]);
      expect([dir, domains.has(own[0])]).toEqual([dir, true]);
    }
  });
});

/** The domains `eslint.config.mjs` writes rules for (read by Node: Jest's sandbox cannot import the config). */
function configuredDomains(): string[] {
  const script =
    "import('./eslint.config.mjs').then((c) => console.log(JSON.stringify(c.DASHBOARD_DOMAINS)))";
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], {
    cwd: root,
    encoding: 'utf8',
  });
  return JSON.parse(child.stdout) as string[];
}

/** Every project under libs/dashboard, with its folder and tags. */
function dashboardProjects(): { dir: string; tags: string[] }[] {
  const base = join(root, 'libs', 'dashboard');
  return readdirSync(base).flatMap((domain) =>
    readdirSync(join(base, domain)).flatMap((type) => {
      const dir = `libs/dashboard/${domain}/${type}`;
      try {
        const project = JSON.parse(readFileSync(join(root, dir, 'project.json'), 'utf8')) as {
          tags?: string[];
        };
        return [{ dir, tags: project.tags ?? [] }];
      } catch {
        return [];
      }
    }),
  );
}
