import type { MeasureType } from '@prgauge/contracts';
import { asciiDigits } from '@prgauge/text';

/**
 * Relative change against last cycle, in percent; null when there is nothing to compare with, and for a yes/no
 * value, whose answer changes but by no percentage.
 */
export function changePercent(
  value: number | null,
  previous: number | null,
  type: MeasureType = 'number',
): number | null {
  if (value === null || previous === null || type === 'boolean') return null;
  if (previous === 0) return value === 0 ? 0 : null;
  return ((value - previous) / Math.abs(previous)) * 100;
}

/** The comments to send with a return: one per indicator that has text, then the general one. */
export function commentsToSend(
  perIndicator: ReadonlyMap<string, string>,
  general: string,
): { indicator?: string; body: string }[] {
  const comments: { indicator?: string; body: string }[] = [];
  for (const [indicator, body] of perIndicator)
    if (body.trim()) comments.push({ indicator, body: body.trim() });
  if (general.trim()) comments.push({ body: general.trim() });
  return comments;
}

/** What a typed rating reads as: a value (null when empty), or why it cannot be saved. */
export type RatingEntry = { value: number | null } | { problem: 'notANumber' | 'outOfRange' };

/**
 * Reads a typed rating: empty clears it; a comma is a decimal point; Persian and Arabic-Indic digits count. A
 * rating runs from 0 to `max`; outside that, or not a number, it is not saved.
 */
export function parseRating(text: string, max: number): RatingEntry {
  const normal = asciiDigits(text.trim()).replace(/[,٫]/g, '.');
  if (normal === '') return { value: null };
  if (!/^\d*\.?\d+$/.test(normal)) return { problem: 'notANumber' };
  const value = Number(normal);
  return value > max ? { problem: 'outOfRange' } : { value };
}

/** The indicators a refusal names in its details, by key, among the leaves of the page. */
export function refusedIndicators(
  details: readonly { field: string }[],
  leafKeys: ReadonlySet<string>,
): string[] {
  return [...new Set(details.map((d) => d.field).filter((field) => leafKeys.has(field)))];
}
