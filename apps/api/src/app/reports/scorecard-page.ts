import type { PerAttribute, ScorecardIndex, ScorecardResponse, ScorecardValue } from '@prgauge/contracts';
import { groupedBars, radarChart, SERIES_COLOURS, trendChart } from './report-charts';
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
import { pointsText, reportText } from './report-texts';
import { strengthsAndWeaknesses } from './scorecard-strengths';

/**
 * The body of one agency's scorecard letter, addressed to its head: total, places and the likely range of
 * places, a radar of the indices against the region's average and the best agency, strengths and the points lost
 * per index, the total over the cycles, and the values against the last cycle. Everything comes from the
 * scorecard the dashboard shows (`ScorecardResponse`), so the letter and the screen cannot disagree. Two A4
 * pages at most: the first holds the figures and charts, the second the values table. An agency without a total
 * (no approved submission) gets one page saying so.
 */
export function scorecardSheets(
  loc: ReportLocale,
  card: ScorecardResponse,
  head: PrintedLetterhead,
  letter: LetterDetails,
): string[] {
  const t = (key: Parameters<typeof reportText>[1], params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const agencyName = nameIn(loc, card.agency.name) || card.agency.code;
  const heading = [
    letterheadBlock(loc, head, letter),
    card.publishedAt ? '' : `<p class="notice">${t('preview')}</p>`,
    `<h1>${t('scorecardTitle')}</h1>`,
    `<p><b>${escapeHtml(t('to', { agency: agencyName }))}</b></p>`,
    `<p class="muted">${escapeHtml(
      t('cycle', {
        cycle: localDigits(loc, card.cycle.name),
        from: formatDay(loc, card.cycle.periodStart),
        to: formatDay(loc, card.cycle.periodEnd),
      }),
    )}</p>`,
  ];
  // Without a total there is nothing to compare: one sentence says so and why, rather than a page of dashes.
  if (card.total === null) return [[...heading, `<p>${escapeHtml(t('unscored'))}</p>`].join('')];
  const first = [
    ...heading,
    figures(loc, card),
    `<div class="columns"><div><h2>${t('radar')}</h2>${radar(loc, card)}</div><div>${strengthsList(loc, card)}<h2>${t('trend')}</h2>${trend(loc, card)}</div></div>`,
  ].join('');
  const second = [`<h2>${t('values')}</h2>`, valuesTable(loc, card.values)].join('');
  return [first, second];
}

function figures(loc: ReportLocale, card: ScorecardResponse): string {
  const t = (key: Parameters<typeof reportText>[1], params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const n = (value: number | null) => formatNumber(loc, value);
  const range = card.stability?.rankInterval;
  const cells = [
    [t('total'), `${n(card.total)} <small>${t('ofScale', { scale: n(card.scale) })}</small>`],
    [t('rank'), card.rank === null ? '–' : t('rankOf', { rank: n(card.rank), count: n(card.agencyCount) })],
    // A range of one place is that place, not "1–1".
    [t('rankRange'), !range ? '–' : range[0] === range[1] ? n(range[0]) : `${n(range[0])}–${n(range[1])}`],
    [t('groupRank'), n(card.groupRank)],
    [t('coverage'), formatPercent(loc, card.coverage)],
  ];
  return `<div class="figures">${cells
    .map(([label, value]) => `<div class="figure"><small>${label}</small><strong>${value}</strong></div>`)
    .join('')}</div>`;
}

function radar(loc: ReportLocale, card: ScorecardResponse): string {
  const axes = card.indices.map((index) => nameIn(loc, index.name) || index.key);
  const series = [
    { values: card.indices.map((i) => i.regionAverage), colour: SERIES_COLOURS[1] },
    { values: card.indices.map((i) => i.best), colour: SERIES_COLOURS[2] },
    { values: card.indices.map((i) => i.score), colour: SERIES_COLOURS[0] },
  ];
  // A radar needs three axes to enclose an area; fewer indices read better as bars.
  const chart =
    axes.length >= 3 ? radarChart(loc, axes, series) : groupedBars(loc, axes, [...series].reverse());
  const legend = (['thisAgency', 'regionAverage', 'best'] as const)
    .map(
      (key, i) =>
        `<span><i style="background:${SERIES_COLOURS[i]}"></i>${reportText(loc.locale, key)}</span>`,
    )
    .join('');
  return `${chart}<div class="legend">${legend}</div>`;
}

/** The strengths and where to improve, by the rule of `strengthsAndWeaknesses`, each with its figure. */
function strengthsList(loc: ReportLocale, card: ScorecardResponse): string {
  const t = (key: Parameters<typeof reportText>[1], params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const points = (value: number) =>
    pointsText(loc.locale, Math.round(value * 10) / 10, formatNumber(loc, value));
  const item = (index: ScorecardIndex, figure: string) =>
    `<li>${escapeHtml(nameIn(loc, index.name) || index.key)}: ${escapeHtml(figure)}</li>`;
  const { strengths, weaknesses } = strengthsAndWeaknesses(card.indices, card.agencyCount);
  const list = (items: string[]) =>
    items.length ? `<ul>${items.join('')}</ul>` : `<p class="muted">${t('none')}</p>`;
  return [
    `<h2>${t('strengths')}</h2>`,
    list(strengths.map((i) => item(i, points(i.score ?? 0)))),
    `<h2>${t('weaknesses')}</h2>`,
    list(
      weaknesses.map((w) =>
        item(w.index, t(w.against === 'best' ? 'behindBest' : 'shortOfGoal', { points: points(w.points) })),
      ),
    ),
  ].join('');
}

function trend(loc: ReportLocale, card: ScorecardResponse): string {
  const points = card.trend.map((p) => ({ label: localDigits(loc, p.cycleName), value: p.total }));
  return points.length
    ? trendChart(loc, points, card.scale)
    : `<p class="muted">${reportText(loc.locale, 'none')}</p>`;
}

function valuesTable(loc: ReportLocale, values: ScorecardValue[]): string {
  const t = (key: Parameters<typeof reportText>[1]) => reportText(loc.locale, key);
  const rows = values.map((v) => {
    const change =
      v.type !== 'boolean' && v.value !== null && v.previous !== null ? v.value - v.previous : null;
    // A yes/no or a percentage says what it is in its cells, so its unit ("yes/no", "%") is not repeated; a
    // per-staff unit names the scored figure, not the total in the cell, which its division line explains.
    const unit =
      v.unit && !v.per && v.type !== 'boolean' && v.type !== 'percent'
        ? ` <span class="muted">${escapeHtml(nameIn(loc, v.unit))}</span>`
        : '';
    const cell = (value: number | null) => escapeHtml(formatValue(loc, v, value));
    const per = v.per ? `<br><small class="muted">${escapeHtml(perText(loc, v.value, v.per))}</small>` : '';
    return `<tr><td>${escapeHtml(nameIn(loc, v.name) || v.indicator)}${unit}</td><td class="num">${cell(v.value)}${per}</td><td class="num">${cell(v.previous)}</td><td class="num">${formatChange(loc, change, 2)}</td><td class="num">${formatNumber(loc, v.score)}</td></tr>`;
  });
  // Up to about 80 indicators still fit the second page in the compact rows.
  const compact = values.length > 45 ? ' class="compact"' : '';
  return `<table${compact}><thead><tr><th>${t('indicator')}</th><th class="num">${t('thisCycle')}</th><th class="num">${t('lastCycle')}</th><th class="num">${t('change')}</th><th class="num">${t('score')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * "38 ÷ 3 PR staff = 12.7 per staff member": what a per-attribute indicator actually scores, worded and rounded
 * as the dashboard's scorecard shows it (whole numbers as they are, others to one decimal).
 */
function perText(loc: ReportLocale, raw: number | null, per: PerAttribute): string {
  const figure = (n: number | null) => formatNumber(loc, n, n === null || Number.isInteger(n) ? 0 : 1);
  return reportText(loc.locale, per.attribute === 'prStaff' ? 'perPrStaff' : 'perOther', {
    raw: figure(raw),
    amount: figure(per.amount),
    scored: figure(per.scored),
    attribute: per.attribute,
  });
}

/** A value as its measure reads: yes or no in the reader's words, a percentage with its sign, else a number. */
function formatValue(loc: ReportLocale, value: ScorecardValue, raw: number | null): string {
  if (raw === null) return formatNumber(loc, raw);
  if (value.type === 'boolean') return reportText(loc.locale, raw ? 'yes' : 'no');
  if (value.type === 'percent')
    return new Intl.NumberFormat(loc.tag, { style: 'percent', maximumFractionDigits: 2 }).format(raw / 100);
  return formatNumber(loc, raw, 2);
}
