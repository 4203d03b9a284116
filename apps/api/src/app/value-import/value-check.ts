import {
  LIMITS,
  type CycleStatus,
  type ErrorParams,
  type FieldProblemCode,
  type FrameworkDocumentLeaf,
  type LocalizedText,
  type SessionUser,
  type ValueImportChange,
  type ValueImportProblem,
  VALUE_IMPORT_LIST_LIMIT,
} from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { hasPercentSign } from '../common/tabular/number-column';
import { readYesNo } from '../common/tabular/yes-no';
import type { SubmissionValueState } from '../submissions/imported-values.facade';
import { largestValue, mayFill, toStoredValue, valueProblem } from '../submissions/value-rules';
import type { CellPlace, ImportedCell } from './value-file';

/** An agency as the check needs it. */
export interface CheckedAgency {
  id: string;
  code: string;
  name: LocalizedText;
}

/** What a file is checked against: the cycle's leaves by key, the region's agencies by code, the caller, the submissions. */
export interface CheckContext {
  leaves: ReadonlyMap<string, FrameworkDocumentLeaf>;
  agencies: ReadonlyMap<string, CheckedAgency>;
  /** The codes of the region's retired agencies, named apart from codes no agency has. */
  retired: ReadonlySet<string>;
  user: Pick<SessionUser, 'role' | 'agencyId'>;
  states: ReadonlyMap<string, SubmissionValueState>;
  /** The cycle's status, named when the cycle refuses the whole file. */
  cycleStatus: CycleStatus;
  /** An imported-history cycle: its historic workbooks hold the evaluators' ratings too. */
  importedHistory: boolean;
}

/** One value to write: `expected` is the value the check read, which must still stand when it is written. */
export interface PlannedValue {
  key: string;
  indicator: string;
  value: number | null;
  note: string | null;
  expected: number | null;
}

/** One agency's values to write; `protected` when its submission is submitted or approved (written only if ticked). */
export interface PlannedSubmission {
  agencyId: string;
  agencyCode: string;
  submissionId: string;
  protected: boolean;
  entries: PlannedValue[];
}

/**
 * What a check found: the problems, the first `VALUE_IMPORT_LIST_LIMIT` changes and overwrites in the file's
 * order with the full counts of each, the plan that applies them, and its fingerprint.
 */
export interface ValueCheck {
  problems: ValueImportProblem[];
  changes: ValueImportChange[];
  overwrites: ValueImportChange[];
  counts: { changes: number; overwrites: number };
  unchanged: number;
  fingerprint: string;
  submissions: PlannedSubmission[];
}

/**
 * Checks every cell of a file against the cycle and the caller, as the form would check a save, and plans the
 * writes. Each problem is reported once at the cell the person must fix (an unknown indicator column once, at
 * its key): unknown agency or indicator, a computed indicator, a rated one (outside imported history), an
 * agency outside an editor's scope, a cell given twice, a formula without a usable value, a percent sign on an
 * indicator that is no percent, a comment longer than the form's (`LIMITS.valueNote`), a wrong type or a value
 * out of range (the form's `valueProblem`), an agency without a
 * submission or whose submission the form would not change now (a cycle that is not open: once, for the file).
 * Values equal to the stored ones are skipped, unless the cell brings a comment other than the stored note: a
 * comment alone is a change, and a long-layout row with an empty value and a comment keeps the stored value and
 * saves the comment.
 */
