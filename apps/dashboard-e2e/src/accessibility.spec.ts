import AxeBuilder from '@axe-core/playwright';
import { expect, Page, test } from '@playwright/test';
import type { ContestView } from '@prgauge/contracts';
import { createDraftCycle } from './support/cycles';
import { type ContestFixture, seedContests } from './support/contests';
import { signInQuietly } from './support/session';
import { OPEN_YEAR } from './support/demo-year';
import { localDigits } from './support/locale';

let contestFixture: Promise<ContestFixture> | undefined;
/** Contest data made once for this file's contest pages, through the API. */
const contests = () => (contestFixture ??= seedContests(String(test.info().project.use.baseURL)));

/**
 * Pages checked in Persian as well: one of each kind a Persian reader meets, public and signed in. The rules axe
 * applies do not read the language, and every Persian text exists (the dictionaries' parity is a unit test), so the
 * other pages are checked in Russian only: the whole list twice would cost minutes of the suite for the same findings.
 */
const ALSO_IN_PERSIAN = new Set([
  'about',
  'rankings',
  'scorecard',
  'heatmap',
  'data entry',
  'review queue',
  'cycle admin',
  'training analytics',
  'published contest',
  'voter registration',
  'voting',
]);

const PAGES: { name: string; open: (page: Page) => Promise<void> }[] = [
  { name: 'about', open: (page) => page.goto('/about').then(() => undefined) },
  { name: 'sign-in', open: (page) => page.goto('/sign-in').then(() => undefined) },
  {
    name: 'rankings',
    open: async (page) => {
      await page.goto('/rankings');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'scorecard',
    open: async (page) => {
      await page.goto('/rankings');
      await page.getByRole('row').nth(3).getByRole('link').click();
      await expect(page.getByRole('img').first()).toBeVisible();
    },
  },
  {
    name: 'heatmap',
    open: async (page) => {
      await page.goto('/heatmap');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'data entry',
    open: async (page) => {
      await signInQuietly(page, 'editor2');
      // Where this person lands after signing in.
      await page.goto('/');
      await expect(page.getByRole('textbox').first()).toBeVisible();
    },
  },
  {
    name: 'review queue',
    open: async (page) => {
      await signInQuietly(page, 'evaluator');
      // Where this person lands after signing in.
      await page.goto('/');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'completeness board',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/completeness');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'what-if weights',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/what-if');
      await expect(page.getByRole('slider').first()).toBeVisible();
    },
  },
  {
    name: 'training events',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/training');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'training event',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/training');
      await page.getByRole('row').nth(1).getByRole('link').click();
      await expect(page.locator('pr-register-table tbody tr').first()).toBeVisible();
    },
  },
  {
    name: 'training analytics',
    open: async (page) => {
      await signInQuietly(page, 'committee');
      await page.goto('/training/reports');
      await expect(page.getByRole('img').first()).toBeVisible();
    },
  },
  {
    name: 'committee',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/training/committees');
      await page.getByRole('row').nth(3).getByRole('link').click();
      await expect(page.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'cycles admin',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/admin/cycles');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'cycle admin',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/admin/cycles');
      // Cycle names are written in the reader's digits: ۱۴۰۵ in Persian.
      await page.getByRole('link', { name: await localDigits(page, OPEN_YEAR), exact: true }).click();
      await expect(page.getByRole('table')).toBeVisible();
    },
  },
  {
    name: 'new cycle',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/admin/cycles/new');
      await expect(page.getByRole('combobox').first()).toBeVisible();
    },
  },
  {
    name: 'contests',
    open: async (page) => {
      await contests();
      await page.goto('/contests');
      await expect(page.getByRole('listitem').first()).toBeVisible();
    },
  },
  {
    name: 'published contest',
    open: async (page) => {
      await page.goto(`/contests/${(await contests()).published}`);
      await expect(page.getByRole('table').first()).toBeVisible();
      await expect(page.getByRole('img').first()).toBeVisible();
    },
  },
  {
    name: 'contest application',
    open: async (page) => {
      await page.goto(`/contests/${(await contests()).open}/apply`);
      await expect(page.getByRole('checkbox').first()).toBeVisible();
    },
  },
  {
    name: 'voter registration',
    open: async (page) => {
      await page.goto(`/contests/${(await contests()).open}/register`);
      await expect(page.getByRole('combobox').first()).toBeVisible();
    },
  },
  {
    name: 'framework editor',
    open: async (page) => {
      await signInQuietly(page, 'director');
      const cycleId = await createDraftCycle(page, 'Draft for the accessibility check');
      await page.goto(`/admin/cycles/${cycleId}/framework`);
      await expect(page.locator('pr-framework-tree .node').first()).toBeVisible();
    },
  },
  {
    name: 'training topics',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/training/topics');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'audit log',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/audit');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  {
    name: 'contest management',
    open: async (page) => {
      await signInQuietly(page, 'director');
      await page.goto('/contests/manage');
      await expect(page.getByRole('row').nth(1)).toBeVisible();
    },
  },
  ...(['', 'applications', 'jury', 'voters', 'anomalies', 'results'] as const).map((section) => ({
    name: `contest management ${section || 'settings'}`,
    open: async (page: Page) => {
      await signInQuietly(page, 'director');
      // The demo contest being judged and voted on now fills every section.
      const contests = (await (await page.request.get('/api/contests')).json()) as ContestView[];
      const live = contests.find((c) => c.phase === 'judging');
      await page.goto(`/contests/manage/${live?.id}${section ? `/${section}` : ''}`);
      await expect(page.locator('pr-contest-header')).toBeVisible();
    },
  })),
  {
    name: 'score sheets',
    open: async (page) => {
      const { juror, judging } = await contests();
      await signInQuietly(page, juror);
      await page.goto(`/contests/${judging}/jury`);
      await expect(page.getByRole('spinbutton').first()).toBeVisible();
    },
  },
  {
    name: 'voting',
    open: async (page) => {
      const { journalist, judging } = await contests();
      await signInQuietly(page, journalist);
      await page.goto(`/contests/${judging}/vote`);
      await expect(page.getByRole('radio').first()).toBeVisible();
    },
  },
];

// A renamed page must not drop out of the Persian pass unnoticed.
const unknown = [...ALSO_IN_PERSIAN].filter((name) => !PAGES.some((p) => p.name === name));
if (unknown.length > 0) throw new Error(`Not in PAGES: ${unknown.join(', ')}`);

for (const locale of ['ru', 'fa'] as const) {
  for (const { name, open } of PAGES.filter((p) => locale === 'ru' || ALSO_IN_PERSIAN.has(p.name))) {
    test(`the ${name} page has no serious accessibility violations in ${locale}`, async ({ page }) => {
      // The language is chosen as a returning visitor's would be; switching it by hand is checked elsewhere.
      await page.addInitScript((saved) => localStorage.setItem('prgauge.locale', saved), locale);
      await open(page);
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      const results = await new AxeBuilder({ page }).analyze();
      const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    });
  }
}
