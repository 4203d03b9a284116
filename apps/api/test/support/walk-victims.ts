import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { CommitteeMember } from '../../src/app/committees/committee-member.entity';
import { Committee } from '../../src/app/committees/committee.entity';
import { ContestApplication } from '../../src/app/contests/applications/contest-application.entity';
import { ContestJuror } from '../../src/app/contests/jury/jury.entities';
import { Nomination } from '../../src/app/contests/setup/nomination.entity';
import { demoPdf } from '../../src/demo/demo-files';
import { PeerGroup } from '../../src/app/regions/peer-group.entity';
import { Evidence } from '../../src/app/submissions/evidence.entity';
import { TrainingProgramme } from '../../src/app/training/training-programme.entity';
import { ContestVoter } from '../../src/app/contests/voting/voting.entities';
import { Cycle } from '../../src/app/cycles/cycle.entity';
import { insertAccount } from './contest-fixtures';
import { insertCycle, insertSubmission, SMALL_FRAMEWORK } from './cycle-fixtures';
import type { RegionFixture } from './fixtures';
import type { TestApp } from './test-app';
import { insertEvent, insertRows } from './training-fixtures';

let made = 0;

/** A record's columns without its id, to save as a new copy. */
function copyOf<T extends { id: string }>(record: T): Omit<T, 'id'> {
  const copy: Partial<T> = { ...record };
  delete copy.id;
  return copy as Omit<T, 'id'>;
}

/** Routes that remove their record or end its owner's use of it: each account they let through gets a fresh one. */
export const DESTRUCTIVE_ROUTES = new Set([
  'DELETE /api/regions/:regionId/peer-groups/:groupId',
  'DELETE /api/evidence/:evidenceId',
  'DELETE /api/committees/:committeeId',
  'DELETE /api/committees/:committeeId/members/:memberId',
  'DELETE /api/training/events/:eventId',
  'DELETE /api/training/attendance/:attendanceId',
  'DELETE /api/training/programmes/:programmeId',
  'DELETE /api/nominations/:nominationId',
  'DELETE /api/nominations/:nominationId/jurors/:userId',
  'POST /api/contest-applications/:applicationId/personal-data-erasure',
  'POST /api/contest-voters/:voterId/personal-data-erasure',
]);

/** The victim's framework with a computed training index, so that training records have a leaf to count. */
export const WALK_FRAMEWORK = {
  ...SMALL_FRAMEWORK,
  indicators: [
    ...SMALL_FRAMEWORK.indicators,
    {
      key: 'training',
      name: { ru: 'Обучение', en: 'Training' },
      weight: 20,
      children: [
        {
          key: 'training.personHours',
          name: { ru: 'Человеко-часы обучения', en: 'Training person-hours' },
          weight: 1,
          measure: { type: 'number' as const },
          source: 'computed' as const,
          evidenceRequired: false,
          rule: { training: { topics: ['news_writing'] } },
        },
      ],
    },
  ],
};

/**
 * What the permissions walk adds to the route victim so that every allowed call gets past the record's own
 * state to its access rules: a training leaf, a voter's document, agency A's submissions waiting for review (one
 * to return, one to approve), and an application filed without an account with its upload token.
 */
export async function prepareWalkVictim(
  testApp: TestApp,
  fx: RegionFixture,
  params: Record<string, string>,
): Promise<Record<string, string>> {
  const ds = testApp.app.get(DataSource);
  await ds.getRepository(Cycle).update({ id: params['cycleId'] }, { framework: WALK_FRAMEWORK });
  const document = demoPdf('press card');
  await ds.getRepository(ContestVoter).update(
    { id: params['voterId'] },
    {
      status: 'verified',
      documentName: 'card.pdf',
      documentType: 'application/pdf',
      document,
      documentSizeBytes: document.length,
      documentSha256: 'x',
    },
  );
  const submitted = async (name: string) => {
    const cycle = await insertCycle(testApp, {
      regionId: fx.region.id,
      name,
      status: 'open',
      periodStart: '2026-01-01',
      periodEnd: '2026-12-31',
    });
    return (await insertSubmission(testApp, cycle.id, fx.agencies.a.id, 'submitted', { 'media.releases': 1 }))
      .id;
  };
  const upload = await publicApplicationWithToken(testApp, params);
  return {
    indicator: 'training.personHours',
    returnSubmissionId: await submitted('Cycle to return'),
    approveSubmissionId: await submitted('Cycle to approve'),
    publicApplicationId: upload.applicationId,
    uploadToken: upload.token,
  };
}

/**
 * A fresh copy of the record a destructive route removes or erases, in the same place as the route victim's
 * (north, agency A, the victim's committee, event and contest), so that every account the route lets through
 * finds one. Returns the route parameters to use instead of the victim's.
 */