export function checkValueCells(cells: readonly ImportedCell[], ctx: CheckContext): ValueCheck {
  const problems: ValueImportProblem[] = [];
  const reported = new Set<string>();
  const report = (at: CellPlace, code: FieldProblemCode, params: ErrorParams) => {
    const id = `${at.row}:${at.column}:${code}`;
    if (reported.has(id)) return;
    reported.add(id);
    problems.push({ ...at, code, params });
  };
  const seen: SeenCells = new Map();
  const planned = new Map<string, PlannedSubmission>();
  const out = { changes: [] as ValueImportChange[], overwrites: [] as ValueImportChange[], unchanged: 0 };
  const counts = { changes: 0, overwrites: 0 };
  const read: (string | number | null)[] = [];
  for (const cell of cells) {
    const found = checkCell(cell, ctx, report, seen);
    if (!found) continue;
    const { agency, leaf, state } = found;
    const current = state.values.get(leaf.key) ?? null;
    const currentNote = state.notes.get(leaf.key) ?? null;
    // An empty value with a comment keeps the stored value and saves the comment.
    const value = found.value === undefined ? current : found.value;
    const key = `${agency.code}/${leaf.key}`;
    // By agency, not submission: an agency without one yet gets its draft only when the file is applied.
    read.push(agency.id, leaf.key, current, currentNote, state.status);
    if (current === value && (cell.comment === null || cell.comment === currentNote)) {
      out.unchanged++;
      continue;
    }
    const isProtected = state.standing.kind === 'protected';
    // Only the first of each are shown: an 80,000-value file does not build 80,000 descriptions.
    const listed = isProtected ? counts.overwrites++ : counts.changes++;
    if (listed < VALUE_IMPORT_LIST_LIMIT)
      (isProtected ? out.overwrites : out.changes).push({
        key,
        agencyCode: agency.code,
        agencyName: agency.name,
        indicator: leaf.key,
        indicatorName: leaf.name,
        measure: {
          type: leaf.measure.type,
          ...(leaf.measure.max === undefined ? {} : { max: leaf.measure.max }),
        },
        current,
        next: value,
        comment: cell.comment,
        status: state.status,
      });
    const batch = planned.get(agency.id) ?? {
      agencyId: agency.id,
      agencyCode: agency.code,
      submissionId: state.submissionId,
      protected: isProtected,
      entries: [],
    };
    batch.entries.push({ key, indicator: leaf.key, value, note: cell.comment, expected: current });
    planned.set(agency.id, batch);
  }
  // The cells come in the file's order, the same for the same file: no sorting is needed to compare two checks.
  const fingerprint = createHash('sha256').update(read.join('\n')).digest('hex').slice(0, 32);
  return {
    problems: sortProblems(problems).map((p) => withIndicatorName(p, ctx.leaves)),
    ...out,
    counts,
    fingerprint,
    submissions: [...planned.values()],
  };
}

type Report = (at: CellPlace, code: FieldProblemCode, params: ErrorParams) => void;

/**
 * The row each cell was first given in, by agency code then indicator key: two lookups of strings whose hashes are
 * already known, rather than a new `agency/indicator` string per cell (a large file has 80,000 of them).
 */
type SeenCells = Map<string, Map<string, number>>;

