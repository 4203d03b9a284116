import { acceptedFileKindOf, type ErrorParams, type Locale } from '@prgauge/contracts';
import { formatCalendarDay, isCalendarDay } from '../calendar-day';
import { formatFileSize, formatNumber } from '../format';
import { formatDay, readerTimeZone } from '../zoned-format';

/** Params that name a date: `opensAt`, `startDate`, `periodEnd`, `deadline`. Their values are ISO 8601 text. */
const DATE_PARAM = /(At|Date|End|Start)$|^deadline$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}/;
/** Params that give a size in bytes (`maxBytes`): people read them in megabytes or kilobytes. */
const SIZE_PARAM = /Bytes$/;
/** Params that name a field of the request: the refused one, or the one it is compared with. */
const FIELD_PARAMS = new Set(['field', 'other']);
/**
 * Params that name indicators by key (`indicator`), or list several (`indicators: 'media.releases, web.answered'`).
 * The page's labels give their titles in the reader's language.
 */
const INDICATOR_PARAMS = new Set(['indicator', 'indicators']);
/** Params whose text lists several values, `, `-separated, each worded on its own: `missing: 'kk, fa'`. */
const LIST_PARAMS = new Set(['indicators', 'missing']);
/** How a list reads in each language: Persian separates with its own comma. */
const LIST_SEPARATOR: Record<Locale, string> = { ru: ', ', kk: ', ', fa: '، ', en: ', ' };

/** What wording a refusal's params needs besides the locale: dictionary look-ups and the form's field labels. */
export interface ParamWording {
  /** The text under a dictionary key, or undefined when no dictionary has it. */
  lookUp: (key: string) => string | undefined;
  /** The form's label for a field path, when the form knows it. */
  labelOf?: (field: string) => string | undefined;
  /** The reader's IANA time zone, on whose clocks an instant param falls on its day; the browser's when absent. */
  readerZone?: string;
}

/** The dictionary key that may word a param's value, e.g. `error-param.record.contest`. */
export const paramValueKey = (name: string, value: string) => `error-param.${name}.${value}`;

/**
 * A refusal's params as people read them in `locale`: dates (`…At`, `…Date`, `…End`, `deadline`) in the
 * locale's calendar, numbers in its digits, a `field` or `other` param as the form's label of that field, an
 * `indicator` key as the page's title of that indicator, and any other text through the dictionary key
 * {@link paramValueKey} when one exists (so `phase: 'judging'` reads "судейство"), else as sent. A list param
 * (`indicators`, `missing`) is worded item by item.
 */
export function paramsForDisplay(locale: Locale, params: ErrorParams, wording: ParamWording): ErrorParams {
  return Object.fromEntries(
    Object.entries(params).map(([name, value]) => [name, paramText(locale, name, value, wording)]),
  );
}

function paramText(locale: Locale, name: string, value: string | number, wording: ParamWording): string {
  if (typeof value === 'number' && SIZE_PARAM.test(name)) return formatFileSize(locale, value);
  if (typeof value === 'number') return formatNumber(locale, value, decimalsOf(value));
  if (DATE_PARAM.test(name) && ISO_DATE.test(value))
    return dateText(locale, value, wording.readerZone ?? readerTimeZone());
  if (FIELD_PARAMS.has(name)) return wording.labelOf?.(value) ?? value;
  if (LIST_PARAMS.has(name)) {
    const items = value.split(', ').filter(Boolean);
    return items.map((item) => itemText(name, item, wording)).join(LIST_SEPARATOR[locale]);
  }
  return itemText(name, value, wording);
}

/**
 * A date param as people read it: a calendar day (`periodEnd: '2026-12-31'`) as that day; an instant (a
 * window's end) as the day it falls on on the reader's clocks, since a refusal does not name the record's zone.
 */
function dateText(locale: Locale, value: string, readerZone: string): string {
  return isCalendarDay(value) ? formatCalendarDay(locale, value) : formatDay(locale, value, readerZone);
}

/** One value as people read it: an indicator's title, else the dictionary's word for it, else as sent. */
function itemText(name: string, value: string, wording: ParamWording): string {
  const title = INDICATOR_PARAMS.has(name) ? wording.labelOf?.(value) : undefined;
  const key = name === 'indicators' ? 'indicator' : name;
  return title ?? wording.lookUp(paramValueKey(key, valueName(name, value))) ?? value;
}

/**
 * The stable name a value is worded by: an `accepted` param carries the English words of a file kind
 * (`a CSV file or an XLSX workbook`), worded by the kind's name (`table`); any other value is its own name.
 */
function valueName(name: string, value: string): string {
  return (name === 'accepted' && acceptedFileKindOf(value)) || value;
}

/** As many decimals as the value has (at most 6), so a limit of 0.5 does not read as 1. */
function decimalsOf(value: number): number {
  if (Number.isInteger(value)) return 0;
  const fraction = String(value).split('.')[1] ?? '';
  return Math.min(fraction.length, 6);
}
