import { HttpStatus, Injectable } from '@nestjs/common';
import {
  changedValues,
  unansweredComments,
  type FrameworkDocumentLeaf,
  type ReviewCommentView,
} from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, IsNull, type Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException, type FieldProblemInput } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { storedLeaves } from '../cycles/framework-rules';
import { indicatorParams } from '../cycles/indicator-params';
import { Evidence } from './evidence.entity';
import { ReviewComment } from './review-comment.entity';
import { SubmissionAccess, type SubmissionContext } from './submission-access';
import { editRefusal } from './submission-refusals';
import { SubmissionValue } from './submission-value.entity';
import { Clock } from '../common/clock';

/** A comment as the API shows it. */
export function commentView(c: ReviewComment): ReviewCommentView {
  return {
    id: c.id,
    indicator: c.indicatorKey,
    body: c.body,
    authorId: c.authorId,
    createdAt: c.createdAt.toISOString(),
    open: c.closedAt === null,
    reply: c.reply,
    repliedAt: c.repliedAt?.toISOString() ?? null,
  };
}

/**
 * The agency's side of a return: replying to the reviewers' comments, and the rule that a returned submission
 * goes back only once every open comment is answered (see `commentAnswer` in the contracts).
 */
@Injectable()
export class ReviewLoopService {
  constructor(
    @InjectRepository(ReviewComment) private readonly comments: Repository<ReviewComment>,
    private readonly access: SubmissionAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** This module's connection, for reads through other modules' facades and for transactions. */
  private get db(): EntityManager {
    return this.comments.manager;
  }

  /**
   * Writes (or rewrites) the agency's reply to an open comment while the submission is editable. An empty
   * body clears the reply. 404 for a comment of another submission; 409 `submissions.comment_closed` for a
   * comment a resubmission already answered, or the edit refusals (locked, deadline passed…).
   */
  async reply(
    submissionId: string,
    commentId: string,
    body: string,
    actor: Actor,
  ): Promise<ReviewCommentView> {
    return this.db.transaction(async (manager) => {
      const ctx = await this.access.load(submissionId, actor.user, manager, true);
      const comment = await manager.findOneBy(ReviewComment, { id: commentId, submissionId });
      if (!comment) throw new RecordNotFoundException('review_comment');
      if (comment.closedAt)
        throw new ApiException(HttpStatus.CONFLICT, 'submissions.comment_closed', { commentId });
      const refusal = editRefusal(ctx.submission, ctx.cycle, this.clock.now());
      if (refusal) throw refusal;
      const text = body.trim() || null;
      const old = comment.reply;
      Object.assign(comment, {
        reply: text,
        repliedBy: actor.user.id,
        repliedAt: text ? this.clock.now() : null,
      });
      await manager.save(ReviewComment, comment);
      await this.audit.record(manager, actor, {
        action: 'submission.comment_reply',
        entity: 'submission',
        entityId: submissionId,
        regionId: ctx.agency.regionId,
        agencyId: ctx.agency.id,
        cycleId: ctx.cycle.id,
        changes: [{ field: `comment.${comment.id}`, old, new: text }],
      });
      return commentView(comment);
    });
  }

  /** Refuses, with one detail per comment, a resubmission that leaves an open comment unanswered. */
  async assertAnswered(manager: EntityManager, { submission, cycle }: SubmissionContext): Promise<void> {
    const open = await manager.find(ReviewComment, {
      where: { submissionId: submission.id, closedAt: IsNull() },
      order: { createdAt: 'ASC' },
    });
    if (!open.length) return;
    const leaves = new Map(storedLeaves(cycle.framework).map((leaf) => [leaf.key, leaf]));
    const [values, evidence] = await Promise.all([
      manager.findBy(SubmissionValue, { submissionId: submission.id }),
      manager.find(Evidence, {
        where: { submissionId: submission.id },
        select: { indicatorKey: true, createdAt: true },
      }),
    ]);
    const agency = new Set([...leaves.values()].filter((l) => l.source === 'agency').map((l) => l.key));
    const unanswered = unansweredComments(open.map(commentView), {
      changedValues: changedValues(
        values.map((v) => ({ indicator: v.indicatorKey, value: v.value, reviewedValue: v.reviewedValue })),
        agency,
      ),
      evidence: evidence.map((e) => ({ indicator: e.indicatorKey, createdAt: e.createdAt.toISOString() })),
    });
    if (!unanswered.length) return;
    const details = unanswered.map((c) =>
      unansweredProblem(c, c.indicator ? leaves.get(c.indicator) : undefined),
    );
    throw new ApiException(
      HttpStatus.CONFLICT,
      'submissions.comments_unanswered',
      {
        count: unanswered.length,
        // Keys, as the other refusals naming indicators send them; clients show each in the reader's language.
        indicators: [...new Set(details.map((d) => d.field))].join(', '),
      },
      { details },
    );
  }

  /** The resubmission answered the open comments: they close, and the next return opens its own. */
  async closeOpen(manager: EntityManager, submissionId: string): Promise<void> {
    await manager.update(ReviewComment, { submissionId, closedAt: IsNull() }, { closedAt: this.clock.now() });
  }
}

function unansweredProblem(
  comment: ReviewCommentView,
  leaf: FrameworkDocumentLeaf | undefined,
): FieldProblemInput & { params: { title: string } } {
  const params = leaf
    ? indicatorParams(leaf)
    : { indicator: 'submission', title: 'the submission as a whole' };
  return {
    field: leaf?.key ?? 'submission',
    code: 'comment.unanswered',
    params: { ...params, commentId: comment.id },
    problems: ['answer the comment: change the value, add evidence or reply'],
  };
}
