import { enqueueJob } from '../jobs/enqueue-job';
import { HttpStatus, Injectable } from '@nestjs/common';
import type { Locale, ScorecardResponse, SessionUser } from '@prgauge/contracts';
import JSZip from 'jszip';
import { EntityManager } from 'typeorm';
import { ApiException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { cleanFileName } from '../common/uploads/file-name';
import { assertMay } from '../common/scope';
import { ResultsService as ContestResultsService } from '../contests/results/results.service';
import { type CycleRecord, findCycle } from '../cycles/cycle-record.facade';
import { ResultsService } from '../scores/results.service';
import { CERTIFICATE_CSS, certificateSheets } from './certificate-page';
import { LetterheadService } from './letterhead.service';
import { PdfRenderer } from './pdf-renderer';
import { rankingReportSheets } from './ranking-report-page';
import { reportLocale } from './report-format';
import { reportDocument, type LetterDetails } from './report-page';
import { scorecardSheets } from './scorecard-page';

/** A rendered report and the file name it is offered under. */
export interface RenderedReport {
  pdf: Buffer;
  fileName: string;
}

/** What every report request may carry: the reader's language and the outgoing letter's number and date. */
export interface ReportOptions {
  /** The reader's language; the caller's own by default. */
  lang?: Locale;
  letter: LetterDetails;
}

/** What a batch of scorecards needs: which agencies of which cycle, as whom, in which language. */
/** The job kind of a scorecard for every agency (one of the contracts' `JOB_KINDS`). */
export const SCORECARD_BATCH_JOB = 'agency-scorecards';

/** A queued scorecard batch, as stored in the queue (JSON). */
export type ScorecardBatchJob = ScorecardBatchRequest;

export interface ScorecardBatchRequest extends ReportOptions {
  cycleId: string;
  /** The cycle's name when the batch was queued: the result is offered as `scorecards-<name>.zip`. */
  cycleName?: string;
  /** The agencies, in the order their files go into the archive. */
  agencyIds: readonly string[];
  user: SessionUser;
}

/**
 * The PDF reports: an agency's scorecard letter, the region's ranking report and a contest's certificates.
 * Access is checked as for any route (the permissions map's `report.*` actions), then the same data the
 * dashboard shows is read through the owners' services, laid out as HTML and printed by {@link PdfRenderer}.
 */
@Injectable()
export class ReportsService {
  constructor(
    private readonly manager: EntityManager,
    private readonly results: ResultsService,
    private readonly contests: ContestResultsService,
    private readonly letterheads: LetterheadService,
    private readonly renderer: PdfRenderer,
  ) {}

  /** An agency's scorecard as a letter to its head: at most two A4 pages. */
  async scorecard(
    cycleId: string,
    agencyId: string,
    options: ReportOptions,
    user: SessionUser,
  ): Promise<RenderedReport> {
    const cycle = await this.cycleFor(cycleId);
    assertMay(user, 'report.scorecard', { regionId: cycle.regionId, agencyId }, 'agency');
    const html = await this.scorecardHtml(cycle, agencyId, options, user);
    const card = html.card;
    return {
      pdf: await this.renderer.render(html.html),
      fileName: `scorecard-${card.cycle.name}-${card.agency.code}.pdf`,
    };
  }

  /**
   * The scorecards of many agencies of one cycle in one ZIP archive, one PDF per agency (`<code>.pdf`), printed
   * through one browser page. `onProgress(done, total)` is called after each; an agency without a scorecard
   * (not ranked) fails the batch with its 404, as the single route would answer.
   */
  async scorecardBatch(
    request: ScorecardBatchRequest,
    onProgress: (done: number, total: number) => void | Promise<void> = () => undefined,
  ): Promise<Buffer> {
    const cycle = await this.cycleFor(request.cycleId);
    for (const agencyId of request.agencyIds)
      assertMay(request.user, 'report.scorecard', { regionId: cycle.regionId, agencyId }, 'agency');
    const zip = new JSZip();
    const codes = new Map<string, string>();
    const total = request.agencyIds.length;
    const cardOf = await this.results.scorecards(cycle.id, request.agencyIds, request.user);
    const loc = reportLocale(request.lang ?? request.user.locale ?? 'ru');
    const head = await this.letterheads.printed(this.manager, cycle.regionId);
    await this.renderer.renderEach(
      request.agencyIds,
      (agencyId) => {
        const card = cardOf(agencyId);
        codes.set(agencyId, card.agency.code);
        return Promise.resolve(reportDocument(loc, scorecardSheets(loc, card, head, request.letter)));
      },
      async (agencyId, pdf, index) => {
        zip.file(cleanFileName(codes.get(agencyId) ?? agencyId, 'pdf'), pdf);
        await onProgress(index + 1, total);
      },
    );
    return zip.generateAsync({ type: 'nodebuffer', compression: 'STORE' });
  }

  /**
   * Queues the scorecards of every ranked agency of a cycle as one background job (kind `agency-scorecards`),
   * whose result is the ZIP of `scorecardBatch`. Only those who may have the ranking report may ask; the
   * agencies are the ranking's rows, in ranking order. While the same person's identical batch (same cycle,
   * language and letter) is still queued or running, answers that job's id rather than queueing another. Throws
   * 404 for a cycle the caller cannot see and 409 `report.no_ranking` when the cycle ranks no agency yet.
   */
  async queueScorecardBatch(cycleId: string, options: ReportOptions, user: SessionUser): Promise<string> {
    const cycle = await this.cycleFor(cycleId);
    assertMay(user, 'report.ranking', { regionId: cycle.regionId }, 'cycle');
    const ranking = await this.results.rankingData(cycleId, user);
    const agencyIds = ranking.rows.filter((row) => row.rank !== null).map((row) => row.agencyId);
    if (agencyIds.length === 0) throw new ApiException(HttpStatus.CONFLICT, 'report.no_ranking', {});
    const data: ScorecardBatchJob = {
      cycleId,
      cycleName: ranking.cycle.name,
      agencyIds,
      user,
      lang: options.lang,
      letter: options.letter,
    };
    return this.manager.transaction((manager) =>
      enqueueJob(manager, {
        kind: SCORECARD_BATCH_JOB,
        regionId: cycle.regionId,
        requestedBy: user.id,
        label: ranking.cycle.name,
        data,
        reuseOpen: true,
      }),
    );
  }

  /** The region's ranking report for the governor: cover, method, table, charts and a page per agency. */
  async rankingReport(cycleId: string, options: ReportOptions, user: SessionUser): Promise<RenderedReport> {
    const cycle = await this.cycleFor(cycleId);
    assertMay(user, 'report.ranking', { regionId: cycle.regionId }, 'cycle');
    const ranking = await this.results.rankingData(cycleId, user);
    const loc = reportLocale(options.lang ?? user.locale ?? 'ru');
    const head = await this.letterheads.printed(this.manager, cycle.regionId);
    const sheets = rankingReportSheets(loc, ranking, cycle.framework, head, options.letter);
    return {
      pdf: await this.renderer.render(reportDocument(loc, sheets)),
      fileName: `ranking-${ranking.cycle.name}.pdf`,
    };
  }

  /** One certificate page per winner of a contest whose results are published (409 before). */
  async certificates(
    contestId: string,
    lang: Locale | undefined,
    user: SessionUser,
  ): Promise<RenderedReport> {
    const results = await this.contests.publishedForOrganiser(contestId, user);
    const loc = reportLocale(lang ?? user.locale ?? 'ru');
    const regionId = user.regionId ?? results.contest.regionIds[0];
    const head = await this.letterheads.printed(this.manager, regionId);
    return {
      pdf: await this.renderer.render(
        reportDocument(loc, certificateSheets(loc, results, head), CERTIFICATE_CSS),
      ),
      fileName: `certificates-${results.contest.year}.pdf`,
    };
  }

  private async scorecardHtml(
    cycle: CycleRecord,
    agencyId: string,
    options: ReportOptions,
    user: SessionUser,
  ): Promise<{ html: string; card: ScorecardResponse }> {
    const card = await this.results.scorecard(cycle.id, agencyId, user);
    const loc = reportLocale(options.lang ?? user.locale ?? 'ru');
    const head = await this.letterheads.printed(this.manager, cycle.regionId);
    return { html: reportDocument(loc, scorecardSheets(loc, card, head, options.letter)), card };
  }

  private async cycleFor(cycleId: string): Promise<CycleRecord> {
    const cycle = await findCycle(this.manager, cycleId);
    if (!cycle) throw new RecordNotFoundException('cycle');
    return cycle;
  }
}
