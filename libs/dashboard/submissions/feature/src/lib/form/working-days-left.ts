import { dayIn, workingDaysBetween, type Locale, type WorkingWeek } from '@prgauge/contracts';

/**
 * The working days an editor has before a deadline, counted in the region's zone (`timeZone`, IANA): today
 * and the deadline's day both count when they are worked; a Friday in Tehran or a weekend in Almaty does
 * not. `null` once the deadline has passed.
 */
export function workingDaysLeft(
  deadline: string,
  now: Date,
  timeZone: string,
  week: WorkingWeek,
): number | null {
  const end = new Date(deadline);
  if (end.getTime() <= now.getTime()) return null;
  return workingDaysBetween(dayIn(now, timeZone), dayIn(end, timeZone), week);
}

/**
 * The dictionary key of "N working days left" for `count` in `locale`: `form.workingDaysLeft.<category>`, the
 * category chosen by Intl's plural rules (Russian one/few/many, English one/other, Kazakh and Persian one/other).
 */
export function workingDaysLeftKey(locale: Locale, count: number): string {
  return `form.workingDaysLeft.${new Intl.PluralRules(locale).select(count)}`;
}
