import {
  type ContestCriterion,
  criterionKind,
  LIMITS,
  type LocalizedText,
  type NominationView,
  type StatedMeasure,
} from '@prgauge/contracts';

/** One number the form asks for: a measured criterion of a nomination the applicant chose. */
export interface MeasureAsk {
  key: string;
  nominationId: string;
  nominationName: LocalizedText;
  criterion: ContestCriterion;
}

/** The form's key of one asked value. */
export const measureKey = (nominationId: string, criterionKey: string) => `${nominationId}|${criterionKey}`;

/** The measured criteria of the chosen nominations, in the contest's order. */
export function measuresAsked(
  nominations: readonly NominationView[],
  chosen: readonly string[],
): MeasureAsk[] {
  return nominations
    .filter((n) => chosen.includes(n.id))
    .flatMap((n) =>
      n.criteria
        .filter((c) => criterionKind(c) === 'measured')
        .map((criterion) => ({
          key: measureKey(n.id, criterion.key),
          nominationId: n.id,
          nominationName: n.name,
          criterion,
        })),
    );
}

const EASTERN_DIGITS = /[\u06F0-\u06F9\u0660-\u0669]/g;

/**
 * A typed figure as a number, or null: Persian and Arabic-Indic digits count as digits, spaces and the
 * Persian thousands mark (٬) are dropped, and a comma or the Persian decimal mark (٫) is the decimal point,
 * as Russian, Kazakh and Persian writers use them. A trailing % (or ٪) is allowed.
 */
export function parseFigure(text: string): number | null {
  const latin = text
    .replace(EASTERN_DIGITS, (d) => String((d.charCodeAt(0) - (d >= '\u06F0' ? 0x06f0 : 0x0660)) % 10))
    .replace(/[\s\u00A0\u202F\u066C]/g, '')
    .replace(/[,\u066B]/g, '.')
    .replace(/[%\u066A]$/, '');
  if (!/^\d+(\.\d+)?$/.test(latin)) return null;
  return Number(latin);
}

/** The text key of each asked value that is missing or not a number from 0 up, by form key. */
export function statedMeasureProblems(
  asked: readonly MeasureAsk[],
  typed: Readonly<Record<string, string>>,
): Record<string, string> {
  const problems: Record<string, string> = {};
  for (const a of asked) {
    const value = parseFigure(typed[a.key] ?? '');
    if (value === null || value > LIMITS.measureValue.max) problems[a.key] = 'contests.apply.problem.figure';
  }
  return problems;
}

/** The request's stated values: one per asked criterion, as typed. */
export function statedMeasuresOf(
  asked: readonly MeasureAsk[],
  typed: Readonly<Record<string, string>>,
): StatedMeasure[] {
  return asked.map((a) => ({
    nominationId: a.nominationId,
    criterionKey: a.criterion.key,
    value: parseFigure(typed[a.key] ?? '') ?? 0,
  }));
}
