import {
  type ContestCriterion,
  type ContestShape,
  type CreateNominationRequest,
  criterionKind,
  criterionShares,
  type CriterionKind,
  LIMITS,
  type MeasureNormalisation,
  LOCALES,
  type Locale,
  type LocalizedText,
  type NominationView,
  type ScoringMode,
  weightsAddUp,
  type TieBreak,
} from '@prgauge/contracts';

/** One criterion as typed: its name in the organiser's language and its weight. */
export interface CriterionRow {
  name: string;
  weight: number | null;
  /** A saved criterion's key and names in every language, kept when only one language is edited. */
  saved?: { key: string; name: LocalizedText; unit?: LocalizedText };
  // --- Measured criteria ---
  kind: CriterionKind;
  /** A measured criterion's unit in the organiser's language (subscribers, %, posts). */
  unit: string;
  normalisation: MeasureNormalisation;
}

/** A new criterion row: a jury criterion of weight 1, ready to become a measured one. */
export const newCriterionRow = (): CriterionRow => ({
  name: '',
  weight: 1,
  kind: 'jury',
  unit: '',
  normalisation: 'min_max',
});

export interface NominationFormValue {
  name: Record<Locale, string>;
  places: number | null;
  criteria: CriterionRow[];
  scoringMode: ScoringMode;
  /** The jury's part of a combined score, in percent. */
  juryPercent: number | null;
  commentRequired: boolean;
  normaliseJurors: boolean;
  prizeAmount: number | null;
  prizeCurrency: string;
  /** The juror-disagreement threshold, 0–10. */
  disagreementThreshold: number | null;
  /** Which score breaks a tie first in a combined nomination; `none` shares the place. */
  tieOrder: TieOrder;
  /** Whether the earlier application breaks what is still tied. */
  tieEarlier: boolean;
}

/** The tie-break orders the form offers: jury and votes mean something only together, in a combined nomination. */
export const TIE_ORDERS = ['none', 'jury_first', 'votes_first'] as const;
export type TieOrder = (typeof TIE_ORDERS)[number];
const ORDER_STEPS: Record<TieOrder, TieBreak[]> = {
  none: [],
  jury_first: ['jury_score', 'votes'],
  votes_first: ['votes', 'jury_score'],
};

/** The chain the form's choices make; a vote or jury nomination has one score, so only filing can break a tie. */
export function tieBreaksOf(
  v: Pick<NominationFormValue, 'scoringMode' | 'tieOrder' | 'tieEarlier'>,
): TieBreak[] {
  const order = v.scoringMode === 'combined' ? ORDER_STEPS[v.tieOrder] : [];
  return [...order, ...(v.tieEarlier ? (['earlier_application'] as const) : [])];
}

/** A stored chain as the form's choices: the order of jury and votes, and whether filing comes after. */
function tieChoicesOf(chain: readonly TieBreak[]): Pick<NominationFormValue, 'tieOrder' | 'tieEarlier'> {
  const jury = chain.indexOf('jury_score');
  const votes = chain.indexOf('votes');
  const tieOrder = jury < 0 || votes < 0 ? 'none' : jury < votes ? 'jury_first' : 'votes_first';
  return { tieOrder, tieEarlier: chain.includes('earlier_application') };
}

export type NominationFormProblem =
  'name' | 'places' | 'criteria' | 'juryPercent' | 'prize' | 'disagreementThreshold';

/** A new nomination, scored as the contest's shape has it: by votes in a vote-only contest, else by a jury. */
export function emptyNomination(shape: ContestShape = 'combined'): NominationFormValue {
  return {
    name: { ru: '', kk: '', fa: '', en: '' },
    places: 3,
    criteria: [newCriterionRow()],
    scoringMode: shape === 'vote' ? 'vote' : 'jury',
    tieOrder: 'none',
    tieEarlier: false,
    juryPercent: 70,
    commentRequired: false,
    normaliseJurors: false,
    prizeAmount: null,
    prizeCurrency: 'KZT',
    disagreementThreshold: 3,
  };
}

/** A saved nomination as the form edits it; criterion names show in the organiser's language. */
export function nominationFormValueOf(n: NominationView, locale: Locale): NominationFormValue {
  return {
    name: Object.fromEntries(LOCALES.map((l) => [l, n.name[l] ?? ''])) as Record<Locale, string>,
    places: n.places,
    criteria: n.criteria.map((c) => criterionRowOf(c, locale)),
    scoringMode: n.scoringMode,
    juryPercent: Math.round(n.juryShare * 100),
    commentRequired: n.commentRequired,
    normaliseJurors: n.normaliseJurors,
    prizeAmount: n.prizeAmount,
    prizeCurrency: n.prizeCurrency ?? 'KZT',
    disagreementThreshold: n.disagreementThreshold,
    ...tieChoicesOf(n.tieBreaks),
  };
}

