import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { agencyProfilesById } from '../agencies/agency-profiles.facade';
import { type CycleRecord, findCycleWithRowVersion } from '../cycles/cycle-record.facade';
import { oneWithRowVersion } from '../common/row-version';
import { Submission } from './submission.entity';

/**
 * A submission as a save last saw it, with the row versions (PostgreSQL's `xmin`) of the submission and cycle
 * rows it was read from. A statement that relies on it checks both row versions, so a stale copy can make a save
 * fall back to the locked path but never decide one. The agency is kept by region only: an agency never moves.
 */
export interface KeptSubmission {
  submission: Submission;
  rowVersion: string;
  cycle: CycleRecord;
  cycleRowVersion: string;
  agency: { id: string; regionId: string };
}

/** A kept submission row; its cycle is kept apart, once for all its submissions. */
type KeptRow = Pick<KeptSubmission, 'submission' | 'rowVersion' | 'agency'>;

/** How many submissions one instance keeps: a province's worth several times over, a few MB. */
const MAX_SUBMISSIONS = 20_000;
/** Cycles are few and each holds its framework document; the open ones of every region fit. */
const MAX_CYCLES = 500;

/**
 * What value saves read before writing, kept per instance so that a save normally makes one statement: the
 * submission row, its cycle (framework, status, deadline) and its agency's region. Entries are dropped when a
 * statement finds them stale, and the oldest go first when full.
 */
@Injectable()
export class SaveContextCache {
  private readonly submissions = new Map<string, KeptRow>();
  private readonly cycles = new Map<string, { cycle: CycleRecord; rowVersion: string }>();

  constructor(@InjectRepository(Submission) private readonly repository: Repository<Submission>) {}

  /** The kept submission, read (three queries at most) when not kept; null when there is no such submission. */
  async get(submissionId: string): Promise<KeptSubmission | null> {
    const manager = this.repository.manager;
    const kept = this.submissions.get(submissionId) ?? (await this.readSubmission(manager, submissionId));
    const cycle = kept && (await this.cycleOf(manager, kept.submission.cycleId));
    return cycle ? { ...kept, cycle: cycle.cycle, cycleRowVersion: cycle.rowVersion } : null;
  }

  private async readSubmission(manager: EntityManager, submissionId: string): Promise<KeptRow | null> {
    const found = await oneWithRowVersion(
      manager.getRepository(Submission).createQueryBuilder('s').where('s.id = :id', { id: submissionId }),
    );
    if (!found) return null;
    const submission = found.row;
    const agency = (await agencyProfilesById(manager, [submission.agencyId])).get(submission.agencyId);
    if (!agency) return null;
    const row = {
      submission,
      rowVersion: found.rowVersion,
      agency: { id: agency.id, regionId: agency.regionId },
    };
    this.keep(this.submissions, submissionId, row, MAX_SUBMISSIONS);
    return row;
  }

  /** After a save: the submission's new version, update time and row version. */
  saved(kept: KeptSubmission, version: number, updatedAt: Date, rowVersion: string): void {
    const submission = Object.assign(new Submission(), kept.submission, { version, updatedAt });
    this.keep(
      this.submissions,
      submission.id,
      { submission, rowVersion, agency: kept.agency },
      MAX_SUBMISSIONS,
    );
  }

  /** Drops what is kept of a submission, after this instance wrote it another way or its version moved. */
  forgetSubmission(submissionId: string): void {
    this.submissions.delete(submissionId);
  }

  /** Drops what is kept of a submission and its cycle, after a statement found either stale. */
  forget(kept: KeptSubmission): void {
    this.submissions.delete(kept.submission.id);
    if (this.cycles.get(kept.cycle.id)?.rowVersion === kept.cycleRowVersion)
      this.cycles.delete(kept.cycle.id);
  }

  private async cycleOf(
    manager: EntityManager,
    cycleId: string,
  ): Promise<{ cycle: CycleRecord; rowVersion: string } | null> {
    const kept = this.cycles.get(cycleId);
    if (kept) return kept;
    const fresh = await findCycleWithRowVersion(manager, cycleId);
    if (fresh) this.keep(this.cycles, cycleId, fresh, MAX_CYCLES);
    return fresh;
  }

  /** Sets `key` as the newest entry, dropping the oldest when `map` is full. */
  private keep<T>(map: Map<string, T>, key: string, value: T, max: number): void {
    map.delete(key);
    if (map.size >= max) map.delete(map.keys().next().value as string);
    map.set(key, value);
  }
}
