import { type CreateCycleRequest, type CycleView, LIMITS } from '@prgauge/contracts';
import type { FieldProblems } from '../shared/field-problems';

/** Where a new cycle's framework comes from. */
export type CycleSource = 'template' | 'copy';

/** The new-cycle form as typed; days are `YYYY-MM-DD`. */
export interface CycleFormValue {
  name: string;
  periodStart: string;
  periodEnd: string;
  deadlineDay: string;
  source: CycleSource;
  copyFromCycleId: string;
  /** National admins pick the region; empty for directors, who create in their own. */
  regionId: string;
  /** A past cycle brought in from earlier records: no deadline, published straight from data entry. */
  importedHistory?: boolean;
}

/**
 * A form that follows the newest cycle: a year later, copying its framework when there is one to copy.
 * Days compare as text because they are `YYYY-MM-DD`. `regionId` is kept as given.
 */
export function cycleFormValueAfter(latest: CycleView | null, regionId = ''): CycleFormValue {
  if (!latest)
    return {
      name: '',
      periodStart: '',
      periodEnd: '',
      deadlineDay: '',
      source: 'template',
      copyFromCycleId: '',
      regionId,
    };
  const year = Number(latest.periodEnd.slice(0, 4)) + 1;
  return {
    name: String(year),
    periodStart: `${year}-01-01`,
    periodEnd: `${year}-12-31`,
    deadlineDay: `${year + 1}-01-31`,
    source: 'copy',
    copyFromCycleId: latest.id,
    regionId,
  };
}

/**
 * What the API would refuse, found before sending, as translation keys per field. `picksRegion` is true for a
 * national admin, who must name the region.
 */
export function cycleFormProblems(value: CycleFormValue, picksRegion = false): FieldProblems {
  const problems: FieldProblems = {};
  if (picksRegion && !value.regionId) problems['regionId'] = ['admin.problem.region'];
  const name = value.name.trim();
  if (name.length < LIMITS.cycleName.min || name.length > LIMITS.cycleName.max)
    problems['name'] = ['admin.problem.name'];
  if (!value.periodStart) problems['periodStart'] = ['admin.problem.required'];
  if (!value.periodEnd) problems['periodEnd'] = ['admin.problem.required'];
  else if (value.periodStart && value.periodEnd < value.periodStart)
    problems['periodEnd'] = ['admin.problem.endBeforeStart'];
  if (value.importedHistory) {
    // Imported history has no deadline to keep.
  } else if (!value.deadlineDay) problems['deadline'] = ['admin.problem.required'];
  else if (value.periodStart && value.deadlineDay < value.periodStart)
    problems['deadline'] = ['admin.problem.deadlineBeforeStart'];
  if (value.source === 'copy' && !value.copyFromCycleId)
    problems['copyFromCycleId'] = ['admin.problem.copyFrom'];
  return problems;
}

/** The request body for a valid form. */
export function cycleInputOf(value: CycleFormValue): CreateCycleRequest {
  const base = {
    name: value.name.trim(),
    periodStart: value.periodStart,
    periodEnd: value.periodEnd,
    // The day as picked: the API closes submissions at its end in the region's zone. Imported history has none.
    ...(value.importedHistory ? { importedHistory: true } : { deadline: value.deadlineDay }),
    ...(value.regionId ? { regionId: value.regionId } : {}),
  };
  return value.source === 'copy'
    ? { ...base, copyFromCycleId: value.copyFromCycleId }
    : { ...base, template: 'seven-indices' };
}
