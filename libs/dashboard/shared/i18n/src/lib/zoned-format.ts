import type { Locale } from '@prgauge/contracts';
import { LOCALE_INFO } from './locale';
import { zoneLabel } from './zone-names';

/** A bare calendar day (`2026-12-01`): it is no instant, and has no place on any zone's clocks. */
const BARE_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The instant `value` names, or undefined for no value or text that is no date.
 *
 * @throws Error for a bare calendar day (`YYYY-MM-DD`): read as midnight UTC it would fall on the day before
 *   west of UTC, so it is shown with `formatCalendarDay`, which places it on no clock.
 */
export function instantOf(value: Date | string | null | undefined): Date | undefined {
  if (value === null || value === undefined || value === '') return undefined;
  if (typeof value === 'string' && BARE_DAY.test(value))
    throw new Error(`"${value}" is a calendar day, not an instant; show it with formatCalendarDay`);
  const date = typeof value === 'string' ? new Date(value) : value;
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** The reader's own time zone, as the browser reports it (an IANA name). */
export function readerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}

/** The product's own Kazakh month names, for browsers whose Intl has no Kazakh data. */
export const KAZAKH_MONTHS = [
  'қаңтар',
  'ақпан',
  'наурыз',
  'сәуір',
  'мамыр',
  'маусым',
  'шілде',
  'тамыз',
  'қыркүйек',
  'қазан',
  'қараша',
  'желтоқсан',
] as const;

/**
 * Whether this Intl writes Kazakh month names: without Kazakh data it falls back to a month number
 * (`2026 M12 6`), and the product writes the date itself.
 */
export function intlKnowsKazakh(): boolean {
  const month = new Intl.DateTimeFormat('kk-KZ', { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2026, 11, 6)),
  );
  return month === KAZAKH_MONTHS[11];
}

/** A Kazakh date written with the product's month names, as Intl writes it where it knows Kazakh. */
export function kazakhDate(date: Date, timeZone: string, withTime: boolean): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const day = `${part('year')} ж. ${Number(part('day'))} ${KAZAKH_MONTHS[Number(part('month')) - 1]}`;
  return withTime ? `${day}, ${part('hour')}:${part('minute')}` : day;
}

/**
 * A moment with its time, on the clocks of `timeZone` (the record's region) and in the locale's calendar,
 * naming the zone when it differs from the reader's: a deadline stored as the last moment of its day reads
 * "31 января 2027 г. в 23:59" in Almaty, and "… 23:59 Алматы" to a reader in Moscow. '—' for no value.
 */
export function formatMoment(
  locale: Locale,
  value: Date | string | null | undefined,
  timeZone: string,
  readerZone: string = readerTimeZone(),
): string {
  const date = instantOf(value);
  if (!date) return '—';
  const named = timeZone !== readerZone;
  if (locale === 'kk' && !intlKnowsKazakh()) {
    const text = kazakhDate(date, timeZone, true);
    return named ? `${text} ${zoneLabel('kk', timeZone, zoneName('ru-RU', date, timeZone))}` : text;
  }
  const format = new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, {
    timeZone,
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    ...(named ? { timeZoneName: 'shortGeneric' as const } : {}),
  });
  const text = format.format(date);
  if (!named) return text;
  // The zone's name swapped in the whole text: formatToParts spaces some locales' text differently from format.
  const intlName = format.formatToParts(date).find((p) => p.type === 'timeZoneName')?.value ?? '';
  return intlName ? text.replace(intlName, zoneLabel(locale, timeZone, intlName)) : text;
}

/**
 * The day a moment falls on, on the clocks of `timeZone` (the record's region), in the locale's calendar: a
 * window that opens on 1 December in Tehran starts at 20:30 UTC on 30 November, and still reads 1 December.
 */
export function formatDay(
  locale: Locale,
  value: Date | string | null | undefined,
  timeZone: string,
  style: 'medium' | 'long' = 'medium',
): string {
  const date = instantOf(value);
  if (!date) return '—';
  if (locale === 'kk' && !intlKnowsKazakh()) return kazakhDate(date, timeZone, false);
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { dateStyle: style, timeZone }).format(date);
}

/** The zone's short name in a language ("Алматы", "وقت ایران"). */
function zoneName(intl: string, date: Date, timeZone: string): string {
  return (
    new Intl.DateTimeFormat(intl, { timeZone, timeZoneName: 'shortGeneric' })
      .formatToParts(date)
      .find((p) => p.type === 'timeZoneName')?.value ?? timeZone
  );
}

/** A time of day alone, on the reader's clocks ("14:05"), for what happened today, like an autosave. */
export function formatTime(locale: Locale, value: Date | string | null | undefined): string {
  const date = instantOf(value);
  if (!date) return '—';
  return new Intl.DateTimeFormat(LOCALE_INFO[locale].intl, { hour: '2-digit', minute: '2-digit' }).format(
    date,
  );
}
