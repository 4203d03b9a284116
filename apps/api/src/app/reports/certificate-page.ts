import type { ContestResults, NominationView } from '@prgauge/contracts';
import { escapeHtml, formatNumber, formatYear, nameIn, type ReportLocale } from './report-format';
import { letterheadBlock, type PrintedLetterhead } from './report-page';
import { reportText, type ReportTextKey } from './report-texts';

/** A framed, centred page: what a certificate looks like, printed on plain A4. */
export const CERTIFICATE_CSS = `
.certificate { border: 2.5pt double #8c6d1f; height: 262mm; padding: 10mm 12mm; text-align: center; display: flex; flex-direction: column; }
.certificate .letterhead { text-align: start; }
.certificate h1 { font-size: 30pt; margin: 22mm 0 8mm; color: #8c6d1f; }
.certificate .who { font-size: 20pt; font-weight: 700; margin: 6mm 0 2mm; }
.certificate .org { font-size: 12pt; color: #57606a; }
.certificate .why { font-size: 13pt; margin: 10mm 0 2mm; }
.certificate .nomination { font-size: 16pt; font-weight: 700; }
.certificate .prize { font-size: 13pt; margin-top: 8mm; }
.certificate .signature { margin-top: auto; display: flex; justify-content: flex-end; align-items: flex-end; gap: 4mm; font-size: 11pt; }
.certificate .signature i { display: inline-block; width: 55mm; border-bottom: 0.8pt solid #1f2328; }
`;

/**
 * One certificate page per winner (`winner` rows of every nomination, in the nominations' order and by place):
 * the person, their organisation, the place, the nomination and the contest, and a line for the director's
 * signature at the foot of the frame. The nomination's prize is printed on
 * its first-place certificates only: a contest's prize (400,000 tenge, seed 000) goes to the winner of the
 * nomination, not to every placed candidate.
 */
export function certificateSheets(
  loc: ReportLocale,
  results: ContestResults,
  head: PrintedLetterhead,
): string[] {
  const t = (key: ReportTextKey, params?: Record<string, string | number>) =>
    reportText(loc.locale, key, params);
  const contest = nameIn(loc, results.contest.title);
  return results.nominations.flatMap(({ nomination, rows }) =>
    rows
      .filter((row) => row.winner)
      .map((row) => {
        const prize = row.rank === 1 ? prizeOf(loc, nomination) : null;
        return `<div class="certificate">${letterheadBlock(loc, head, {})}
<h1>${t('certificate')}</h1>
<p>${t('awardedTo')}</p>
<p class="who">${escapeHtml(row.candidateName)}</p>
<p class="org">${escapeHtml(row.candidateOrganisation)}</p>
<p class="why">${escapeHtml(t('forPlace', { place: formatNumber(loc, row.rank) }))}</p>
<p class="nomination">«${escapeHtml(nameIn(loc, nomination.name))}»</p>
<p>${escapeHtml(t('inContest', { contest, year: formatYear(loc, results.contest.year) }))}</p>
${prize ? `<p class="prize">${escapeHtml(t('prize', { prize }))}</p>` : ''}
<div class="signature"><span>${t('director')}</span><i></i></div>
</div>`;
      }),
  );
}

/** The prize in the reader's digits with its currency (400 000 ₸), or null without one. */
function prizeOf(loc: ReportLocale, nomination: NominationView): string | null {
  if (nomination.prizeAmount === null) return null;
  const currency = nomination.prizeCurrency ?? '';
  try {
    // The sign readers know (₸, not KZT), as the prize is announced.
    return new Intl.NumberFormat(loc.tag, {
      style: 'currency',
      currency,
      currencyDisplay: 'narrowSymbol',
      maximumFractionDigits: 0,
    }).format(nomination.prizeAmount);
  } catch {
    // Not an ISO 4217 code: the amount with the currency as the organiser wrote it.
    return `${formatNumber(loc, nomination.prizeAmount, 0)} ${currency}`.trim();
  }
}
