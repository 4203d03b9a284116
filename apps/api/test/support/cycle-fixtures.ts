import type { CycleStatus, FrameworkDocument, SubmissionStatus } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { Cycle } from '../../src/app/cycles/cycle.entity';
import { SubmissionValue } from '../../src/app/submissions/submission-value.entity';
import { Submission } from '../../src/app/submissions/submission.entity';
import type { TestApp } from './test-app';

/** Two indices, three leaves: small enough to check every figure by hand. */
export const SMALL_FRAMEWORK: FrameworkDocument = {
  scale: 100,
  indicators: [
    {
      key: 'media',
      name: { ru: 'Работа со СМИ', en: 'Media relations' },
      weight: 60,
      children: [
        {
          key: 'media.releases',
          name: { ru: 'Пресс-релизы', en: 'Press releases' },
          weight: 1,
          measure: { type: 'number' },
          source: 'agency',
          evidenceRequired: false,
        },
        {
          key: 'media.quality',
          name: { ru: 'Оценка качества', en: 'Quality rating' },
          weight: 1,
          measure: { type: 'rating', max: 5 },
          source: 'evaluator',
          evidenceRequired: false,
        },
      ],
    },
    {
      key: 'web',
      name: { ru: 'Электронный PR', en: 'Electronic PR' },
      weight: 40,
      children: [
        {
          key: 'web.answered',
          name: { ru: 'Отвечено на комментарии', en: 'Comments answered' },
          weight: 1,
          measure: { type: 'percent' },
          source: 'agency',
          evidenceRequired: false,
        },
      ],
    },
  ],
};

export interface CycleSpec {
  regionId: string;
  name: string;
  status: CycleStatus;
  periodStart: string;
  periodEnd: string;
  framework?: FrameworkDocument;
}

/** Inserts a cycle directly, skipping the workflow, for tests about what happens after it. */
export async function insertCycle(testApp: TestApp, spec: CycleSpec): Promise<Cycle> {
  const ds = testApp.app.get(DataSource);
  return ds.getRepository(Cycle).save({
    regionId: spec.regionId,
    name: spec.name,
    periodStart: spec.periodStart,
    periodEnd: spec.periodEnd,
    deadline: new Date(`${spec.periodEnd}T23:59:59Z`),
    status: spec.status,
    framework: spec.framework ?? SMALL_FRAMEWORK,
    publication: 0,
  });
}

/** A submission with the given values, in the given state. */
export async function insertSubmission(
  testApp: TestApp,
  cycleId: string,
  agencyId: string,
  status: SubmissionStatus,
  values: Record<string, number>,
): Promise<Submission> {
  const ds = testApp.app.get(DataSource);
  const submission = await ds.getRepository(Submission).save({ cycleId, agencyId, status });
  await ds.getRepository(SubmissionValue).save(
    Object.entries(values).map(([indicatorKey, value]) => ({
      submissionId: submission.id,
      indicatorKey,
      value,
      note: null,
      updatedBy: null,
      reviewedValue: null,
    })),
  );
  return submission;
}
