import { Injectable } from '@nestjs/common';
import {
  calendarYearOf,
  type LocalizedText,
  type SessionUser,
  type TrainingAudience,
  type TrainingReport,
} from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { activeAgenciesWithPrStaff } from '../agencies/active-agencies';
import { InvalidFieldsException } from '../common/api-error';
import { assertRegion, regionFor } from '../common/scope';
import { RecordNotFoundException } from '../common/record-not-found';
import { committeeNamesOf, committeeRegionOf } from '../committees/committee-references';
import { loadEventViews } from './training-event-views';
import { buildTrainingReport, ReportAgency } from './training-report';
import { Clock } from '../common/clock';
import { FALLBACK_TIME_ZONE, timeOfRegion } from '../regions/region-time-zone';

export interface ReportRange {
  from?: string;
  to?: string;
  regionId?: string;
  /** Only the events this committee organised; its region becomes the report's region. */
  committeeId?: string;
}

/** Reads what the training report needs for a region (or, for a national admin, all) and a date range. */
@Injectable()
export class TrainingReportsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly clock: Clock,
  ) {}

  async report(user: SessionUser, range: ReportRange): Promise<TrainingReport> {
    const committee = range.committeeId ? await this.committee(user, range.committeeId) : null;
    const regionId = committee?.regionId ?? regionFor(user, range.regionId) ?? null;
    // By default, the current year of the region's calendar on its clocks (1405 in a Solar Hijri region).
    const { timeZone, calendar } = regionId
      ? await timeOfRegion(this.manager, regionId)
      : { timeZone: FALLBACK_TIME_ZONE, calendar: 'gregorian' as const };
    const year = calendarYearOf(this.clock.now(), timeZone, calendar);
    const from = range.from ?? year.from;
    const to = range.to ?? year.to;
    if (to < from)
      throw new InvalidFieldsException([
        {
          field: 'to',
          code: 'field.too_early',
          params: { other: 'from', otherDate: from },
          problems: ['is before from'],
        },
      ]);
    const manager = this.manager;
    const committeeId = committee?.id ?? null;
    const attended: {
      event_id: string;
      person_id: string;
      committee_id: string | null;
      start_date: string;
      topic_code: string;
      topic_name: LocalizedText;
      audience: TrainingAudience;
      agency_id: string | null;
      hours: string;
    }[] = await manager.query(
      `SELECT e.id AS event_id, a.person_id, e.committee_id, e.start_date::text, t.code AS topic_code,
              t.name AS topic_name, a.audience, a.agency_id, a.hours
         FROM attendance a JOIN training_event e ON e.id = a.event_id JOIN training_topic t ON t.id = e.topic_id
        WHERE a.attended AND e.start_date BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR e.region_id = $3::uuid)
          AND ($4::uuid IS NULL OR e.committee_id = $4::uuid)`,
      [from, to, regionId, committeeId],
    );
    const agencies = await activeAgenciesWithPrStaff(manager, regionId);
    const events = await loadEventViews(manager, {
      from,
      to,
      ...(regionId ? { regionId } : {}),
      ...(committeeId ? { committeeId } : {}),
    });
    return buildTrainingReport({
      from,
      to,
      committeeId,
      committees: await committeeNamesOf(manager, regionId),
      attended: attended.map((r) => ({
        eventId: r.event_id,
        personId: r.person_id,
        committeeId: r.committee_id,
        startDate: r.start_date,
        topicCode: r.topic_code,
        topicName: r.topic_name,
        audience: r.audience,
        agencyId: r.agency_id,
        hours: Number(r.hours),
      })),
      agencies: agencies.map((a): ReportAgency => ({
        id: a.id,
        code: a.code,
        name: a.name,
        prStaff: a.prStaff,
      })),
      events,
    });
  }

  /** The asked-for committee; another region's answers 404, as a missing one does. */
  private async committee(user: SessionUser, committeeId: string) {
    const committee = await committeeRegionOf(this.manager, committeeId);
    if (!committee) throw new RecordNotFoundException('committee');
    assertRegion(user, committee.regionId, 'committee');
    return committee;
  }
}
