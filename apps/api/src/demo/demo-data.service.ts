import { INestApplication, Logger } from '@nestjs/common';
import {
  calendarYearOf,
  presetHolidays,
  type FrameworkDocumentLeaf,
  type SessionUser,
  type SubmissionStatus,
} from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { Agency } from '../app/agencies/agency.entity';
import { hashPassword } from '../app/auth/passwords';
import { toSessionUser } from '../app/auth/session.service';
import { ResultsService } from '../app/contests/results/results.service';
import { Cycle } from '../app/cycles/cycle.entity';
import { sevenIndexTemplate } from '../app/cycles/framework-template';
import { storedLeaves } from '../app/cycles/framework-rules';
import { PeerGroup } from '../app/regions/peer-group.entity';
import { Region } from '../app/regions/region.entity';
import { saveHolidays } from '../app/regions/region-working-week';
import { CycleLifecycleService } from '../app/cycles/cycle-lifecycle.service';
import { Evidence } from '../app/submissions/evidence.entity';
import { ReviewComment } from '../app/submissions/review-comment.entity';
import { SubmissionValue } from '../app/submissions/submission-value.entity';
import { Submission } from '../app/submissions/submission.entity';
import { User } from '../app/users/user.entity';
import { CONTEST_ACCOUNTS, loadDemoContests, publishDemoContests } from './demo-contests';
import type { Environment } from '../app/config/environment';
import { ENVIRONMENT } from '../app/config/environment.token';
import { demoCycles, demoDay, submissionDates, type DemoCycle, type DemoDay } from './demo-day';
import { demoPdf } from './demo-files';
import { DEMO_AGENCIES } from './demo-agencies';
import { DEMO_GROUPS, DEMO_REGION, demoEmail } from './demo-region';
import { loadDemoTraining } from './demo-training';
import { DemoValues } from './demo-values';
import { Clock } from '../app/common/clock';

/** Every demo account signs in with this password; README lists the accounts. */
export const DEMO_PASSWORD = 'prgauge-demo-2026';

export interface DemoAccount {
  login: string;
  role: string;
  note: string;
}

/** The state of each agency's submission in the open cycle, so that every screen has something to show. */
const OPEN_STATES: (SubmissionStatus | 'partial' | 'empty')[] = [
  'approved',
  'submitted',
  'submitted',
  'returned',
  'partial',
  'partial',
  'empty',
  'empty',
];

/**
 * Loads South Khorasan's directorate with forty agencies, two published cycles, one open cycle and contests.
 * Not a provider of the app: only the demo start (`demo.ts`) builds one, from the running app's services, so
 * that the production bundle carries no demo data.
 */
export class DemoDataService {
  private readonly logger = new Logger('demo');

  constructor(
    private readonly dataSource: DataSource,
    private readonly lifecycle: CycleLifecycleService,
    private readonly results: ResultsService,
    private readonly env: Environment,
    private readonly clock: Clock,
  ) {}

  /** The loader of a created app, with that app's database, publishing, environment and clock. */
  static of(app: INestApplication): DemoDataService {
    return new DemoDataService(
      app.get(DataSource),
      app.get(CycleLifecycleService),
      app.get(ResultsService),
      app.get<symbol, Environment>(ENVIRONMENT),
      app.get(Clock),
    );
  }

  /** Loads the demo when the database has no region yet; returns the demo accounts, or null when it did nothing. */
  async loadIfEmpty(): Promise<DemoAccount[] | null> {
    if ((await this.dataSource.getRepository(Region).count()) > 0) return null;
    return this.load();
  }

