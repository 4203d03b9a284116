import type { Locale, LocalizedText, NotificationKind } from '@prgauge/contracts';
import {
  formatDay,
  formatNumber,
  nameIn,
  reportLocale,
  type ReportLocale,
} from '../../reports/report-format';
import { textsOfKind } from './notification-texts';

/**
 * A value an event gives its texts, stored as JSON: text as it is, a number (in the reader's digits), a name in
 * several languages (the reader's, else another), a calendar day (`{ day: 'YYYY-MM-DD' }`, in the reader's
 * calendar) or an instant (`{ instant: ISO 8601 }`, in the region's zone and the reader's calendar).
 */
export type NotificationParam =
  string | number | LocalizedText | { day: string } | { instant: string } | null;

/** An entry of the `items` param: its own params, and the dashboard path it names. */
export interface NotificationItemParams {
  [name: string]: NotificationParam | undefined;
  link?: string | null;
}

/** The params of an event: named values, and the list `items` where the kind lists things. */
export interface NotificationParams {
  [name: string]: NotificationParam | NotificationItemParams[] | undefined;
  items?: NotificationItemParams[];
}

/** A notification in one reader's words. */
export interface RenderedNotification {
  title: string;
  body: string[];
  items: { text: string; link: string | null }[];
  /** The link's label, or null when the kind has none. */
  action: string | null;
  locale: Locale;
  dir: 'ltr' | 'rtl';
}

/** How a reader reads it: their language, and the zone instants are shown in (the region's). */
export interface RenderContext {
  locale: Locale;
  timeZone: string;
}

/**
 * `kind`'s texts in the reader's language with `params` filled in. Pure; throws only when the kind has no texts.
 */
export function renderNotification(
  kind: NotificationKind,
  params: NotificationParams,
  context: RenderContext,
): RenderedNotification {
  const texts = textsOfKind(kind)[context.locale];
  const loc = reportLocale(context.locale);
  const fill = (template: string, values: Record<string, unknown>) =>
    template
      .replace(/\{(\w+)\}/g, (_, name: string) =>
        isolated(context.locale, formatParam(loc, context.timeZone, values[name])),
      )
      .replace(/\s{2,}/g, ' ')
      .trim();
  const items = texts.item
    ? (params.items ?? []).map((item) => ({
        text: fill(texts.item as string, item),
        link: item.link ?? null,
      }))
    : [];
  return {
    title: fill(texts.title, params),
    body: texts.body.map((line) => fill(line, params)),
    items,
    action: texts.action ?? null,
    locale: context.locale,
    dir: loc.dir,
  };
}

/** Explicit direction marks people paste by accident; an isolate around each value does their work. */
const DIRECTION_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/** Right-to-left letters, or any explicit direction mark. */
const NEEDS_ISOLATE = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u200E\u200F\u202A-\u202E\u2066-\u2069]/;

/**
 * A value as it sits in a sentence: inside a first-strong isolate (U+2068 … U+2069, Unicode Bidirectional
 * Algorithm, UAX #9) wherever it could reorder the words around it: in every Persian text (a reference number
 * 2026-00002 or a Latin name stays as typed), and in any text where the value holds right-to-left letters or
 * direction marks. A stray mark in a name then cannot turn a deadline around.
 */
function isolated(locale: Locale, value: string): string {
  if (value === '') return value;
  if (locale !== 'fa' && !NEEDS_ISOLATE.test(value)) return value;
  return `\u2068${value.replace(DIRECTION_CONTROLS, '')}\u2069`;
}

function formatParam(loc: ReportLocale, timeZone: string, value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return formatNumber(loc, value, 2);
  if (typeof value !== 'object' || Array.isArray(value)) return '';
  const record = value as Record<string, unknown>;
  if (typeof record['day'] === 'string') return formatDay(loc, record['day']);
  if (typeof record['instant'] === 'string') return formatInstant(loc, timeZone, record['instant']);
  return nameIn(loc, record as LocalizedText);
}

function formatInstant(loc: ReportLocale, timeZone: string, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(loc.tag, { timeZone, dateStyle: 'long', timeStyle: 'short' }).format(date);
}
