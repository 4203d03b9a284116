import type { LeafView, LocalizedText, SubmissionView } from '@prgauge/contracts';
import { asciiDigits } from '@prgauge/text';

export type FieldValue = number | boolean | null;

export interface Section {
  key: string;
  name: string | LocalizedText;
  leaves: LeafView[];
  /** Leaves the agency fills in this section, and how many of them have a value. */
  own: number;
  filled: number;
}

/** One section per top-level index, in framework order, with its progress. */
export function sectionsOf(view: SubmissionView, values: ReadonlyMap<string, FieldValue>): Section[] {
  return view.indices.map((index) => {
    const leaves = view.leaves.filter((leaf) => leaf.index === index.key);
    const own = leaves.filter((leaf) => leaf.source === 'agency');
    return {
      key: index.key,
      name: index.name,
      leaves,
      own: own.length,
      filled: own.filter((leaf) => isFilled(values.get(leaf.key))).length,
    };
  });
}

export function isFilled(value: FieldValue | undefined): boolean {
  return value !== null && value !== undefined;
}

export type FieldProblem = 'negative' | 'overHundred' | 'notANumber' | 'overMax';

/** What the form can say about a value before the server does; the server still checks everything. */
export function fieldProblem(leaf: LeafView, value: FieldValue): FieldProblem | null {
  if (value === null || typeof value === 'boolean') return null;
  if (!Number.isFinite(value)) return 'notANumber';
  if (value < 0) return 'negative';
  if (leaf.type === 'percent' && value > 100) return 'overHundred';
  if (leaf.type === 'rating' && leaf.max !== undefined && value > leaf.max) return 'overMax';
  return null;
}

/** Reads what a person typed: empty is "no value", a comma is a decimal point, Persian and Arabic digits count. */
export function parseNumber(text: string): number | null {
  const normal = asciiDigits(text.trim())
    .replace(/[\s\u00a0\u202f\u066c]/g, '')
    .replace(/[,٫]/g, '.');
  if (normal === '') return null;
  return /^-?\d*\.?\d+$|^-?\d+\.$/.test(normal) ? Number(normal) : NaN;
}

export interface MissingItem {
  indicator: string;
  problem: 'value' | 'evidence';
}

/** What still blocks a submit, as the server will judge it: agency values, and evidence where required. */
export function missingForSubmit(
  view: SubmissionView,
  values: ReadonlyMap<string, FieldValue>,
  evidenceCount: ReadonlyMap<string, number>,
): MissingItem[] {
  const missing: MissingItem[] = [];
  for (const leaf of view.leaves) {
    if (leaf.source !== 'agency') continue;
    if (!isFilled(values.get(leaf.key))) missing.push({ indicator: leaf.key, problem: 'value' });
    else if (leaf.evidenceRequired && !evidenceCount.get(leaf.key))
      missing.push({ indicator: leaf.key, problem: 'evidence' });
  }
  return missing;
}

/** Time left to a deadline, in whole days and hours; null once it has passed. */
export function timeLeft(deadline: string, now: Date): { days: number; hours: number } | null {
  const ms = new Date(deadline).getTime() - now.getTime();
  if (ms <= 0) return null;
  const hours = Math.floor(ms / 3_600_000);
  return { days: Math.floor(hours / 24), hours: hours % 24 };
}
