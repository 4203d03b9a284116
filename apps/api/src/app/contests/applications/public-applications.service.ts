import { HttpStatus, Injectable } from '@nestjs/common';
import type { ApplicationView, PublicApplicationReceipt } from '@prgauge/contracts';
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { ApiException } from '../../common/api-error';
import type { UploadedFile } from '../../common/uploads/read-upload';
import { insertApplication, insertAttachment } from './application-filing';
import { AddressLimit, AddressLimitsService } from '../../rate-limits/address-limits.service';
import { ContestApplication } from './contest-application.entity';
import { assertPhaseAllows, ContestRecordNotFoundException } from '../setup/contest-errors';
import { applicationRefusal } from '../setup/contest-phase';
import { applicationViews } from './application-views';
import { PublicApplicationDto } from './dto/application.dto';
import { Clock } from '../../common/clock';
import { announcedContest, existingContest } from '../setup/contest-readers';
import { accessTokenHash, newAccessToken } from './applicant-link-token';
import { ContestNotices } from '../notices/contest-notices';

/** More applications than this from one address within an hour are refused: enough for an office, not a bot. */
export const PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR = 10;
const PUBLIC_APPLICATION_LIMIT: AddressLimit = {
  bucket: 'public-application',
  limit: PUBLIC_APPLICATIONS_PER_ADDRESS_PER_HOUR,
  windowSeconds: 3600,
};

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');
const hashApplicantAddress = (ip: string) => sha256(`prgauge-apply:${ip}`);

/** Applications that candidates file for themselves without an account, and the files they attach. */
@Injectable()
export class PublicApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly limits: AddressLimitsService,
    private readonly clock: Clock,
    private readonly notices: ContestNotices,
  ) {}

  async file(contestId: string, body: PublicApplicationDto, ip: string): Promise<PublicApplicationReceipt> {
    const filerIpHash = hashApplicantAddress(ip);
    const uploadToken = randomBytes(24).toString('base64url');
    const accessToken = newAccessToken();
    return this.dataSource.transaction(async (manager) => {
      const contest = await announcedContest(manager, contestId);
      if (!contest) throw new ContestRecordNotFoundException('contest');
      await this.limits.take(manager, ip, PUBLIC_APPLICATION_LIMIT);
      const application = await insertApplication(
        manager,
        contest,
        body,
        {
          filedBy: 'candidate',
          filerId: null,
          contactEmail: body.contactEmail.trim(),
          filerIpHash,
          uploadTokenHash: sha256(uploadToken),
          accessTokenHash: accessTokenHash(accessToken),
          locale: body.locale ?? null,
        },
        this.clock.now(),
      );
      await this.audit.record(manager, null, {
        action: 'contest.application.file',
        entity: 'contest_application',
        entityId: application.id,
        regionId: contest.regionIds[0],
        changes: [{ field: 'candidateName', old: null, new: application.candidateName }],
        reason: 'filed by the candidate without an account',
      });
      await this.notices.applicationReceived(manager, contest, application, accessToken);
      return { application: (await applicationViews(manager, [application]))[0], uploadToken, accessToken };
    });
  }

  /** Attaches a file with the token given at filing, while applications are open; a wrong token is a 404. */
  async attach(
    applicationId: string,
    token: string | undefined,
    file: UploadedFile,
  ): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await manager
        .getRepository(ContestApplication)
        .createQueryBuilder('a')
        .addSelect('a.uploadTokenHash')
        .where('a.id = :id', { id: applicationId })
        .getOne();
      if (!application?.uploadTokenHash || !token || !sameHash(application.uploadTokenHash, sha256(token)))
        throw new ApiException(HttpStatus.NOT_FOUND, 'application.upload_link_invalid', {});
      const contest = await existingContest(manager, application.contestId);
      assertPhaseAllows(applicationRefusal(contest, this.clock.now()));
      const saved = await insertAttachment(manager, applicationId, file, null);
      await this.audit.record(manager, null, {
        action: 'contest.application.attach',
        entity: 'contest_application',
        entityId: application.id,
        regionId: contest.regionIds[0],
        changes: [{ field: 'attachment', old: null, new: saved.fileName }],
      });
      return (await applicationViews(manager, [application]))[0];
    });
  }
}

const sameHash = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
