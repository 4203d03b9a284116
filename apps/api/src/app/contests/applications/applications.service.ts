import { searchKey } from '@prgauge/text';
import { Injectable } from '@nestjs/common';
import type {
  ApplicationView,
  ContestCriterion,
  Page,
  ScreeningStatus,
  SessionUser,
} from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import { InvalidFieldsException, StaleVersionException } from '../../common/api-error';
import { pageOf, pageRowsOf, type PageWindow } from '../../common/paging';
import type { UploadedFile } from '../../common/uploads/read-upload';
import { ApplicationAttachment } from './application-attachment.entity';
import { insertApplication, insertAttachment } from './application-filing';
import { ApplicationMeasure } from './application-measure.entity';
import { measuredCriteriaOf, measureRangeProblem } from './application-measures';
import { ApplicationNomination, ContestApplication } from './contest-application.entity';
import { isOrganiser, loadContest } from '../setup/contest-access';
import { assertPhaseAllows, ContestRecord, ContestRecordNotFoundException } from '../setup/contest-errors';
import { applicationRefusal } from '../setup/contest-phase';
import { applicationViews, toMeasureView } from './application-views';
import { openSeatsOrNotFound } from '../jury/jury-eligibility';
import { PersonalDataErasedException } from './personal-data-erasure';
import { FileApplicationDto, ScreenApplicationDto, VerifyMeasureDto } from './dto/application.dto';
import { Clock } from '../../common/clock';
import { ContestNotices } from '../notices/contest-notices';

/** Applications: filed by candidates' organisations or organisers, screened by organisers. */
/** What a list of applications may be narrowed to: one nomination, one screening state. */
export interface ApplicationFilter {
  nominationId?: string;
  screening?: ScreeningStatus;
  /** Part of the candidate's name or organisation or of the project's title, matched as people type it. */
  search?: string;
}

