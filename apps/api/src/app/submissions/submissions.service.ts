import { HttpStatus, Injectable } from '@nestjs/common';
import type {
  SaveValuesResult,
  SubmissionStatus,
  SubmissionView,
  TrainingLeafRecords,
} from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { committeeReviewScope } from '../committees/committee-review-scope';
import {
  ApiException,
  InvalidFieldsException,
  StaleVersionException,
  type FieldProblemInput,
} from '../common/api-error';
import { storedLeaves } from '../cycles/framework-rules';
import { trainingLeafRecords } from '../training/training-leaf-values';
import { Evidence } from './evidence.entity';
import { ReviewComment } from './review-comment.entity';
import { ReviewLoopService } from './review-loop.service';
import { ReturnSubmissionDto, SaveValuesDto } from './dto/save-values.dto';
import { SubmissionAccess, SubmissionContext } from './submission-access';
import { editRefusal, ratingRefusal } from './submission-refusals';
import {
  incompleteRefusal,
  missingForSubmit,
  notSubmittedRefusal,
  unratedRefusal,
} from './submission-workflow';
import { SubmissionValue } from './submission-value.entity';
import { Submission } from './submission.entity';
import { SubmissionNotices } from './submission-notices';
import { SubmissionViewService } from './submission-view.service';
import { valueEntryProblems, writeValues } from './value-writes';
import { SaveContextCache } from './save-context-cache';
import { PeerValuesCache } from './peer-values-cache';
import { saveValuesStatement } from './value-save-statement';
import { assertAgency } from '../common/scope';
import { Clock } from '../common/clock';

/** The submission workflow: draft → submitted → returned → submitted → approved. */
@Injectable()
export class SubmissionsService {
  constructor(
    @InjectRepository(Submission) private readonly submissions: Repository<Submission>,
    private readonly access: SubmissionAccess,
    private readonly views: SubmissionViewService,
    private readonly audit: AuditService,
    private readonly reviewLoop: ReviewLoopService,
    private readonly clock: Clock,
    private readonly notices: SubmissionNotices,
    private readonly kept: SaveContextCache,
    private readonly peers: PeerValuesCache,
  ) {}

  /** This module's connection, for reads through other modules' facades and for transactions. */
  private get db(): EntityManager {
    return this.submissions.manager;
  }

  async view(submissionId: string, actor: Actor): Promise<SubmissionView> {
    return this.views.build(await this.access.load(submissionId, actor.user));
  }

  /** The register rows behind a computed training value, for whoever may read the submission. */
  async trainingRecords(submissionId: string, indicator: string, actor: Actor): Promise<TrainingLeafRecords> {
    const { cycle, agency } = await this.access.load(submissionId, actor.user);
    return trainingLeafRecords(this.db, cycle, agency.id, indicator);
  }

  /**
   * Saves values: normally in one statement over what the instance keeps of the submission (`saveInOneStatement`);
   * whatever that cannot settle (a refusal, a stale version, a copy that moved) is answered by the locked path.
   */
  async saveValues(submissionId: string, body: SaveValuesDto, actor: Actor): Promise<SaveValuesResult> {
    return (
      (await this.saveInOneStatement(submissionId, body, actor)) ?? this.saveLocked(submissionId, body, actor)
    );
  }

  /**
   * The save as one statement, when the kept submission, cycle and agency accept it: null, with nothing
   * written, when anything would refuse it or the statement finds the copy or the version stale.
   */
  private async saveInOneStatement(
    submissionId: string,
    body: SaveValuesDto,
    actor: Actor,
  ): Promise<SaveValuesResult | null> {
    let kept = await this.kept.get(submissionId);
    if (kept && kept.submission.version !== body.version) {
      // Another instance may have saved since this one kept the submission: read it again, once.
      this.kept.forgetSubmission(submissionId);
      kept = await this.kept.get(submissionId);
    }
    if (!kept || kept.submission.version !== body.version) return null;
    try {
      assertAgency(actor.user, kept.agency.regionId, kept.agency.id, 'submission');
      await this.assertSaveAllowed(this.db, kept, body, actor);
    } catch {
      // A refusal drawn from a kept copy is confirmed, or corrected, by the locked path.
      return null;
    }
    const now = this.clock.now();
    const saved = await saveValuesStatement(this.db, kept, body.version, body.values, actor, now);
    if (!saved) {
      this.kept.forget(kept);
      return null;
    }
    this.kept.saved(kept, saved.version, now, saved.rowVersion);
    this.peers.saved(kept.cycle.id, kept.agency.id, saved.written);
    const submission = Object.assign(new Submission(), kept.submission, { version: saved.version });
    const peers = await this.peers.peersOf(
      kept.cycle.id,
      kept.agency.id,
      saved.written.map((v) => v.indicatorKey),
    );
    return this.views.saved({ ...kept, submission }, saved.written, peers);
  }

