import { HttpStatus } from '@nestjs/common';
import type {
  FrameworkDocument,
  FrameworkDocumentLeaf,
  LocalizedText,
  TrainingLeafRecords,
} from '@prgauge/contracts';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-error';
import { storedLeaves } from '../cycles/framework-rules';
import { indicatorParams } from '../cycles/indicator-params';
import { roundHours } from './training-figures';

export interface ComputedValue {
  agencyId: string;
  indicator: string;
  value: number;
}

/** What training values need of a cycle (a cycle record has all of it): dates are `YYYY-MM-DD`, inclusive. */
export interface TrainingCycle {
  id: string;
  framework: FrameworkDocument;
  periodStart: string;
  periodEnd: string;
}

const trainingLeaves = (cycle: TrainingCycle): FrameworkDocumentLeaf[] =>
  storedLeaves(cycle.framework).filter((l) => l.source === 'computed' && l.rule?.training);

/** The rule's topics, or null for every topic. */
const topicsOf = (leaf: FrameworkDocumentLeaf): string[] | null =>
  leaf.rule?.training?.topics?.length ? leaf.rule.training.topics : null;

/**
 * The register rows a training leaf counts: attended rows of PR staff of the given agencies, in events starting
 * within the cycle period, of the rule's topics. Parameters: $1 agencies, $2–$3 period, $4 topics or null.
 */
const COUNTED_ROWS = `
         FROM attendance a
         JOIN training_event e ON e.id = a.event_id
         JOIN training_topic t ON t.id = e.topic_id
        WHERE a.attended AND a.audience = 'pr_staff' AND a.agency_id = ANY($1::uuid[])
          AND e.start_date BETWEEN $2 AND $3 AND ($4::text[] IS NULL OR t.code = ANY($4::text[]))`;

/**
 * The values of the cycle's computed training leaves: for each agency, the person-hours its PR staff
 * attended in events starting within the cycle period, limited to the rule's topics when it names any.
 * Read live, so a preview follows the registers; a publication freezes what it read into its snapshot.
 */
export async function trainingLeafValues(
  manager: EntityManager,
  cycle: TrainingCycle,
  agencyIds: string[],
): Promise<ComputedValue[]> {
  const out: ComputedValue[] = [];
  for (const leaf of trainingLeaves(cycle)) {
    const rows: { agency_id: string; hours: string }[] = await manager.query(
      `SELECT a.agency_id, sum(a.hours) AS hours ${COUNTED_ROWS} GROUP BY a.agency_id`,
      [agencyIds, cycle.periodStart, cycle.periodEnd, topicsOf(leaf)],
    );
    const hours = new Map(rows.map((r) => [r.agency_id, roundHours(Number(r.hours))]));
    // An agency with no register rows trained nobody: that is a known zero, not a missing value.
    for (const agencyId of agencyIds)
      out.push({ agencyId, indicator: leaf.key, value: hours.get(agencyId) ?? 0 });
  }
  return out;
}

/** The register rows behind one agency's computed training value, oldest event first, with their total. */
export async function trainingLeafRecords(
  manager: EntityManager,
  cycle: TrainingCycle,
  agencyId: string,
  indicator: string,
): Promise<TrainingLeafRecords> {
  const leaf = trainingLeaves(cycle).find((l) => l.key === indicator);
  if (!leaf) {
    const known = storedLeaves(cycle.framework).find((l) => l.key === indicator);
    throw new ApiException(HttpStatus.NOT_FOUND, 'submission.not_training_indicator', {
      ...(known ? indicatorParams(known) : { indicator }),
      cycleId: cycle.id,
    });
  }
  const rows: {
    id: string;
    event_id: string;
    title: string;
    start_date: string;
    topic_id: string;
    topic_code: string;
    topic_name: LocalizedText;
    participant_name: string;
    hours: string;
  }[] = await manager.query(
    `SELECT a.id, e.id AS event_id, e.title, to_char(e.start_date, 'YYYY-MM-DD') AS start_date,
            t.id AS topic_id, t.code AS topic_code, t.name AS topic_name,
            a.participant_name, a.hours
       ${COUNTED_ROWS}
      ORDER BY e.start_date, e.title, a.participant_name, a.id`,
    [[agencyId], cycle.periodStart, cycle.periodEnd, topicsOf(leaf)],
  );
  const records = rows.map((r) => ({
    attendanceId: r.id,
    eventId: r.event_id,
    eventTitle: r.title,
    startDate: r.start_date,
    topicId: r.topic_id,
    topicCode: r.topic_code,
    topicName: r.topic_name,
    participantName: r.participant_name,
    hours: roundHours(Number(r.hours)),
  }));
  return {
    indicator,
    topics: topicsOf(leaf),
    periodStart: cycle.periodStart,
    periodEnd: cycle.periodEnd,
    total: roundHours(records.reduce((sum, r) => sum + r.hours, 0)),
    records,
  };
}