  private async load(): Promise<DemoAccount[]> {
    const started = Date.now();
    const now = this.clock.now();
    const day = demoDay(this.env.DEMO_TODAY, now);
    const plan = demoCycles(day);
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const { director, cycles, contests, accounts } = await this.dataSource.transaction(async (manager) => {
      const region = await manager.save(Region, DEMO_REGION);
      // Iran's holidays of this Solar Hijri year and the next, so that a deadline on Nowruz says so.
      const persianYear = calendarYearOf(day.today, DEMO_REGION.timeZone, 'persian').year;
      await saveHolidays(
        manager,
        region.id,
        [persianYear, persianYear + 1].flatMap((year) => presetHolidays('ir', year)),
      );
      const groups = await manager.save(
        PeerGroup,
        DEMO_GROUPS.map((g) => ({ regionId: region.id, code: g.code, name: g.name })),
      );
      const groupId = new Map(groups.map((g) => [g.code, g.id]));
      const agencies = await manager.save(
        Agency,
        DEMO_AGENCIES.map((a) => ({
          regionId: region.id,
          code: a.code,
          name: a.name,
          peerGroupId: groupId.get(a.group) ?? null,
          attributes: { prStaff: a.prStaff },
          active: true,
        })),
      );
      const cycles = await manager.save(
        Cycle,
        plan.map((c) => ({
          regionId: region.id,
          name: c.name,
          periodStart: c.start,
          periodEnd: c.end,
          deadline: c.deadline,
          status: c.open ? ('open' as const) : ('review' as const),
          framework: sevenIndexTemplate(),
          publication: 0,
        })),
      );
      const editorAgencies = [
        agencies[OPEN_STATES.indexOf('partial')],
        agencies[OPEN_STATES.indexOf('returned')],
      ];
      const users = await this.createAccounts(manager, region.id, editorAgencies, passwordHash);
      const values = new DemoValues(20260101);
      const base = agencies.map(() => 0.25 + values.next() * 0.6);
      for (const [year, cycle] of cycles.entries()) {
        const dated = { day, cycle: plan[year] };
        await this.fillCycle(manager, cycle, dated, agencies, base, year, values, users.evaluator);
      }
      // Before publishing: the published cycles' training leaves are computed from these registers.
      await loadDemoTraining(
        manager,
        region.id,
        agencies,
        plan.map((c) => Number(c.name)),
        users.committeeMember,
        day,
      );
      const contests = await loadDemoContests(manager, region.id, agencies, passwordHash, now);
      return { director: users.director, cycles, contests, accounts: users.accounts };
    });
    const actor = { user: director, requestId: 'demo', ip: '127.0.0.1' };
    for (const cycle of cycles.slice(0, -1)) await this.lifecycle.publish(cycle.id, actor);
    await publishDemoContests(this.results, this.dataSource, actor, contests);
    this.logger.log(`demo region loaded in ${Date.now() - started} ms`);
    return [...accounts, ...CONTEST_ACCOUNTS];
  }

  private async createAccounts(
    manager: EntityManager,
    regionId: string,
    editorAgencies: Agency[],
    passwordHash: string,
  ) {
    // No language chosen: each person's browser decides, then their region's default.
    const base = { passwordHash, locale: null, active: true };
    const save = (login: string, displayName: string, role: User['role'], agencyId: string | null = null) =>
      manager.save(User, {
        ...base,
        login,
        displayName,
        role,
        email: demoEmail(login),
        regionId: role === 'admin' ? null : regionId,
        agencyId,
      });
    // People of a South Khorasan directorate are named as they sign their letters.
    await save('admin', 'مدیر سامانه', 'admin');
    const director = await save('director', 'مریم احمدی', 'director');
    const evaluator = await save('evaluator', 'علی رضایی', 'evaluator');
    await save('viewer', 'سارا کریمی', 'viewer');
    await save('editor', 'محمد حسینی', 'agency_editor', editorAgencies[0].id);
    await save('editor2', 'زهرا محمدی', 'agency_editor', editorAgencies[1].id);
    const committeeMember = await save('committee', 'حسن نوری', 'committee_member');
    const accounts: DemoAccount[] = [
      { login: 'admin', role: 'admin', note: 'all regions' },
      { login: 'director', role: 'director', note: 'publishes rankings' },
      { login: 'evaluator', role: 'evaluator', note: 'review queue' },
      { login: 'viewer', role: 'viewer', note: 'read-only' },
      { login: 'editor', role: 'agency_editor', note: `${editorAgencies[0].code}, draft in progress` },
      { login: 'editor2', role: 'agency_editor', note: `${editorAgencies[1].code}, returned for fixes` },
      { login: 'committee', role: 'committee_member', note: 'training committee, manages training records' },
    ];
    return {
      director: toSessionUser(director) as SessionUser,
      evaluator: evaluator.id,
      committeeMember: committeeMember.id,
      accounts,
    };
  }

