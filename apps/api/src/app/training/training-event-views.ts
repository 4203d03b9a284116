import { searchKey } from '@prgauge/text';
import type { Trainer, TrainingAudience, TrainingEventView, TrainingFormat } from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { countUpToBound, type PageTotal, type PageWindow } from '../common/paging';
import { attendanceRate, roundHours } from './training-figures';
import { FALLBACK_TIME_ZONE, timeZonesOfRegions } from '../regions/region-time-zone';

interface EventRow {
  id: string;
  region_id: string;
  title: string;
  topic_id: string;
  topic_code: string;
  format: TrainingFormat;
  committee_id: string | null;
  programme_id: string | null;
  start_date: string;
  end_date: string;
  location: string | null;
  trainers: Trainer[];
  planned_hours: string;
  audiences: TrainingAudience[];
  invited: number | null;
  attended: number;
  person_hours: string;
  version: number;
}

export interface EventQuery {
  ids?: string[];
  regionId?: string;
  topicId?: string;
  audience?: TrainingAudience;
  committeeId?: string;
  programmeId?: string;
  from?: string;
  to?: string;
  /** Part of the title, place or a trainer, matched through the shared search key. */
  search?: string;
}

/** The SQL conditions of a query on `training_event e`, with their parameters numbered from $1. */
function eventConditions(query: EventQuery): { where: string; params: unknown[] } {
  const conditions: string[] = [];
  const params: unknown[] = [];
  const add = (sql: string, value: unknown) => {
    params.push(value);
    conditions.push(sql.replace('?', `$${params.length}`));
  };
  if (query.ids) add('e.id = ANY(?::uuid[])', query.ids);
  if (query.regionId) add('e.region_id = ?', query.regionId);
  if (query.topicId) add('e.topic_id = ?', query.topicId);
  if (query.audience) add('? = ANY(e.audiences)', query.audience);
  if (query.committeeId) add('e.committee_id = ?', query.committeeId);
  if (query.programmeId) add('e.programme_id = ?', query.programmeId);
  if (query.from) add('e.start_date >= ?', query.from);
  if (query.to) add('e.start_date <= ?', query.to);
  const key = searchKey(query.search ?? '');
  // A key holds only letters and digits, so it needs no LIKE escaping.
  if (key) add('e.title_search LIKE ?', `%${key}%`);
  return { where: conditions.length ? `WHERE ${conditions.join(' AND ')}` : '', params };
}

/**
 * Events with their register's figures, in one query: attended rows and person-hours per event. Newest first,
 * then by title and id, so that the order is total; with a window, only that page of it.
 */
export async function loadEventViews(
  manager: EntityManager,
  query: EventQuery,
  window?: PageWindow,
): Promise<TrainingEventView[]> {
  const { where, params } = eventConditions(query);
  const page = window ? `LIMIT $${params.length + 1} OFFSET $${params.length + 2}` : '';
  const rows: EventRow[] = await manager.query(
    `SELECT e.id, e.region_id, e.title, e.topic_id, t.code AS topic_code, e.format, e.committee_id, e.programme_id,
            e.start_date::text, e.end_date::text, e.location, e.trainers, e.planned_hours, e.audiences, e.invited, e.version,
            count(a.id) FILTER (WHERE a.attended)::int AS attended,
            coalesce(sum(a.hours) FILTER (WHERE a.attended), 0) AS person_hours
       FROM training_event e
       JOIN training_topic t ON t.id = e.topic_id
       LEFT JOIN attendance a ON a.event_id = e.id
      ${where}
      GROUP BY e.id, t.code
      ORDER BY e.start_date DESC, e.title, e.id
      ${page}`,
    window ? [...params, window.limit, window.offset] : params,
  );
  const zones = await timeZonesOfRegions(
    manager,
    rows.map((r) => r.region_id),
  );
  return rows.map((r) => toEventView(r, zones.get(r.region_id) ?? FALLBACK_TIME_ZONE));
}

/** How many events match a query, for a page's total: exact up to the bound past the window's start. */
export function countEvents(
  manager: EntityManager,
  query: EventQuery,
  window: PageWindow,
): Promise<PageTotal> {
  const { where, params } = eventConditions(query);
  return countUpToBound(manager, `SELECT 1 FROM training_event e ${where}`, params, window);
}

function toEventView(r: EventRow, timeZone: string): TrainingEventView {
  return {
    id: r.id,
    regionId: r.region_id,
    title: r.title,
    topicId: r.topic_id,
    topicCode: r.topic_code,
    format: r.format,
    committeeId: r.committee_id,
    programmeId: r.programme_id,
    startDate: r.start_date,
    endDate: r.end_date,
    location: r.location,
    trainers: r.trainers,
    plannedHours: Number(r.planned_hours),
    audiences: r.audiences,
    invited: r.invited,
    attended: r.attended,
    personHours: roundHours(Number(r.person_hours)),
    attendanceRate: attendanceRate(r.attended, r.invited),
    version: r.version,
    timeZone,
  };
}