@Injectable()
export class ApplicationsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly notices: ContestNotices,
  ) {}

  async file(contestId: string, body: FileApplicationDto, actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const contest = await loadContest(manager, contestId, actor.user);
      if (body.agencyId && actor.user.role === 'agency_editor' && actor.user.agencyId !== body.agencyId)
        throw new InvalidFieldsException([
          { field: 'agencyId', code: 'contest.own_agency_only', problems: ['must be your own agency'] },
        ]);
      const application = await insertApplication(
        manager,
        contest,
        body,
        {
          filedBy: body.filedBy,
          filerId: actor.user.id,
        },
        this.clock.now(),
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
  /**
   * One page of a contest's applications: all of them for its organisers, a filer's own for anyone else; in
   * the order they were filed, then by id (applications filed in one transaction share the moment).
   */
  async list(
    contestId: string,
    user: SessionUser,
    filter: ApplicationFilter,
    window: PageWindow,
  ): Promise<Page<ApplicationView>> {
    const manager = this.dataSource.manager;
    const contest = await loadContest(manager, contestId, user);
    const q = manager
      .getRepository(ContestApplication)
      .createQueryBuilder('a')
      .where('a.contest_id = :contestId', { contestId })
      .orderBy('a.filed_at', 'ASC')
      .addOrderBy('a.id', 'ASC')
      .offset(window.offset)
      .limit(window.limit);
    if (!isOrganiser(user, contest)) q.andWhere('a.filer_id = :filerId', { filerId: user.id });
    if (filter.screening) q.andWhere('a.screening = :screening', { screening: filter.screening });
    if (filter.nominationId)
      q.andWhere(
        'EXISTS (SELECT 1 FROM application_nomination n WHERE n.application_id = a.id AND n.nomination_id = :nominationId)',
        { nominationId: filter.nominationId },
      );
    const key = searchKey(filter.search ?? '');
    // A key holds only letters and digits, so it needs no LIKE escaping.
    if (key) q.andWhere('a.name_search LIKE :pattern', { pattern: `%${key}%` });
    const [applications, total] = await pageRowsOf(manager, q, window);
    return pageOf(await applicationViews(manager, applications), total, window);
  }

  async screen(applicationId: string, body: ScreenApplicationDto, actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const { application, contest } = await this.loadForOrganiser(manager, applicationId, actor.user);
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
      if (before !== saved.screening || body.reason !== undefined)
        await this.notices.screened(manager, contest, saved);
      return (await applicationViews(manager, [saved]))[0];
    });
  }

  /**
   * The organiser's verified value of one measured criterion (null withdraws it), against the version last
   * read (0 when no value is held yet): only verified values count in the results.
   */
  async verifyMeasure(applicationId: string, body: VerifyMeasureDto, actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const { application } = await this.loadForOrganiser(manager, applicationId, actor.user);
      const entered = await manager.existsBy(ApplicationNomination, {
        applicationId,
        nominationId: body.nominationId,
      });
      const measured = entered
        ? await measuredCriteriaOf(manager, application.contestId, [body.nominationId])
        : new Map();
      if (!measured.get(body.nominationId)?.some((c: ContestCriterion) => c.key === body.criterionKey))
        throw new InvalidFieldsException([
          {
            field: 'criterionKey',
            code: 'application.measure_not_asked',
            params: { criterion: body.criterionKey },
            problems: ['is not a measured criterion of a nomination this application enters'],
          },
        ]);
      const verified = body.verified ?? null;
      if (verified !== null) {
        const problems = measureRangeProblem('verified', verified);
        if (problems.length) throw new InvalidFieldsException(problems);
      }
      const key = { applicationId, nominationId: body.nominationId, criterionKey: body.criterionKey };
      const existing = await manager.findOne(ApplicationMeasure, {
        where: key,
        lock: { mode: 'pessimistic_write' },
      });
      if ((existing?.version ?? 0) !== body.version)
        throw new StaleVersionException(existing ? toMeasureView(existing) : null);
      const now = this.clock.now();
      await manager.save(ApplicationMeasure, {
        ...(existing ?? { ...key, stated: null }),
        verified,
        verifiedBy: verified === null ? null : actor.user.id,
        verifiedAt: verified === null ? null : now,
      });
      await this.audit.record(manager, actor, {
        action: 'contest.application.measure.verify',
        entity: 'contest_application',
        entityId: application.id,
        changes: [{ field: `measures.${body.criterionKey}`, old: existing?.verified ?? null, new: verified }],
      });
      return (await applicationViews(manager, [application]))[0];
    });
  }

  /** The filer adds files while applications are open; organisers at any time before results. */
  async attach(applicationId: string, file: UploadedFile, actor: Actor): Promise<ApplicationView> {
    return this.dataSource.transaction(async (manager) => {
      const { application, contest } = await this.loadForFiler(manager, applicationId, actor.user);
      if (application.personalDataErasedAt)
        throw new PersonalDataErasedException(application.personalDataErasedAt);
      if (!isOrganiser(actor.user, contest)) assertPhaseAllows(applicationRefusal(contest, this.clock.now()));
      const saved = await insertAttachment(manager, applicationId, file, actor.user.id);
      await this.audit.record(manager, actor, {
        action: 'contest.application.attach',
        entity: 'contest_application',
        entityId: application.id,
        changes: [{ field: 'attachment', old: null, new: saved.fileName }],
      });
      return (await applicationViews(manager, [application]))[0];
    });
  }

  /**
   * The file, for organisers, the filer, and jurors who may score the application; a juror kept from it by a
   * conflict gets 404, as for an unknown file.
   */
  async attachment(attachmentId: string, user: SessionUser): Promise<ApplicationAttachment> {
    const manager = this.dataSource.manager;
    const file = await manager
      .getRepository(ApplicationAttachment)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .where('f.id = :id', { id: attachmentId })
      .getOne();
    if (!file) throw new ContestRecordNotFoundException('attachment');
    if (user.role === 'juror')
      await openSeatsOrNotFound(
        manager,
        { applicationId: file.applicationId, userId: user.id },
        'attachment',
      );
    else await this.loadForFiler(manager, file.applicationId, user, 'attachment');
    return file;
  }

  private async loadForOrganiser(manager: EntityManager, id: string, user: SessionUser) {
    const application = await manager.findOneBy(ContestApplication, { id });
    if (!application) throw new ContestRecordNotFoundException('application');
    const contest = await loadContest(manager, application.contestId, user, {
      organiser: true,
      notFound: 'application',
    });
    return { application, contest };
  }

  private async loadForFiler(
    manager: EntityManager,
    id: string,
    user: SessionUser,
    notFound: ContestRecord = 'application',
  ) {
    const application = await manager.findOneBy(ContestApplication, { id });
    if (!application) throw new ContestRecordNotFoundException(notFound);
    const contest = await loadContest(manager, application.contestId, user, { notFound });
    if (!isOrganiser(user, contest) && application.filerId !== user.id)
      throw new ContestRecordNotFoundException(notFound);
    return { application, contest };
  }
}
