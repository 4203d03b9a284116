import type {
  FrameworkDocument,
  FrameworkDocumentNode,
  RankingResponse,
  RankingRow,
} from '@prgauge/contracts';
import { barChart } from './report-charts';
import {
  escapeHtml,
  formatChange,
  formatDay,
  formatNumber,
  formatPercent,
  localDigits,
  nameIn,
  type ReportLocale,
} from './report-format';
import { letterheadBlock, type LetterDetails, type PrintedLetterhead } from './report-page';
import { reportText, type ReportTextKey } from './report-texts';

/** Short agency pages per sheet: a page per agency would make 200 pages for a large region. */
const AGENCIES_PER_SHEET = 4;

/**
 * The region's ranking report for the governor: a cover with the letterhead, a one-page method summary from the
 * cycle's framework (indices and weights, normalisation, goalposts, coverage rule), the ranking table, the
 * totals and index charts, then a short section per agency (four to a page).
 */
export function rankingReportSheets(
  loc: ReportLocale,
  ranking: RankingResponse,
  framework: FrameworkDocument,
  head: PrintedLetterhead,
  letter: LetterDetails,
): string[] {
  const t = (key: ReportTextKey, params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const period = `${formatDay(loc, ranking.cycle.periodStart)} – ${formatDay(loc, ranking.cycle.periodEnd)}`;
  const cover = [
    letterheadBlock(loc, head, letter),
    ranking.publishedAt ? '' : `<p class="notice">${t('preview')}</p>`,
    `<div style="margin-top:60mm;text-align:center"><h1 style="font-size:22pt">${t('rankingTitle')}</h1>`,
    `<p style="font-size:13pt">${escapeHtml(localDigits(loc, ranking.cycle.name))}</p><p class="muted">${escapeHtml(period)}</p>`,
    `<p style="margin-top:12mm">${t('rankingFor')}</p></div>`,
  ].join('');
  const name = (row: RankingRow) => nameIn(loc, row.name) || row.code;
  const charts = [
    `<h2>${t('totals')}</h2>`,
    barChart(
      loc,
      ranking.rows.map((row) => ({ label: name(row), value: row.total })),
      ranking.scale,
    ),
    ...ranking.indices.map(
      (index) =>
        `<h2>${t('indices')}: ${escapeHtml(nameIn(loc, index.name))}</h2>${barChart(
          loc,
          [...ranking.rows]
            .sort((x, y) => (y.indices[index.key] ?? -1) - (x.indices[index.key] ?? -1))
            .slice(0, 10)
            .map((row) => ({ label: name(row), value: row.indices[index.key] })),
          100,
        )}`,
    ),
  ].join('');
  return [
    cover,
    methodSheet(loc, framework, ranking.scale),
    // Rank, name, total, every index, coverage and movement: landscape keeps a seven-index table on the page.
    `<div class="landscape"><h2>${t('ranking')}</h2>${rankingTable(loc, ranking)}</div>`,
    charts,
    ...agencySheets(loc, ranking),
  ];
}

function methodSheet(loc: ReportLocale, framework: FrameworkDocument, scale: number): string {
  const t = (key: ReportTextKey, params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const total = framework.indicators.reduce((sum, node) => sum + node.weight, 0);
  const rows = framework.indicators.flatMap((index) => [
    `<tr><th>${escapeHtml(nameIn(loc, index.name))}</th><th class="num">${formatPercent(loc, index.weight / total)}</th><th></th></tr>`,
    ...leavesOf(index).map(
      (leaf) =>
        `<tr><td style="padding-inline-start:5mm">${escapeHtml(nameIn(loc, leaf.name))}</td><td class="num">${formatNumber(loc, leaf.weight, 2)}</td><td>${escapeHtml(normalisationOf(loc, leaf))}</td></tr>`,
    ),
  ]);
  return [
    `<h1>${t('method')}</h1>`,
    `<p>${escapeHtml(t('methodIntro', { scale: formatNumber(loc, scale) }))}</p>`,
    `<table class="compact"><thead><tr><th>${t('indicator')}</th><th class="num">${t('weight')}</th><th>${t('normalisation')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`,
    `<p style="margin-top:3mm">${t(framework.missing === 'exclude' ? 'missingExclude' : 'missingZero')}</p>`,
  ].join('');
}

function leavesOf(node: FrameworkDocumentNode): Extract<FrameworkDocumentNode, { measure: object }>[] {
  return node.children ? node.children.flatMap(leavesOf) : [node];
}

/** How a leaf's value becomes a score, as the engine does it (defaults as in the framework's `Measure`). */
function normalisationOf(
  loc: ReportLocale,
  leaf: Extract<FrameworkDocumentNode, { measure: object }>,
): string {
  const t = (key: ReportTextKey, params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const n = (value: number) => formatNumber(loc, value, 2);
  const { measure } = leaf;
  const lower = measure.direction === 'lower' ? `${t('clauseSeparator')}${t('lowerBetter')}` : '';
  if (measure.type === 'boolean') return t('booleanNorm');
  if (measure.type === 'rating') return t('ratingNorm', { max: n(measure.max ?? 5) }) + lower;
  const norm =
    measure.normalize ??
    (measure.type === 'percent' ? { method: 'goalposts', min: 0, max: 100 } : { method: 'minmax' });
  switch (norm.method) {
    case 'minmax':
      return t('minmax') + lower;
    case 'rank':
      return t('rankNorm') + lower;
    case 'goalposts':
      return t('goalposts', { min: n(norm.min), max: n(norm.max) }) + lower;
  }
}

function rankingTable(loc: ReportLocale, ranking: RankingResponse): string {
  const t = (key: ReportTextKey) => reportText(loc.locale, key);
  const head = [
    `<th class="num">${t('rank')}</th>`,
    `<th>${t('agency')}</th>`,
    `<th class="num">${t('total')}</th>`,
    ...ranking.indices.map((i) => `<th class="num">${escapeHtml(nameIn(loc, i.name))}</th>`),
    `<th class="num">${t('coverage')}</th>`,
    `<th class="num">${t('movement')}</th>`,
  ].join('');
  const rows = ranking.rows.map((row) =>
    [
      `<td class="num">${formatNumber(loc, row.rank)}</td>`,
      `<td>${escapeHtml(nameIn(loc, row.name) || row.code)}</td>`,
      `<td class="num"><b>${formatNumber(loc, row.total)}</b></td>`,
      ...ranking.indices.map((i) => `<td class="num">${formatNumber(loc, row.indices[i.key])}</td>`),
      `<td class="num">${formatPercent(loc, row.coverage)}</td>`,
      `<td class="num">${formatChange(loc, row.movement, 0)}</td>`,
    ].join(''),
  );
  return `<table class="compact"><thead><tr>${head}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r}</tr>`)
    .join('')}</tbody></table>`;
}

/** A short section per agency: its place, total, movement and its index scores against the region's average. */
function agencySheets(loc: ReportLocale, ranking: RankingResponse): string[] {
  const t = (key: ReportTextKey) => reportText(loc.locale, key);
  const average = (key: string) => {
    const scores = ranking.rows.map((r) => r.indices[key]).filter((s): s is number => s !== null);
    return scores.length ? scores.reduce((a, b) => a + b, 0) / scores.length : null;
  };
  const averages = new Map(ranking.indices.map((i) => [i.key, average(i.key)]));
  const sections = ranking.rows.map((row) => {
    const lines = ranking.indices
      .map(
        (i) =>
          `<tr><td>${escapeHtml(nameIn(loc, i.name))}</td><td class="num">${formatNumber(loc, row.indices[i.key])}</td><td class="num">${formatNumber(loc, averages.get(i.key) ?? null)}</td></tr>`,
      )
      .join('');
    return `<div style="margin-bottom:5mm;break-inside:avoid"><h2>${formatNumber(loc, row.rank)}. ${escapeHtml(nameIn(loc, row.name) || row.code)}</h2><p>${t('total')}: <b>${formatNumber(loc, row.total)}</b> · ${t('coverage')}: ${formatPercent(loc, row.coverage)} · ${t('movement')}: ${formatChange(loc, row.movement, 0)}</p><table><thead><tr><th>${t('indicator')}</th><th class="num">${t('thisAgency')}</th><th class="num">${t('regionAverage')}</th></tr></thead><tbody>${lines}</tbody></table></div>`;
  });
  const sheets: string[] = [];
  for (let i = 0; i < sections.length; i += AGENCIES_PER_SHEET)
    sheets.push(sections.slice(i, i + AGENCIES_PER_SHEET).join(''));
  return sheets;
}
