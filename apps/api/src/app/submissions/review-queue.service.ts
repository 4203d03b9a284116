import { Injectable } from '@nestjs/common';
import type {
  CompletenessRow,
  LocalizedText,
  Page,
  ReviewQueueItem,
  SessionUser,
  SubmissionStatus,
} from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { Submission } from './submission.entity';
import { type EntityManager, type Repository } from 'typeorm';
import { committeeReviewScope } from '../committees/committee-review-scope';
import { pageOfList, type PageWindow } from '../common/paging';
import { type CycleRecord, visibleCycle } from '../cycles/cycle-record.facade';
import { storedLeaves } from '../cycles/framework-rules';
import { agencyProfilesById } from '../agencies/agency-profiles.facade';
import { workFirst } from './review-queue-order';
import { PeerDistribution, valueFlags } from './value-flags';
import { Clock } from '../common/clock';
import { timeZoneOfRegion } from '../regions/region-time-zone';
import { PreviousValues } from './previous-values';
import { cycleValues, submissionProgress, type SubmissionProgressRow } from './cycle-values';

interface Row extends SubmissionProgressRow {
  code: string;
  name: LocalizedText;
}

export interface QueueFilter {
  status?: SubmissionStatus;
  flagged?: boolean;
}

/** What reviewers and directors watch: the queue of submissions and how complete the cycle is. */
@Injectable()
export class ReviewQueueService {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly clock: Clock,
    private readonly previousValues: PreviousValues,
  ) {}

  /** This module's connection, for reads through other modules' facades and for transactions. */
  private get db(): EntityManager {
    return this.submissions.manager;
  }

  /**
   * One page of the cycle's submissions, work first (see `workFirst`). Flags and a committee member's share are
   * worked out over the whole cycle (one agency's flags compare it with its peers), so the page is cut from the
   * sorted, filtered list in memory; a cycle holds one submission per agency of a region.
   */
  async queue(
    cycleId: string,
    user: SessionUser,
    filter: QueueFilter,
    window: PageWindow,
  ): Promise<Page<ReviewQueueItem>> {
    const cycle = await visibleCycle(this.db, cycleId, user);
    const rows = await this.committeeRows(cycle, user, await this.rows(cycleId));
    const timeZone = await timeZoneOfRegion(this.db, cycle.regionId);
    const flags = await this.flagCounts(cycleId, cycle);
    const items = rows
      .filter((r) => !filter.status || r.status === filter.status)
      .map((r) => ({
        submissionId: r.submission_id,
        agencyId: r.agency_id,
        agencyCode: r.code,
        agencyName: r.name,
        status: r.status,
        deadline: cycle.deadline.toISOString(),
        extensionUntil: r.extension_until?.toISOString() ?? null,
        timeZone,
        submittedAt: r.submitted_at?.toISOString() ?? null,
        flags: flags.get(r.agency_id) ?? 0,
        changedSinceReview: r.changed,
        version: r.version,
        ...(r.reviewIndices ? { reviewIndices: r.reviewIndices } : {}),
      }))
      .filter((item) => filter.flagged === undefined || item.flags > 0 === filter.flagged)
      .sort(workFirst);
    return pageOfList(items, window);
  }

  async completeness(cycleId: string, user: SessionUser): Promise<CompletenessRow[]> {
    const cycle = await visibleCycle(this.db, cycleId, user);
    const agencyLeaves = storedLeaves(cycle.framework).filter((l) => l.source === 'agency').length || 1;
    const now = this.clock.now();
    return (await this.rows(cycleId)).map((r) => {
      const until =
        r.extension_until && r.extension_until > cycle.deadline ? r.extension_until : cycle.deadline;
      const done = r.status === 'submitted' || r.status === 'approved';
      return {
        agencyId: r.agency_id,
        agencyCode: r.code,
        agencyName: r.name,
        state: r.status === 'draft' && r.filled === 0 ? 'not-started' : r.status,
        filled: Math.min(1, r.filled / agencyLeaves),
        late: done ? !!r.submitted_at && r.submitted_at > until : now > until,
        extensionUntil: r.extension_until?.toISOString() ?? null,
      };
    });
  }

  /**
   * A committee member's part of the queue: every submission for the performance-evaluation committee,
   * and for an index committee those with a value under its indices.
   */
  private async committeeRows(
    cycle: CycleRecord,
    user: SessionUser,
    rows: Row[],
  ): Promise<(Row & { reviewIndices?: string[] })[]> {
    if (user.role !== 'committee_member') return rows;
    const scope = await committeeReviewScope(this.db, user, cycle);
    if (scope.whole) return rows;
    if (scope.indices.length === 0) return [];
    const filled = await cycleValues(this.db, cycle.id, { indicators: [...scope.leaves] });
    const touched = new Set(filled.map((f) => f.submissionId));
    return rows
      .filter((r) => touched.has(r.submission_id))
      .map((r) => ({ ...r, reviewIndices: scope.indices }));
  }

  /** The cycle's submissions with their agency's code and name, by agency code (one submission per agency). */
  private async rows(cycleId: string): Promise<Row[]> {
    const submissions = await submissionProgress(this.db, cycleId);
    const agencies = await agencyProfilesById(
      this.db,
      submissions.map((s) => s.agency_id),
    );
    // The profiles come ordered by code, in the database's collation, which orders the rows too.
    const order = new Map([...agencies.keys()].map((id, i) => [id, i]));
    return submissions
      .flatMap((s) => {
        const agency = agencies.get(s.agency_id);
        return agency ? [{ ...s, code: agency.code, name: agency.name }] : [];
      })
      .sort((a, b) => (order.get(a.agency_id) ?? 0) - (order.get(b.agency_id) ?? 0));
  }

  /** Flags per agency, computed the same way as on the review screen. */
  private async flagCounts(cycleId: string, cycle: CycleRecord): Promise<Map<string, number>> {
    const values = await cycleValues(this.db, cycleId);
    const previousValues = await this.previousValues.previousPublishedValues(this.db, cycle);
    const byIndicator = new Map<string, { agency: string; value: number }[]>();
    for (const v of values) {
      const entries = byIndicator.get(v.indicator) ?? [];
      entries.push({ agency: v.agencyId, value: v.value });
      byIndicator.set(v.indicator, entries);
    }
    const types = new Map(storedLeaves(cycle.framework).map((leaf) => [leaf.key, leaf.measure.type]));
    const counts = new Map<string, number>();
    for (const [indicator, entries] of byIndicator) {
      // A cycle has one submission per agency, so an agency's peers are every value but its own.
      const all = PeerDistribution.of(entries.map((e) => e.value));
      for (const entry of entries) {
        const before = previousValues.get(entry.agency)?.[indicator] ?? null;
        const flags = valueFlags(entry.value, before, all.stats(entry.value), types.get(indicator));
        if (flags.length) counts.set(entry.agency, (counts.get(entry.agency) ?? 0) + flags.length);
      }
    }
    return counts;
  }
}
