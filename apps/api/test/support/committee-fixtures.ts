import type { LocalizedText } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import { CommitteeMember } from '../../src/app/committees/committee-member.entity';
import { Committee } from '../../src/app/committees/committee.entity';
import type { TestApp } from './test-app';

/**
 * A committee of `regionId` of `kind` whose members are these accounts, plus one outside member without an
 * account where `withOutsider` is set. Returns the committee's id.
 */
export async function seedCommittee(
  testApp: TestApp,
  options: {
    regionId: string;
    kind: 'training' | 'performance_evaluation';
    name: LocalizedText;
    memberUserIds: string[];
    withOutsider?: boolean;
  },
): Promise<string> {
  const ds = testApp.app.get(DataSource);
  const committee = await ds.getRepository(Committee).save({
    regionId: options.regionId,
    kind: options.kind,
    name: options.name,
    chair: null,
    indices: [],
  });
  await ds.getRepository(CommitteeMember).save([
    ...options.memberUserIds.map((userId) => ({
      committeeId: committee.id,
      userId,
      personName: null,
      affiliation: null,
      role: 'member' as const,
    })),
    ...(options.withOutsider
      ? [
          {
            committeeId: committee.id,
            userId: null,
            personName: 'Outside expert',
            affiliation: null,
            role: 'member' as const,
          },
        ]
      : []),
  ]);
  return committee.id;
}