export async function freshTarget(
  testApp: TestApp,
  fx: RegionFixture,
  params: Record<string, string>,
  routeKey: string,
): Promise<Record<string, string>> {
  const ds = testApp.app.get(DataSource);
  made += 1;
  switch (routeKey) {
    case 'DELETE /api/regions/:regionId/peer-groups/:groupId': {
      const group = await ds
        .getRepository(PeerGroup)
        .save({ regionId: fx.region.id, code: `fresh-${made}`, name: { en: 'Fresh' } });
      return { groupId: group.id };
    }
    case 'DELETE /api/evidence/:evidenceId': {
      const content = demoPdf('fresh evidence');
      const evidence = await ds.getRepository(Evidence).save({
        submissionId: params['submissionId'],
        indicatorKey: 'media.releases',
        kind: 'file',
        fileName: 'fresh.pdf',
        mediaType: 'application/pdf',
        sizeBytes: content.length,
        sha256: 'x',
        content,
        url: null,
        uploadedBy: null,
      });
      return { evidenceId: evidence.id };
    }
    case 'DELETE /api/committees/:committeeId': {
      const committee = await ds
        .getRepository(Committee)
        .save({ regionId: fx.region.id, kind: 'training', name: { en: 'Fresh' }, chair: null, indices: [] });
      return { committeeId: committee.id };
    }
    case 'DELETE /api/committees/:committeeId/members/:memberId': {
      const member = await ds.getRepository(CommitteeMember).save({
        committeeId: params['committeeId'],
        userId: null,
        personName: `Fresh member ${made}`,
        affiliation: null,
        role: 'member',
      });
      return { memberId: member.id };
    }
    case 'DELETE /api/training/events/:eventId': {
      const event = await insertEvent(testApp, {
        regionId: fx.region.id,
        topic: 'news_writing',
        startDate: '2026-04-02',
        plannedHours: 2,
        committeeId: params['committeeId'],
      });
      return { eventId: event.id };
    }
    case 'DELETE /api/training/attendance/:attendanceId': {
      const [row] = await insertRows(testApp, params['eventId'], [
        { name: `Fresh participant ${made}`, agencyId: fx.agencies.a.id, hours: 1 },
      ]);
      return { attendanceId: row.id };
    }
    case 'DELETE /api/training/programmes/:programmeId': {
      const programme = await ds
        .getRepository(TrainingProgramme)
        .save({ name: { en: 'Fresh' }, description: null, startDate: '2026-01-01', endDate: null });
      return { programmeId: programme.id };
    }
    case 'DELETE /api/nominations/:nominationId': {
      const victim = await ds.getRepository(Nomination).findOneByOrFail({ id: params['nominationId'] });
      const copy = copyOf(victim);
      const nomination = await ds.getRepository(Nomination).save({ ...copy, position: made });
      return { nominationId: nomination.id };
    }
    case 'DELETE /api/nominations/:nominationId/jurors/:userId': {
      const juror = await insertAccount(testApp, `fresh-juror-${made}`, 'juror', fx.region.id);
      await ds
        .getRepository(ContestJuror)
        .save({ nominationId: params['nominationId'], userId: juror.id, organisation: 'Fresh' });
      return { userId: juror.id };
    }
    case 'POST /api/contest-applications/:applicationId/personal-data-erasure':
      return { applicationId: (await publicApplicationWithToken(testApp, params)).applicationId };
    case 'POST /api/contest-voters/:voterId/personal-data-erasure': {
      const journalist = await insertAccount(testApp, `fresh-journalist-${made}`, 'journalist', fx.region.id);
      const victim = await ds.getRepository(ContestVoter).findOneByOrFail({ id: params['voterId'] });
      const copy = copyOf(victim);
      const voter = await ds.getRepository(ContestVoter).save({
        ...copy,
        userId: journalist.id,
        documentName: null,
        documentType: null,
        documentSizeBytes: null,
        documentSha256: null,
      });
      return { voterId: voter.id };
    }
    default:
      throw new Error(`No fresh target for ${routeKey}: add one to test/support/walk-victims.ts`);
  }
}

/**
 * An application to the victim contest filed without an account, with the upload token its candidate got, so
 * that the public attachment route gets past the token to the contest's own rules.
 */
async function publicApplicationWithToken(
  testApp: TestApp,
  params: Record<string, string>,
): Promise<{ applicationId: string; token: string }> {
  const ds = testApp.app.get(DataSource);
  const victim = await ds.getRepository(ContestApplication).findOneByOrFail({ id: params['applicationId'] });
  const token = randomBytes(24).toString('base64url');
  // A new application gets its own reference number and version.
  const copy: Partial<ContestApplication> = copyOf(victim);
  delete copy.referenceNumber;
  delete copy.version;
  const application = await ds.getRepository(ContestApplication).save({
    ...copy,
    filedBy: 'candidate',
    filerId: null,
    agencyId: null,
    contactEmail: 'candidate@example.org',
    uploadTokenHash: createHash('sha256').update(token).digest('hex'),
  });
  return { applicationId: application.id, token };
}