  /** The save under the submission's row lock: the path of refusals, of stale versions and of first saves. */
  private async saveLocked(
    submissionId: string,
    body: SaveValuesDto,
    actor: Actor,
  ): Promise<SaveValuesResult> {
    let written: SubmissionValue[] = [];
    const context = await this.inTransaction(submissionId, actor, body.version, async (manager, ctx) => {
      await this.assertSaveAllowed(manager, ctx, body, actor);
      written = await writeValues(
        manager,
        this.audit,
        { submissionId, regionId: ctx.agency.regionId, agencyId: ctx.agency.id, cycleId: ctx.cycle.id },
        body.values,
        actor,
        this.clock.now(),
      );
    });
    this.peers.saved(context.cycle.id, context.agency.id, written);
    return this.views.saved(context, written);
  }

  /**
   * A save's checks once the submission is the actor's to see and its version is current: each entry names a
   * leaf the actor fills, with an acceptable value (400), within a committee member's duty (403), while the
   * submission is open to this kind of write (the refusal of `editRefusal` or `ratingRefusal`).
   */
  private async assertSaveAllowed(
    manager: EntityManager,
    ctx: Pick<SubmissionContext, 'submission' | 'cycle'>,
    body: SaveValuesDto,
    actor: Actor,
  ): Promise<void> {
    const leaves = new Map(storedLeaves(ctx.cycle.framework).map((leaf) => [leaf.key, leaf]));
    const problems = body.values.flatMap((entry, i) =>
      valueEntryProblems(leaves.get(entry.indicator), entry, i, actor),
    );
    if (problems.length)
      throw new InvalidFieldsException(problems, 'submission.values_invalid', { count: problems.length });
    await this.assertCommitteeScope(
      manager,
      ctx,
      actor,
      body.values.map((entry) => entry.indicator),
    );
    const ratingsOnly = body.values.every((entry) => leaves.get(entry.indicator)?.source === 'evaluator');
    this.assertCanWrite(ctx, ratingsOnly);
  }

  async submit(submissionId: string, version: number, actor: Actor): Promise<SubmissionView> {
    const context = await this.inTransaction(submissionId, actor, version, async (manager, ctx) => {
      this.assertCanWrite(ctx, false);
      const incomplete = incompleteRefusal(await this.missingForSubmit(manager, ctx));
      if (incomplete) throw incomplete;
      const resubmitted = ctx.submission.status === 'returned';
      if (resubmitted) await this.reviewLoop.assertAnswered(manager, ctx);
      await this.reviewLoop.closeOpen(manager, ctx.submission.id);
      await this.move(manager, ctx, actor, 'submitted', { submittedAt: this.clock.now() });
      if (resubmitted) await this.notices.resubmitted(manager, ctx, ctx.submission.version + 1);
    });
    return this.views.build(context);
  }

  async returnForFixes(
    submissionId: string,
    body: ReturnSubmissionDto,
    actor: Actor,
  ): Promise<SubmissionView> {
    const context = await this.inTransaction(submissionId, actor, body.version, async (manager, ctx) => {
      this.assertSubmitted(ctx, 'return');
      const keys = new Set(storedLeaves(ctx.cycle.framework).map((l) => l.key));
      const unknown = body.comments
        .map((c, i) => ({ c, i }))
        .filter(({ c }) => c.indicator !== undefined && !keys.has(c.indicator));
      if (unknown.length) {
        throw new InvalidFieldsException(
          unknown.map(({ c, i }) => ({
            field: `comments[${i}].indicator`,
            code: 'field.unknown_reference',
            params: { indicator: c.indicator ?? '' },
            problems: [`"${c.indicator}" is not an indicator of this cycle`],
          })),
          'submission.unknown_indicators',
          { indicators: [...new Set(unknown.map(({ c }) => c.indicator))].join(', ') },
        );
      }
      await this.assertCommitteeScope(
        manager,
        ctx,
        actor,
        body.comments.map((c) => c.indicator ?? 'whole'),
      );
      await manager.insert(
        ReviewComment,
        body.comments.map((c) => ({
          submissionId,
          indicatorKey: c.indicator ?? null,
          body: c.body,
          authorId: actor.user.id,
        })),
      );
      await this.markReviewed(manager, submissionId);
      await this.move(manager, ctx, actor, 'returned', { lastReviewedAt: this.clock.now() });
      await this.notices.returned(manager, ctx, ctx.submission.version + 1, actor);
    });
    return this.views.build(context);
  }

