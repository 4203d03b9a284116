import { ConflictException, Injectable, NotFoundException } from '@nestjs/common';
import type { ApplicationView, SessionUser } from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager, In } from 'typeorm';
import { Agency } from '../agencies/agency.entity';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { InvalidFieldsException } from '../common/api-error';
import { sniffFileType } from '../submissions/sniff-file-type';
import { ApplicationAttachment } from './application-attachment.entity';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';
import { isOrganiser, loadContest } from './contest-access';
import { applicationRefusal } from './contest-phase';
import { applicationViews } from './contest-views';
import { Contest } from './contest.entity';
import { FileApplicationDto, ScreenApplicationDto } from './dto/application.dto';
import { Nomination } from './nomination.entity';

export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
const MAX_ATTACHMENTS = 10;

export interface UploadedAttachment {
  fileName: string;
  content: Buffer;
}

/** Applications: filed by candidates' organisations or organisers, screened by organisers. */
@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async file(contestId: string, body: FileApplicationDto, actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const contest = await loadContest(manager, contestId, actor.user);
      const refusal = applicationRefusal(contest, new Date());
      if (refusal) throw new ConflictException(refusal);
      const nominationIds = [...new Set(body.nominationIds)];
      if ((await manager.countBy(Nomination, { contestId, id: In(nominationIds) })) !== nominationIds.length)
        throw new InvalidFieldsException([
          { field: 'nominationIds', problems: ['names a nomination that is not in this contest'] },
        ]);
      if (body.projectStart && body.projectEnd && body.projectEnd < body.projectStart)
        throw new InvalidFieldsException([
          { field: 'projectEnd', problems: ['must not be before projectStart'] },
        ]);
      await this.checkAgency(manager, actor.user, contest, body.agencyId);
      const application = await manager.save(ContestApplication, {
        contestId,
        candidateName: body.candidateName.trim(),
        candidatePosition: body.candidatePosition.trim(),
        candidateOrganisation: body.candidateOrganisation.trim(),
        agencyId: body.agencyId ?? null,
        filedBy: body.filedBy,
        filerId: actor.user.id,
        projectTitle: body.projectTitle,
        projectStart: body.projectStart ?? null,
        projectEnd: body.projectEnd ?? null,
        description: body.description,
        goal: body.goal ?? null,
        results: body.results ?? null,
        links: body.links ?? [],
        screening: 'pending',
        screeningReason: null,
        screenedBy: null,
      });
      await manager.save(
        ApplicationNomination,
        nominationIds.map((nominationId) => ({ applicationId: application.id, nominationId })),
      );
      await this.audit.record(manager, actor, {
        action: 'contest.application.file',
        entity: 'contest_application',
        entityId: application.id,
        regionId: contest.regionIds[0],
        changes: [{ field: 'candidateName', old: null, new: application.candidateName }],
      });
      return (await applicationViews(manager, [application]))[0];
    });
  }

  /** Organisers see every application; anyone else the applications they filed. */
  async list(contestId: string, user: SessionUser): Promise<ApplicationView[]> {
    const manager = this.dataSource.manager;
    const contest = await loadContest(manager, contestId, user);
    const applications = await manager.find(ContestApplication, {
      where: { contestId, ...(isOrganiser(user, contest) ? {} : { filerId: user.id }) },
      order: { filedAt: 'ASC' },
    });
    return applicationViews(manager, applications);
  }

  async screen(applicationId: string, body: ScreenApplicationDto, actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const application = await this.loadForOrganiser(manager, applicationId, actor.user);
      const before = application.screening;
      application.screening = body.status;
      application.screeningReason = body.reason ?? null;
      application.screenedBy = actor.user.id;
      const saved = await manager.save(ContestApplication, application);
      await this.audit.record(manager, actor, {
        action: 'contest.application.screen',
        entity: 'contest_application',
        entityId: application.id,
        changes: [{ field: 'screening', old: before, new: body.status }],
        reason: body.reason ?? null,
      });
      return (await applicationViews(manager, [saved]))[0];
    });
  }

  /** The filer adds files while applications are open; organisers at any time before results. */
  async attach(applicationId: string, file: UploadedAttachment, actor: Actor): Promise<ApplicationView> {
    const type = sniffFileType(file.content, file.fileName);
    if (!type)
      throw new InvalidFieldsException([
        { field: 'file', problems: [`"${file.fileName}" is not a PDF, an image or an office document`] },
      ]);
    if (file.content.length > MAX_ATTACHMENT_BYTES)
      throw new InvalidFieldsException([{ field: 'file', problems: ['is larger than 10 MB'] }]);
    return this.dataSource.transaction(async (manager) => {
      const { application, contest } = await this.loadForFiler(manager, applicationId, actor.user);
      if (!isOrganiser(actor.user, contest)) {
        const refusal = applicationRefusal(contest, new Date());
        if (refusal) throw new ConflictException(refusal);
      }
      if ((await manager.countBy(ApplicationAttachment, { applicationId })) >= MAX_ATTACHMENTS)
        throw new InvalidFieldsException([{ field: 'file', problems: [`at most ${MAX_ATTACHMENTS} files`] }]);
      const saved = await manager.save(ApplicationAttachment, {
        applicationId,
        fileName: file.fileName.replace(/[\\/\r\n"]/g, '_').slice(0, 200),
        mediaType: type.mediaType,
        sizeBytes: file.content.length,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
        uploadedBy: actor.user.id,
      });
      await this.audit.record(manager, actor, {
        action: 'contest.application.attach',
        entity: 'contest_application',
        entityId: application.id,
        changes: [{ field: 'attachment', old: null, new: saved.fileName }],
      });
      return (await applicationViews(manager, [application]))[0];
    });
  }

  /** The file, for organisers, the filer, and jurors of the application's nominations. */
  async attachment(attachmentId: string, user: SessionUser): Promise<ApplicationAttachment> {
    const manager = this.dataSource.manager;
    const file = await manager
      .getRepository(ApplicationAttachment)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.id = :id', { id: attachmentId })
      .getOne();
    if (!file) throw new NotFoundException('Attachment not found');
    const juror =
      user.role === 'juror' &&
      (
        await manager.query(
          `SELECT 1 FROM application_nomination an JOIN contest_juror j ON j.nomination_id = an.nomination_id
          WHERE an.application_id = $1 AND j.user_id = $2`,
          [file.applicationId, user.id],
        )
      ).length > 0;
    if (!juror) await this.loadForFiler(manager, file.applicationId, user);
    return file;
  }

  private async loadForOrganiser(manager: EntityManager, id: string, user: SessionUser) {
    const application = await manager.findOneBy(ContestApplication, { id });
    if (!application) throw new NotFoundException('Application not found');
    await loadContest(manager, application.contestId, user, { organiser: true });
    return application;
  }

  private async loadForFiler(manager: EntityManager, id: string, user: SessionUser) {
    const application = await manager.findOneBy(ContestApplication, { id });
    if (!application) throw new NotFoundException('Application not found');
    const contest = await loadContest(manager, application.contestId, user);
    if (!isOrganiser(user, contest) && application.filerId !== user.id)
      throw new NotFoundException('Application not found');
    return { application, contest };
  }

  /** An agency editor files for their own agency; anyone else names an agency of the contest's regions. */
  private async checkAgency(manager: EntityManager, user: SessionUser, contest: Contest, agencyId?: string) {
    if (!agencyId) return;
    if (user.role === 'agency_editor' && user.agencyId !== agencyId)
      throw new InvalidFieldsException([{ field: 'agencyId', problems: ['must be your own agency'] }]);
    const agency = await manager.findOneBy(Agency, { id: agencyId });
    if (!agency || !contest.regionIds.includes(agency.regionId))
      throw new InvalidFieldsException([
        { field: 'agencyId', problems: ["is not an agency of the contest's regions"] },
      ]);
  }
}
