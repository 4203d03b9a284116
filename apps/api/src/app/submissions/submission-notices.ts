import { Injectable } from '@nestjs/common';
import { EntityManager, IsNull } from 'typeorm';
import type { Actor } from '../auth/actor';
import { evaluationCommitteeAccounts } from '../committees/evaluation-committee-members';
import { storedLeaves } from '../cycles/framework-rules';
import { reviewLink, submissionLink } from '../notifications/dashboard-links';
import { WHOLE_SUBMISSION } from '../notifications/texts/evaluation-texts';
import { type NotificationEvent, Notifier } from '../notifications/notifier';
import type { NotificationParams } from '../notifications/texts/render-notification';
import type { NotificationAudience } from '../users/notification-recipients';
import { ReviewComment } from './review-comment.entity';
import type { SubmissionContext } from './submission-access';

/**
 * Tells people of a submission's workflow steps (issue 19), inside the step's transaction. Each key carries the
 * submission's version after the step, so a second return of the same submission later is told again while a
 * repeat of one step is told once.
 */
@Injectable()
export class SubmissionNotices {
  constructor(private readonly notifier: Notifier) {}

  /** The agency's editors hear of a return, with each open comment (its field's name and text) linked to its field. */
  async returned(
    manager: EntityManager,
    ctx: SubmissionContext,
    version: number,
    actor: Actor,
  ): Promise<void> {
    const { submission, cycle } = ctx;
    const leaves = storedLeaves(cycle.framework);
    const order = new Map(leaves.map((leaf, at) => [leaf.key, at]));
    const names = new Map(leaves.map((leaf) => [leaf.key, leaf.name]));
    // Comments written together share their instant: the whole submission's come first, then the framework's order.
    const rank = (c: ReviewComment) =>
      c.indicatorKey === null ? -1 : (order.get(c.indicatorKey) ?? leaves.length);
    const comments = (
      await manager.find(ReviewComment, { where: { submissionId: submission.id, closedAt: IsNull() } })
    ).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || rank(a) - rank(b));
    await this.tell(manager, ctx, version, {
      kind: 'submission.returned',
      audience: editorsOf(ctx),
      params: {
        reviewer: actor.user.displayName,
        items: comments.map((c) => ({
          field: c.indicatorKey ? (names.get(c.indicatorKey) ?? c.indicatorKey) : WHOLE_SUBMISSION,
          text: c.body,
          link: submissionLink(submission.id, c.indicatorKey ?? undefined),
        })),
      },
      link: submissionLink(submission.id),
    });
  }

  /** The region's evaluators and the performance-evaluation committee hear that a returned submission came back. */
  async resubmitted(manager: EntityManager, ctx: SubmissionContext, version: number): Promise<void> {
    const regionId = ctx.agency.regionId;
    await this.tell(manager, ctx, version, {
      kind: 'submission.resubmitted',
      audience: {
        regionId,
        roles: ['evaluator'],
        accountIds: await evaluationCommitteeAccounts(manager, regionId),
      },
      link: reviewLink(ctx.submission.id),
    });
  }

  /** The agency's editors hear that their submission was approved. */
  async approved(manager: EntityManager, ctx: SubmissionContext, version: number): Promise<void> {
    await this.tell(manager, ctx, version, {
      kind: 'submission.approved',
      audience: editorsOf(ctx),
      link: submissionLink(ctx.submission.id),
    });
  }

  /** Records one step of the submission, named by its kind and the version it made, with the agency and cycle. */
  private async tell(
    manager: EntityManager,
    { submission, cycle, agency }: SubmissionContext,
    version: number,
    event: Pick<NotificationEvent, 'kind' | 'audience' | 'link'> & { params?: NotificationParams },
  ): Promise<void> {
    await this.notifier.notify(manager, {
      ...event,
      key: `${event.kind}:${submission.id}:${version}`,
      regionId: agency.regionId,
      params: { agency: agency.name, cycle: cycle.name, ...event.params },
    });
  }
}

/** The editors of the submission's agency. */
function editorsOf({ agency }: SubmissionContext): NotificationAudience {
  return { regionId: agency.regionId, roles: ['agency_editor'], agencyIds: [agency.id] };
}
