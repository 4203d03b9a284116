import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { demoPdf } from '../../src/demo/demo-files';
import { Evidence } from '../../src/app/submissions/evidence.entity';
import { ReviewComment } from '../../src/app/submissions/review-comment.entity';
import { BackgroundJob } from '../../src/app/jobs/background-job.entity';
import { MailMessage } from '../../src/app/mail/mail-message.entity';
import { Notification } from '../../src/app/notifications/notification.entity';
import { User } from '../../src/app/users/user.entity';
import { seedContestVictim } from './contest-fixtures';
import { insertCycle, insertSubmission } from './cycle-fixtures';
import { RegionFixture, seedRegions } from './fixtures';
import type { TestApp } from './test-app';
import { seedTrainingVictim } from './training-fixtures';

export interface RouteVictim {
  fx: RegionFixture;
  /** An id for every route parameter, e.g. `cycleId`, `submissionId`, `nominationId`. */
  params: Record<string, string>;
}

/**
 * Something for every route to act on: agency A's unpublished submission in the north region, with values,
 * evidence and a comment, plus a training committee, event and programme and a contest in judging.
 */
export async function seedRouteVictim(testApp: TestApp): Promise<RouteVictim> {
  const fx = await seedRegions(testApp);
  const ds = testApp.app.get(DataSource);
  const cycle = await insertCycle(testApp, {
    regionId: fx.region.id,
    name: 'Victim cycle',
    status: 'open',
    periodStart: '2026-01-01',
    periodEnd: '2026-12-31',
  });
  const submission = await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'draft', {
    'media.releases': 12,
    'web.answered': 64,
  });
  await insertSubmission(testApp, cycle.id, fx.agencies.b.id, 'draft', {});
  const content = demoPdf('victim evidence');
  const evidence = await ds.getRepository(Evidence).save({
    submissionId: submission.id,
    indicatorKey: 'media.releases',
    kind: 'file',
    fileName: 'a.pdf',
    mediaType: 'application/pdf',
    sizeBytes: content.length,
    sha256: 'x',
    content,
    url: null,
    uploadedBy: null,
  });
  const comment = await ds
    .getRepository(ReviewComment)
    .save({ submissionId: submission.id, indicatorKey: null, body: 'Victim comment', authorId: null });
  const editorA = await ds.getRepository(User).findOneByOrFail({ login: fx.logins.editorA });
  const params = {
    ...(await seedTrainingVictim(testApp, fx)),
    ...(await seedContestVictim(testApp, fx)),
    cycleId: cycle.id,
    submissionId: submission.id,
    indicator: 'media.releases',
    evidenceId: evidence.id,
    commentId: comment.id,
    agencyId: fx.agencies.a.id,
    regionId: fx.region.id,
    groupId: fx.groups.health.id,
    /** A holiday's day, for the routes that add or remove one. */
    day: '2027-05-09',
    /** An earlier year of the victim contest's series. */
    year: '2020',
    userId: editorA.id,
    jobId: await seedVictimJob(testApp, fx.region.id, editorA.id),
    mailId: await seedVictimMail(testApp, fx.region.id, editorA.id),
    notificationId: await seedVictimNotification(testApp, fx.region.id, editorA.id, submission.id),
  };
  return { fx, params };
}

/** A finished background job that agency A's editor asked for, with its result. */
async function seedVictimJob(testApp: TestApp, regionId: string, requestedBy: string): Promise<string> {
  const id = randomUUID();
  const content = demoPdf('victim job');
  await testApp.app
    .get(DataSource)
    .getRepository(BackgroundJob)
    .insert({
      id,
      kind: 'agency-scorecards',
      regionId,
      requestedBy,
      state: 'done',
      progressDone: 1,
      progressTotal: 1,
      attempt: 1,
      resultFileName: 'scorecards.pdf',
      resultContentType: 'application/pdf',
      resultContent: content,
      resultSize: content.length,
      finishedAt: new Date(),
      expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
    });
  return id;
}

/** A message to agency A's editor about the north region, kept in the outbox. */
async function seedVictimMail(testApp: TestApp, regionId: string, accountId: string): Promise<string> {
  const id = randomUUID();
  await testApp.app
    .get(DataSource)
    .getRepository(MailMessage)
    .insert({
      id,
      idempotencyKey: `victim:${id}`,
      messageId: `<${id}@prgauge>`,
      regionId,
      accountId,
      kind: 'submission.returned',
      toAddress: 'editor-a@prgauge.example',
      locale: 'ru',
      subject: 'Victim message',
      textBody: 'Victim message',
      htmlBody: '<p>Victim message</p>',
      state: 'kept',
      attempts: 0,
      lastError: null,
      createdAt: new Date(),
      sentAt: new Date(),
    });
  return id;
}

/** An unread notification of agency A's editor: their submission returned, with the victim comment. */
async function seedVictimNotification(
  testApp: TestApp,
  regionId: string,
  accountId: string,
  submissionId: string,
): Promise<string> {
  const saved = await testApp.app
    .get(DataSource)
    .getRepository(Notification)
    .save({
      accountId,
      regionId,
      kind: 'submission.returned',
      eventKey: `submission.returned:${submissionId}:victim`,
      params: { agency: 'A', cycle: 'Victim cycle', reviewer: 'Director', items: [] },
      link: `/submissions/${submissionId}`,
      createdAt: new Date(),
      readAt: null,
    });
  return saved.id;
}
