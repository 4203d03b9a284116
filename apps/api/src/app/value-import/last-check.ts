import type { SessionUser } from '@prgauge/contracts';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import type { SubmissionValueState } from '../submissions/imported-values.facade';
import type { CheckedAgency, ValueCheck } from './value-check';
import type { ImportedCell } from './value-file';

/** Everything a check is made from: `checkValueCells` is a function of these alone. */
export interface CheckInputs {
  /** The file's cells, as `LastRead` keeps them: the same array for the same bytes. */
  cells: readonly ImportedCell[];
  cycle: Pick<CycleRecord, 'id' | 'version' | 'status' | 'importedHistory' | 'framework'>;
  user: Pick<SessionUser, 'id' | 'role' | 'agencyId'>;
  agencies: readonly CheckedAgency[];
  retired: ReadonlySet<string>;
  states: ReadonlyMap<string, SubmissionValueState>;
}

/**
 * The last check this instance made and what it was made from. An apply that follows its dry run reads the
 * agencies and submissions again and takes the dry run's check only when every input is equal: the same cells,
 * cycle, caller, agencies, and each submission's state, standing, values and notes. Comparing 80,000 stored values
 * costs a few milliseconds where checking them again costs about 80. One check at a time, like `LastRead`.
 */
export class LastCheck {
  private last: { inputs: CheckInputs; frameworkText: string; check: ValueCheck } | null = null;

  /** The kept check when it was made from inputs equal to these, else null. */
  take(inputs: CheckInputs): ValueCheck | null {
    const last = this.last;
    if (!last) return null;
    const was = last.inputs;
    const same =
      was.cells === inputs.cells &&
      was.cycle.id === inputs.cycle.id &&
      was.cycle.version === inputs.cycle.version &&
      was.cycle.status === inputs.cycle.status &&
      was.cycle.importedHistory === inputs.cycle.importedHistory &&
      last.frameworkText === JSON.stringify(inputs.cycle.framework) &&
      was.user.id === inputs.user.id &&
      was.user.role === inputs.user.role &&
      was.user.agencyId === inputs.user.agencyId &&
      sameAgencies(was.agencies, inputs.agencies) &&
      sameCodes(was.retired, inputs.retired) &&
      sameStates(was.states, inputs.states);
    return same ? last.check : null;
  }

  keep(inputs: CheckInputs, check: ValueCheck): void {
    this.last = { inputs, frameworkText: JSON.stringify(inputs.cycle.framework), check };
  }
}

function sameAgencies(a: readonly CheckedAgency[], b: readonly CheckedAgency[]): boolean {
  return (
    a.length === b.length &&
    a.every(
      (x, i) =>
        x.id === b[i].id && x.code === b[i].code && JSON.stringify(x.name) === JSON.stringify(b[i].name),
    )
  );
}

function sameCodes(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((code) => b.has(code));
}

function sameStates(
  a: ReadonlyMap<string, SubmissionValueState>,
  b: ReadonlyMap<string, SubmissionValueState>,
): boolean {
  if (a.size !== b.size) return false;
  for (const [agencyId, x] of a) {
    const y = b.get(agencyId);
    if (
      !y ||
      x.submissionId !== y.submissionId ||
      x.status !== y.status ||
      x.standing.kind !== y.standing.kind ||
      (x.standing.kind === 'refused' &&
        y.standing.kind === 'refused' &&
        x.standing.code !== y.standing.code) ||
      !sameEntries(x.values, y.values) ||
      !sameEntries(x.notes, y.notes)
    )
      return false;
  }
  return true;
}

function sameEntries<T>(a: ReadonlyMap<string, T>, b: ReadonlyMap<string, T>): boolean {
  if (a.size !== b.size) return false;
  for (const [key, value] of a) if (b.get(key) !== value) return false;
  return true;
}
