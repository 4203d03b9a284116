import { HttpStatus, Injectable } from '@nestjs/common';
import type { ApplicantApplicationView, ApplicationView } from '@prgauge/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditService } from '../../audit/audit.service';
import { fieldChanges } from '../../audit/field-changes';
import { ApiException, InvalidFieldsException, StaleVersionException } from '../../common/api-error';
import { Clock } from '../../common/clock';
import { AddressLimit, AddressLimitsService } from '../../rate-limits/address-limits.service';
import { publishedPlacesOf } from '../results/result-readers';
import { assertPhaseAllows } from '../setup/contest-errors';
import { applicationRefusal, contestPhase } from '../setup/contest-phase';
import { existingContest } from '../setup/contest-readers';
import { contestViews } from '../setup/contest-views';
import { accessTokenHash } from './applicant-link-token';
import { peopleDisplay } from './application-people';
import { applicationViews } from './application-views';
import { ContestApplication } from './contest-application.entity';
import { UpdateApplicationByLinkDto } from './dto/applicant-link.dto';
import { PersonalDataErasedException } from './personal-data-erasure';

/**
 * Reads and edits through one address within an hour: far more than an applicant checking their application,
 * far too few to guess a 192-bit token. Every request counts, a wrong token as much as a right one.
 */
export const APPLICANT_LINK_REQUESTS_PER_ADDRESS_PER_HOUR = 60;
const APPLICANT_LINK_LIMIT: AddressLimit = {
  bucket: 'applicant-link',
  limit: APPLICANT_LINK_REQUESTS_PER_ADDRESS_PER_HOUR,
  windowSeconds: 3600,
};

/** The fields an applicant edits, as the audit names them. */
const EDITABLE = [
  'authors',
  'organisations',
  'projectTitle',
  'projectStart',
  'projectEnd',
  'description',
  'goal',
  'results',
  'links',
] as const;

/** The applicant's private link: no account, the token is the key; reads the state, edits while open. */
@Injectable()
export class ApplicantLinkService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly limits: AddressLimitsService,
    private readonly clock: Clock,
  ) {}

  /** The application and its state; 404 `application.link_invalid` for a token that opens none. */
  async read(token: string, ip: string): Promise<ApplicantApplicationView> {
    await this.countHit(ip);
    const manager = this.dataSource.manager;
    return this.view(manager, await this.byToken(manager, token));
  }

  /**
   * Changes the application while applications are open (409 `contest.applications_closed` otherwise), at
   * the version last read (409 `record.stale_version` with the current view otherwise).
   */
  async edit(token: string, body: UpdateApplicationByLinkDto, ip: string): Promise<ApplicantApplicationView> {
    await this.countHit(ip);
    return this.dataSource.transaction(async (manager) => {
      const application = await this.byToken(manager, token, true);
      const contest = await existingContest(manager, application.contestId);
      if (application.version !== body.version)
        throw new StaleVersionException(await this.view(manager, application));
      if (application.personalDataErasedAt)
        throw new PersonalDataErasedException(application.personalDataErasedAt);
      assertPhaseAllows(applicationRefusal(contest, this.clock.now()));
      const next = edited(application, body);
      const saved = await manager.save(ContestApplication, next);
      await this.audit.record(manager, null, {
        action: 'contest.application.edit',
        entity: 'contest_application',
        entityId: application.id,
        regionId: contest.regionIds[0],
        changes: fieldChanges(application, saved, [...EDITABLE]),
        reason: 'edited by the applicant through the private link',
      });
      return this.view(manager, saved);
    });
  }

  /** Counted in a transaction of its own, so that a refused guess still counts. */
  private countHit(ip: string): Promise<void> {
    return this.dataSource.transaction((manager) => this.limits.take(manager, ip, APPLICANT_LINK_LIMIT));
  }

  private async byToken(manager: EntityManager, token: string, lock = false): Promise<ContestApplication> {
    const q = manager
      .getRepository(ContestApplication)
      .createQueryBuilder('a')
      .where('a.access_token_hash = :hash', { hash: accessTokenHash(token) });
    if (lock) q.setLock('pessimistic_write');
    const application = await q.getOne();
    if (!application) throw new ApiException(HttpStatus.NOT_FOUND, 'application.link_invalid', {});
    return application;
  }

  private async view(manager: EntityManager, a: ContestApplication): Promise<ApplicantApplicationView> {
    const contest = await existingContest(manager, a.contestId);
    const now = this.clock.now();
    const [contestView] = await contestViews(manager, [contest], now);
    const phase = contestPhase(contest, now);
    const application: Partial<ApplicationView> = (await applicationViews(manager, [a]))[0];
    delete application.agencyId;
    return {
      application: application as Omit<ApplicationView, 'agencyId'>,
      contest: {
        id: contest.id,
        title: contest.title,
        year: contest.year,
        phase,
        applicationsOpenAt: contestView.applicationsOpenAt,
        applicationsCloseAt: contestView.applicationsCloseAt,
        resultsPublishedAt: contestView.resultsPublishedAt,
        timeZone: contestView.timeZone,
      },
      editable: applicationRefusal(contest, now) === null && a.personalDataErasedAt === null,
      places: phase === 'results_published' ? await publishedPlacesOf(manager, a.id) : null,
      version: a.version,
    };
  }
}

/** The application with the body's changes; project dates must stay in order (400 naming `projectEnd`). */
function edited(a: ContestApplication, body: UpdateApplicationByLinkDto): ContestApplication {
  const authors =
    body.authors?.map((x) => ({ name: x.name.trim(), position: x.position.trim() })) ?? a.authors;
  const organisations = body.organisations?.map((o) => o.trim()) ?? a.organisations;
  const next: ContestApplication = {
    ...a,
    authors,
    organisations,
    ...peopleDisplay(authors, organisations),
    projectTitle: body.projectTitle ?? a.projectTitle,
    projectStart: body.projectStart === undefined ? a.projectStart : body.projectStart,
    projectEnd: body.projectEnd === undefined ? a.projectEnd : body.projectEnd,
    description: body.description ?? a.description,
    goal: body.goal === undefined ? a.goal : body.goal,
    results: body.results === undefined ? a.results : body.results,
    links: body.links ?? a.links,
  };
  if (next.projectStart && next.projectEnd && next.projectEnd < next.projectStart)
    throw new InvalidFieldsException([
      {
        field: 'projectEnd',
        code: 'contest.date_must_not_precede',
        params: { other: 'projectStart', otherDate: next.projectStart },
        problems: ['must not be before projectStart'],
      },
    ]);
  return next;
}