/** The agency, leaf, submission and stored value of one cell, or null once its problems are reported. */
function checkCell(cell: ImportedCell, ctx: CheckContext, report: Report, seen: SeenCells) {
  const agency = ctx.agencies.get(cell.agencyCode);
  const leaf = ctx.leaves.get(cell.indicator);
  let ok = true;
  if (!agency) {
    const code = ctx.retired.has(cell.agencyCode)
      ? 'value_import.retired_agency'
      : 'value_import.unknown_agency';
    report(cell.at.agency, code, { value: cell.agencyCode });
    ok = false;
  } else if (ctx.user.role === 'agency_editor' && agency.id !== ctx.user.agencyId) {
    report(cell.at.agency, 'value_import.agency_out_of_scope', { agency: agency.code });
    ok = false;
  }
  if (!leaf) {
    report(cell.at.indicator, 'value_import.unknown_indicator', { value: cell.indicator });
    return null;
  }
  if (leaf.source === 'computed' || leaf.source === undefined) {
    report(cell.at.indicator, 'value_import.computed_indicator', { indicator: leaf.key });
    return null;
  }
  const historicRating = ctx.importedHistory && mayFill(ctx.user.role, leaf);
  if (leaf.source !== 'agency' && !historicRating) {
    report(cell.at.indicator, 'value_import.not_filled_by_agencies', {
      indicator: leaf.key,
      source: leaf.source,
    });
    return null;
  }
  if (cell.comment !== null && cell.comment.length > LIMITS.valueNote.max) {
    report(cell.at.comment ?? cell.at.value, 'field.too_long', {
      indicator: leaf.key,
      max: LIMITS.valueNote.max,
      length: cell.comment.length,
    });
    ok = false;
  }
  let agencyCells = seen.get(cell.agencyCode);
  if (!agencyCells) seen.set(cell.agencyCode, (agencyCells = new Map()));
  const firstRow = agencyCells.get(leaf.key);
  if (firstRow !== undefined) {
    report(cell.at.value, 'value_import.duplicate_cell', {
      agency: cell.agencyCode,
      indicator: leaf.key,
      firstRow,
    });
    return null;
  }
  agencyCells.set(leaf.key, cell.at.value.row);
  const value = cell.valueGiven ? cellValue(cell, leaf, report) : undefined;
  if (!ok || !agency || (cell.valueGiven && value === undefined)) return null;
  const state = ctx.states.get(agency.id);
  if (!state) {
    report(cell.at.agency, 'value_import.no_submission', { agency: agency.code });
    return null;
  }
  if (state.standing.kind === 'refused' && state.standing.code === 'submission.cycle_not_open') {
    // The cycle refuses every row alike: one problem for the file, at its first cell.
    report({ sheet: cell.at.agency.sheet, row: 1, column: 'A' }, 'value_import.cycle_not_open', {
      status: ctx.cycleStatus,
    });
    return null;
  }
  if (state.standing.kind === 'refused') {
    report(cell.at.agency, 'value_import.not_editable', { agency: agency.code, status: state.standing.code });
    return null;
  }
  return { agency, leaf, state, value };
}

/** The cell's value as stored (yes/no as 1/0), or undefined once its problem is reported. */
function cellValue(
  cell: ImportedCell,
  leaf: FrameworkDocumentLeaf,
  report: Report,
): number | null | undefined {
  const params = { indicator: leaf.key, value: String(cell.raw) };
  if (cell.formula !== null) {
    report(cell.at.value, 'value_import.formula_without_value', {
      indicator: leaf.key,
      formula: cell.formula,
    });
    return undefined;
  }
  let value: number | boolean | null;
  if (leaf.measure.type === 'boolean') {
    const yesNo = readYesNo(cell.raw);
    if (yesNo === 'invalid') {
      report(cell.at.value, 'value_import.not_yes_no', params);
      return undefined;
    }
    value = yesNo;
  } else if (hasPercentSign(cell.raw) && leaf.measure.type !== 'percent') {
    report(cell.at.value, 'file.not_a_number', params);
    return undefined;
  } else if (cell.number !== null && typeof cell.number === 'object') {
    const reading = cell.number;
    report(
      cell.at.value,
      reading.problem === 'ambiguous' ? 'file.ambiguous_number' : 'file.not_a_number',
      reading.problem === 'ambiguous'
        ? { ...params, thousands: reading.thousands, decimal: reading.decimal }
        : params,
    );
    return undefined;
  } else value = cell.number;
  // "1e309" reads as Infinity: out of range, as any number past the largest.
  if (value === Infinity) {
    report(cell.at.value, 'field.too_large', { ...params, max: largestValue(leaf) });
    return undefined;
  }
  const problem = valueProblem(leaf, value);
  if (problem) {
    report(cell.at.value, problem.code, { ...params, ...problem.params });
    return undefined;
  }
  return toStoredValue(value);
}

/** A problem naming one of the cycle's indicators by key, with its title for the reader. */
function withIndicatorName(
  problem: ValueImportProblem,
  leaves: ReadonlyMap<string, FrameworkDocumentLeaf>,
): ValueImportProblem {
  const key = problem.params['indicator'];
  const leaf = typeof key === 'string' ? leaves.get(key) : undefined;
  return leaf ? { ...problem, indicatorName: leaf.name } : problem;
}

/** Problems in reading order: by sheet row, then column (A before B, Z before AA). */
function sortProblems(problems: ValueImportProblem[]): ValueImportProblem[] {
  return problems.sort(
    (a, b) => a.row - b.row || a.column.length - b.column.length || a.column.localeCompare(b.column),
  );
}
