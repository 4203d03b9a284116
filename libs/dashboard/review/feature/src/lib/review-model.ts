import type { MeasureType } from '@prgauge/contracts';

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
