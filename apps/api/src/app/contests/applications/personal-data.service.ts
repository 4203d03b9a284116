import { Injectable } from '@nestjs/common';
import type { ApplicationView, VoterView } from '@prgauge/contracts';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import { ContestApplication } from './contest-application.entity';
import { loadContest } from '../setup/contest-access';
import { ContestRecordNotFoundException } from '../setup/contest-errors';
import { applicationViews } from './application-views';
import { ErasePersonalDataDto } from './dto/personal-data.dto';
import { PersonalDataEraser } from './personal-data-erasure';
import { VotersService } from '../voting/voters.service';
import { ContestVoter } from '../voting/voting.entities';

/** The audit's note of an erasure: that it happened, never what was erased. */
const ERASED = [{ field: 'personalData', old: 'kept', new: 'erased' }];

/**
 * Erasure of one applicant's or voter's personal data at their request, by an organiser of the contest (a
 * director of one of its regions, or a national admin). Anyone else, and another region's organiser, gets 404.
 * A second request for an erased record changes nothing and writes no second audit entry.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly eraser: PersonalDataEraser,
    private readonly voters: VotersService,
  ) {}

  async eraseApplicant(
    applicationId: string,
    body: ErasePersonalDataDto,
    actor: Actor,
  ): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager.findOneBy(ContestApplication, { id: applicationId });
      if (!application) throw new ContestRecordNotFoundException('application');
      const contest = await loadContest(manager, application.contestId, actor.user, {
        organiser: true,
        notFound: 'application',
      });
      const erased = await this.eraser.eraseApplicants(manager, [applicationId]);
      if (erased.length)
        await this.audit.record(manager, actor, {
          action: 'contest.application.personal-data.erase',
          entity: 'contest_application',
          entityId: applicationId,
          regionId: contest.regionIds[0],
          changes: ERASED,
          reason: body.reason,
        });
      const saved = await manager.findOneByOrFail(ContestApplication, { id: applicationId });
      return (await applicationViews(manager, [saved]))[0];
    });
  }

  async eraseVoter(voterId: string, body: ErasePersonalDataDto, actor: Actor): Promise<VoterView> {
    return this.dataSource.transaction(async (manager) => {
      const voter = await manager.findOneBy(ContestVoter, { id: voterId });
      if (!voter) throw new ContestRecordNotFoundException('voter');
      const contest = await loadContest(manager, voter.contestId, actor.user, {
        organiser: true,
        notFound: 'voter',
      });
      const erased = await this.eraser.eraseVoters(manager, [voterId]);
      if (erased.length)
        await this.audit.record(manager, actor, {
          action: 'contest.voter.personal-data.erase',
          entity: 'contest_voter',
          entityId: voterId,
          regionId: contest.regionIds[0],
          changes: ERASED,
          reason: body.reason,
        });
      return this.voters.viewOf(manager, await manager.findOneByOrFail(ContestVoter, { id: voterId }));
    });
  }
}