const inLocale = (text: LocalizedText | undefined, locale: Locale) =>
  text?.[locale] ?? Object.values(text ?? {}).find(Boolean) ?? '';

function criterionRowOf(c: ContestCriterion, locale: Locale): CriterionRow {
  return {
    name: inLocale(c.name, locale),
    weight: c.weight,
    saved: { key: c.key, name: c.name, unit: c.unit },
    kind: criterionKind(c),
    unit: inLocale(c.unit, locale),
    normalisation: c.normalisation ?? 'min_max',
  };
}

/**
 * The weights' total, each criterion's share of it in percent (the share the results really use), and
 * whether the weights as typed add up to 1 or 100; shown live while weights are typed.
 */
export function weightShares(criteria: CriterionRow[]): { total: number; shares: number[]; addsUp: boolean } {
  const weights = criteria.map((c) => ({ weight: c.weight ?? 0 }));
  return {
    total: weights.reduce((sum, c) => sum + c.weight, 0),
    shares: criterionShares(weights).map((share) => share * 100),
    addsUp: weightsAddUp(weights),
  };
}

export function nominationFormProblems(v: NominationFormValue): NominationFormProblem[] {
  const problems: NominationFormProblem[] = [];
  if (LOCALES.every((l) => v.name[l].trim() === '')) problems.push('name');
  if (
    v.places === null ||
    !Number.isInteger(v.places) ||
    v.places < LIMITS.nominationPlaces.min ||
    v.places > LIMITS.nominationPlaces.max
  )
    problems.push('places');
  const juryScored = v.scoringMode !== 'vote';
  const badCriterion = (c: CriterionRow) =>
    c.name.trim() === '' ||
    (c.kind === 'measured' && c.unit.trim() === '') ||
    c.weight === null ||
    c.weight < LIMITS.criterionWeight.min ||
    c.weight > LIMITS.criterionWeight.max;
  if (juryScored && (v.criteria.length === 0 || v.criteria.some(badCriterion))) problems.push('criteria');
  if (v.scoringMode === 'combined' && (v.juryPercent === null || v.juryPercent < 0 || v.juryPercent > 100))
    problems.push('juryPercent');
  if (v.prizeAmount !== null && (v.prizeAmount < 0 || !/^[A-Z]{3}$/.test(v.prizeCurrency)))
    problems.push('prize');
  const threshold = v.disagreementThreshold;
  const { min, max } = LIMITS.disagreementThreshold;
  if (juryScored && (threshold === null || threshold < min || threshold > max))
    problems.push('disagreementThreshold');
  return problems;
}

/** New criteria get positional keys, saved ones keep theirs: the organiser never types an identifier. */
export function nominationInputOf(v: NominationFormValue, locale: Locale): CreateNominationRequest {
  const juryScored = v.scoringMode !== 'vote';
  return {
    name: Object.fromEntries(LOCALES.filter((l) => v.name[l].trim()).map((l) => [l, v.name[l].trim()])),
    places: v.places ?? 1,
    criteria: juryScored
      ? v.criteria.map((c, i) => ({
          key: c.saved?.key ?? freeKey(v.criteria, i),
          name: { ...c.saved?.name, [locale]: c.name.trim() },
          weight: c.weight ?? 0,
          ...(c.kind === 'measured'
            ? {
                kind: 'measured' as const,
                unit: { ...c.saved?.unit, [locale]: c.unit.trim() },
                normalisation: c.normalisation,
              }
            : {}),
        }))
      : [],
    scoringMode: v.scoringMode,
    ...(v.scoringMode === 'combined' ? { juryShare: (v.juryPercent ?? 0) / 100 } : {}),
    commentRequired: juryScored && v.commentRequired,
    normaliseJurors: juryScored && v.normaliseJurors,
    ...(v.prizeAmount !== null ? { prizeAmount: v.prizeAmount, prizeCurrency: v.prizeCurrency } : {}),
    ...(juryScored ? { disagreementThreshold: v.disagreementThreshold ?? 3 } : {}),
    tieBreaks: tieBreaksOf(v),
  };
}

/** `criterion_N` for the Nth row, or the next number no saved criterion uses. */
function freeKey(criteria: CriterionRow[], index: number): string {
  const taken = new Set(criteria.map((c) => c.saved?.key));
  let n = index + 1;
  while (taken.has(`criterion_${n}`)) n += 1;
  return `criterion_${n}`;
}