  private async fillCycle(
    manager: EntityManager,
    cycle: Cycle,
    dated: { day: DemoDay; cycle: DemoCycle },
    agencies: Agency[],
    base: number[],
    year: number,
    values: DemoValues,
    evaluatorId: string,
  ) {
    const open = cycle.status === 'open';
    const leaves = storedLeaves(cycle.framework);
    const rows: Partial<SubmissionValue>[] = [];
    for (const [i, agency] of agencies.entries()) {
      const state = open ? OPEN_STATES[i % OPEN_STATES.length] : 'approved';
      const status: SubmissionStatus = state === 'partial' || state === 'empty' ? 'draft' : state;
      const dates = submissionDates(dated.day, dated.cycle, i);
      const reviewed = status === 'approved' || status === 'returned';
      const submission = await manager.save(Submission, {
        cycleId: cycle.id,
        agencyId: agency.id,
        status,
        submittedAt: status === 'draft' ? null : dates.submittedAt,
        approvedAt: status === 'approved' ? dates.approvedAt : null,
        lastReviewedAt: reviewed ? dates.reviewedAt : null,
        // One agency got more time in the open cycle.
        extensionUntil: open && i === 5 ? new Date(cycle.deadline.getTime() + 14 * 86_400_000) : null,
      });
      if (state === 'empty') continue;
      const quality = values.quality(base[i], year);
      const prStaff = agency.attributes['prStaff'] ?? 1;
      const chosen = leaves.filter((leaf) => this.filled(leaf, state, values));
      for (const leaf of chosen) {
        const value = values.valueFor(leaf, quality, prStaff);
        rows.push({
          submissionId: submission.id,
          indicatorKey: leaf.key,
          value,
          // A reviewed submission has not changed since its review: nobody has touched it after.
          reviewedValue: reviewed ? value : null,
          updatedBy: leaf.source === 'evaluator' ? evaluatorId : null,
        });
      }
      if (status !== 'draft')
        await this.attachEvidence(
          manager,
          submission,
          leaves.filter((l) => l.evidenceRequired),
          agency.code,
          cycle.name,
        );
      if (state === 'returned') await this.returnWithComments(manager, submission.id, evaluatorId);
    }
    for (let i = 0; i < rows.length; i += 500) await manager.insert(SubmissionValue, rows.slice(i, i + 500));
  }

  /** Which leaves a submission in this state has values for: evaluator ratings only once approved. */
  private filled(leaf: FrameworkDocumentLeaf, state: string, values: DemoValues): boolean {
    if (leaf.source === 'computed' && leaf.rule) return false;
    if (leaf.source === 'evaluator') return state === 'approved';
    if (state === 'partial') return values.next() < 0.55;
    return true;
  }

  private async attachEvidence(
    manager: EntityManager,
    submission: Submission,
    leaves: FrameworkDocumentLeaf[],
    code: string,
    cycleName: string,
  ) {
    for (const leaf of leaves) {
      const content = demoPdf(`${code} ${cycleName}: ${leaf.key}`);
      await manager.insert(Evidence, {
        submissionId: submission.id,
        indicatorKey: leaf.key,
        kind: 'file',
        fileName: `${code.toLowerCase()}-${leaf.key}.pdf`,
        mediaType: 'application/pdf',
        sizeBytes: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
      });
    }
  }

  private async returnWithComments(manager: EntityManager, submissionId: string, authorId: string) {
    await manager.insert(ReviewComment, [
      {
        submissionId,
        indicatorKey: 'digital.channelMembers',
        body: 'Приложите снимок статистики канала на конец периода.',
        authorId,
      },
      {
        submissionId,
        indicatorKey: 'media.responseHours',
        body: 'Время ответа выглядит заниженным: укажите, как оно измерялось.',
        authorId,
      },
      {
        submissionId,
        indicatorKey: null,
        body: 'Отчёт возвращён на доработку по двум показателям.',
        authorId,
      },
    ]);
  }
}