  async approve(submissionId: string, version: number, actor: Actor): Promise<SubmissionView> {
    const context = await this.inTransaction(submissionId, actor, version, async (manager, ctx) => {
      this.assertSubmitted(ctx, 'approve');
      await this.assertCommitteeScope(manager, ctx, actor, ['whole']);
      const rated = new Set(
        (await manager.findBy(SubmissionValue, { submissionId }))
          .filter((v) => v.value !== null)
          .map((v) => v.indicatorKey),
      );
      const unrated = unratedRefusal(storedLeaves(ctx.cycle.framework), rated);
      if (unrated) throw unrated;
      await this.markReviewed(manager, submissionId);
      await this.move(manager, ctx, actor, 'approved', {
        approvedAt: this.clock.now(),
        lastReviewedAt: this.clock.now(),
      });
      await this.notices.approved(manager, ctx, ctx.submission.version + 1);
    });
    return this.views.build(context);
  }

  /**
   * A committee member acts only within the committee's duty: the performance-evaluation committee on whole
   * submissions, an index committee on the indicators of its indices ("whole" stands for the submission itself).
   */
  private async assertCommitteeScope(
    manager: EntityManager,
    ctx: Pick<SubmissionContext, 'cycle'>,
    actor: Actor,
    targets: string[],
  ): Promise<void> {
    if (actor.user.role !== 'committee_member') return;
    const scope = await committeeReviewScope(manager, actor.user, ctx.cycle);
    if (scope.whole) return;
    const outside = [...new Set(targets.filter((key) => !scope.leaves.has(key)))];
    if (outside.includes('whole'))
      throw new ApiException(HttpStatus.FORBIDDEN, 'submission.whole_outside_committee', {});
    if (outside.length)
      throw new ApiException(HttpStatus.FORBIDDEN, 'submission.indicators_outside_committee', {
        indicators: outside.join(', '),
        count: outside.length,
      });
  }

  /** Every agency leaf needs a value, and every leaf that asks for evidence needs some. */
  private async missingForSubmit(
    manager: EntityManager,
    { submission, cycle }: SubmissionContext,
  ): Promise<FieldProblemInput[]> {
    const values = new Set(
      (await manager.findBy(SubmissionValue, { submissionId: submission.id }))
        .filter((v) => v.value !== null)
        .map((v) => v.indicatorKey),
    );
    const evidence = new Set(
      (
        await manager.find(Evidence, {
          where: { submissionId: submission.id },
          select: { indicatorKey: true },
        })
      ).map((e) => e.indicatorKey),
    );
    return missingForSubmit(storedLeaves(cycle.framework), values, evidence);
  }

  /** Agencies write while their submission is open to them; evaluators rate while it is under review. */
  private assertCanWrite(
    { submission, cycle }: Pick<SubmissionContext, 'submission' | 'cycle'>,
    ratingsOnly: boolean,
  ): void {
    const refusal = ratingsOnly
      ? ratingRefusal(submission, cycle)
      : editRefusal(submission, cycle, this.clock.now());
    if (refusal) throw refusal;
  }

  private assertSubmitted({ submission }: SubmissionContext, action: 'return' | 'approve'): void {
    const refusal = notSubmittedRefusal(submission, action);
    if (refusal) throw refusal;
  }

  /** Remembers the values as reviewed, to count what changes before the next review. */
  private async markReviewed(manager: EntityManager, submissionId: string): Promise<void> {
    await manager.query('UPDATE submission_value SET reviewed_value = value WHERE submission_id = $1', [
      submissionId,
    ]);
  }

  private async move(
    manager: EntityManager,
    ctx: SubmissionContext,
    actor: Actor,
    status: Exclude<SubmissionStatus, 'draft'>,
    stamps: Partial<Submission>,
  ): Promise<void> {
    await manager.update(Submission, ctx.submission.id, { status, ...stamps });
    await this.audit.record(manager, actor, {
      action: `submission.${status}`,
      entity: 'submission',
      entityId: ctx.submission.id,
      regionId: ctx.agency.regionId,
      agencyId: ctx.agency.id,
      cycleId: ctx.cycle.id,
      changes: [{ field: 'status', old: ctx.submission.status, new: status }],
    });
    // The answer is built from ctx: it carries the stamps just stored, as reading the submission again would.
    Object.assign(ctx.submission, { status, ...stamps });
  }

  /**
   * Runs a write under a row lock with the optimistic version check: a stale version gets 409 with the
   * submission as it stands, never a silent overwrite.
   */
  private async inTransaction(
    submissionId: string,
    actor: Actor,
    version: number,
    work: (manager: EntityManager, ctx: SubmissionContext) => Promise<void>,
  ): Promise<SubmissionContext> {
    let result: SubmissionContext | null = null;
    const stale = await this.db.transaction(async (manager) => {
      const ctx = await this.access.load(submissionId, actor.user, manager, true);
      if (ctx.submission.version !== version) return ctx;
      await work(manager, ctx);
      this.kept.forgetSubmission(submissionId);
      await manager.update(Submission, submissionId, {
        version: ctx.submission.version + 1,
        updatedAt: this.clock.now(),
      });
      ctx.submission.version += 1;
      result = ctx;
      return null;
    });
    if (stale) throw new StaleVersionException(await this.views.build(stale));
    return result as unknown as SubmissionContext;
  }
}
