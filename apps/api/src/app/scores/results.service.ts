import { HttpStatus, Injectable } from '@nestjs/common';
import type { Locale, RankingResponse, ScorecardResponse, SessionUser } from '@prgauge/contracts';
import { searchMatches } from '@prgauge/text';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import { can } from '@prgauge/permissions';
import type { ScoringInput } from '@prgauge/scoring';
import { ApiException } from '../common/api-error';
import { type EncodedBody, encodeBody } from '../common/encoded-body';
import { jsonBytes, storedJsonBytes } from '../common/openapi/json-bytes';
import { databaseUnavailability } from '../common/database-unavailable';
import { RecordNotFoundException } from '../common/record-not-found';
import { canSeeRegion } from '../common/scope';
import { defaultLocaleOfRegion } from '../regions/region-default-locale';
import { timeZoneOfRegion } from '../regions/region-time-zone';
import { rankingWorkbook } from './exports/ranking-workbook';
import { type CycleRecord, findCycle, publicationOf } from '../cycles/cycle-record.facade';
import { CycleChangeFeed } from '../cycles/cycle-change-feed';
import { loadCycleInputs } from './cycle-inputs.loader';
import { PublishedRanking } from './published-ranking.entity';
import { PublishedThenRepository } from './published-then.repository';
import { buildRanking, filterRanking } from './ranking-view';
import { buildScorecard } from './scorecard-view';
import { PREVIEW_SENSITIVITY, ScoredCycleRepository } from './scored-cycle.repository';
import { buildScoringDocument } from './scoring-document';

type CycleHeader = Pick<CycleRecord, 'id' | 'status' | 'publication'>;

const isPublic = (cycle: CycleHeader) =>
  cycle.publication > 0 && (cycle.status === 'published' || cycle.status === 'archived');

const parseRanking = (body: EncodedBody<RankingResponse>): RankingResponse =>
  JSON.parse(body.identity.toString('utf8')) as RankingResponse;

/** A ranking body: a publication's `RankingResponse` serialised once (see `encodeBody`), or a fresh preview. */
export type RankingBody = { published: EncodedBody<RankingResponse> } | { preview: RankingResponse };

/**
 * A publication's ranking as stored, and per peer group once asked for. A promise, so that the readers arriving
 * while it is read all wait for the one query.
 */
interface StoredRanking {
  publication: number;
  whole: Promise<EncodedBody<RankingResponse>>;
  groups: Map<string, EncodedBody<RankingResponse>>;
}

/**
 * Published results for everyone; live previews of unpublished data for the region's staff, and for an
 * agency editor only their own scorecard.
 */
@Injectable()
export class ResultsService {
  /** Published rankings never change, so one parsed copy per publication is kept. */
  private readonly cache = new Map<string, StoredRanking>();

  /** Status and publication per cycle, kept while the change feed is live to invalidate them. */
  private readonly headers = new Map<string, CycleHeader>();

  constructor(
    @InjectRepository(PublishedRanking) private readonly rankings: Repository<PublishedRanking>,
    private readonly scored: ScoredCycleRepository,
    private readonly changes: CycleChangeFeed,
    private readonly publishedThen: PublishedThenRepository,
  ) {
    changes.subscribe((cycleId) => (cycleId ? this.headers.delete(cycleId) : this.headers.clear()));
  }

  /** This module's connection, for reads through other modules' facades and for transactions. */
  private get db(): EntityManager {
    return this.rankings.manager;
  }

  async ranking(cycleId: string, user: SessionUser | undefined, peerGroup?: string): Promise<RankingBody> {
    const header = await this.publicationOf(cycleId).catch((error: unknown) =>
      this.heldWhileAway(cycleId, error),
    );
    if (header && isPublic(header)) {
      const stored = this.storedRanking(header);
      if (!peerGroup) return { published: await stored.whole };
      return { published: await this.groupRanking(stored, peerGroup) };
    }
    const cycle = await this.cycleFor(cycleId);
    if (!can(user ?? null, 'results.ranking.preview', { regionId: cycle.regionId }))
      throw new ApiException(HttpStatus.NOT_FOUND, 'results.not_published', { cycleId });
    const scored = await this.scored.compute(cycle, false, PREVIEW_SENSITIVITY);
    const previous = await this.scored.previousPublished(cycle);
    const ranking = buildRanking(
      scored,
      previous ? { cycleId: previous.id, ranks: await this.scored.ranksOf(previous) } : null,
      await this.publishedThen.byAgency(this.db, cycle.id),
    );
    return { preview: peerGroup ? filterRanking(ranking, peerGroup) : ranking };
  }

  /** The ranking as data, for exports and reports: the same visibility and refusals as `ranking`. */
  async rankingData(
    cycleId: string,
    user: SessionUser | undefined,
    peerGroup?: string,
  ): Promise<RankingResponse> {
    const body = await this.ranking(cycleId, user, peerGroup);
    return 'preview' in body ? body.preview : parseRanking(body.published);
  }

  /**
   * The ranking as the page shows it, as an XLSX workbook (see `rankingWorkbook`): the same visibility as the
   * ranking, limited to a peer group and to agencies whose code or name in any language matches `search` (the
   * page's own matching), in `lang`, else the reader's language, else the region's.
   */
  async rankingXlsx(
    cycleId: string,
    user: SessionUser | undefined,
    filters: { lang?: Locale; group?: string; search?: string },
  ): Promise<{ content: Buffer; fileName: string }> {
    const ranking = await this.rankingData(cycleId, user, filters.group);
    const search = filters.search?.trim() ?? '';
    const rows = search
      ? ranking.rows.filter((row) => searchMatches(search, [row.code, ...Object.values(row.name)]))
      : ranking.rows;
    const regionId = ranking.cycle.regionId;
    const locale = filters.lang ?? user?.locale ?? (await defaultLocaleOfRegion(this.db, regionId));
    const content = await rankingWorkbook(ranking, rows, {
      locale,
      timeZone: await timeZoneOfRegion(this.db, regionId),
      group: filters.group ?? null,
      search: search || null,
    });
    return { content, fileName: `ranking-${ranking.cycle.name}.xlsx` };
  }

  async scorecard(
    cycleId: string,
    agencyId: string,
    user: SessionUser | undefined,
  ): Promise<ScorecardResponse> {
    return (await this.scorecards(cycleId, [agencyId], user))(agencyId);
  }

  /**
   * The scorecards of many agencies of one cycle, read once: the scored cycle, the previous cycle's values and
   * every agency's trend, then one synchronous build per agency (a batch of 1,000 letters reads the cycle once, not
   * 1,000 times). Refusals as `scorecard`, checked for every agency before anything is built: 404
   * `results.not_published` where the caller may not preview, and, from the builder, 404
   * `results.agency_not_ranked`.
   */
  async scorecards(
    cycleId: string,
    agencyIds: readonly string[],
    user: SessionUser | undefined,
  ): Promise<(agencyId: string) => ScorecardResponse> {
    const cycle = await this.cycleFor(cycleId);
    const published = isPublic(cycle);
    if (!published && agencyIds.some((agencyId) => !this.mayPreview(user, cycle, agencyId)))
      throw new ApiException(HttpStatus.NOT_FOUND, 'results.not_published', { cycleId });
    const scored = published
      ? await this.scored.published(cycle)
      : await this.scored.compute(cycle, false, PREVIEW_SENSITIVITY);
    const previous = await this.scored.previousPublished(cycle);
    const previousValues = previous ? await this.scored.valuesOf(previous, agencyIds) : new Map();
    const trends = await this.scored.trends(cycle.regionId, agencyIds);
    const timeZone = await timeZoneOfRegion(this.db, cycle.regionId);
    return (agencyId) => {
      const card = buildScorecard(
        scored,
        agencyId,
        previous ? (previousValues.get(agencyId) ?? null) : null,
        trends.get(agencyId) ?? [],
        timeZone,
      );
      if (!card)
        throw new ApiException(HttpStatus.NOT_FOUND, 'results.agency_not_ranked', { cycleId, agencyId });
      return card;
    };
  }

  /**
   * The scoring library's input for a cycle, so the dashboard can recompute it with other weights: approved data for
   * a published cycle, current data otherwise. Only the region's directors and evaluators see raw values this way.
   */
  async scoringDocument(cycleId: string, user: SessionUser): Promise<ScoringInput> {
    const cycle = await this.cycleFor(cycleId);
    if (!canSeeRegion(user, cycle.regionId)) throw new RecordNotFoundException('cycle');
    const inputs = await loadCycleInputs(this.db, cycle, isPublic(cycle) && !cycle.importedHistory);
    return buildScoringDocument(cycle.framework, inputs.agencies, inputs.values);
  }

  private mayPreview(user: SessionUser | undefined, cycle: CycleRecord, agencyId: string): boolean {
    return can(user ?? null, 'results.scorecard.preview', { regionId: cycle.regionId, agencyId });
  }

  private async cycleFor(cycleId: string): Promise<CycleRecord> {
    const cycle = await findCycle(this.db, cycleId);
    if (!cycle) throw new RecordNotFoundException('cycle');
    return cycle;
  }

  /**
   * While the database cannot be reached, the last publication this instance served is served on: it was public a
   * moment ago and nobody can withdraw it through a database that is down. Without one, the error stands (503).
   */
  private heldWhileAway(cycleId: string, error: unknown): CycleHeader {
    const held = this.cache.get(cycleId);
    if (!held || !databaseUnavailability(error)) throw error;
    return { id: cycleId, status: 'published', publication: held.publication };
  }

  /**
   * The few columns that decide whether a ranking is public and which publication to serve. Cached until the change
   * feed says the cycle changed, so a re-opening anywhere withdraws the ranking everywhere.
   */
  private async publicationOf(cycleId: string): Promise<CycleHeader | null> {
    const cached = this.headers.get(cycleId);
    if (cached) return cached;
    const row = await publicationOf(this.db, cycleId);
    if (row && isPublic(row) && this.changes.live) this.headers.set(cycleId, row);
    return row ?? null;
  }

  /**
   * The publication's ranking, read on first use. A failed read is forgotten, so the next reader
   * tries again rather than inheriting the error.
   */
  private storedRanking(cycle: CycleHeader): StoredRanking {
    const cached = this.cache.get(cycle.id);
    if (cached?.publication === cycle.publication) return cached;
    const entry: StoredRanking = {
      publication: cycle.publication,
      // Kept as stored: every reader gets the same bytes without re-encoding 400 KB of text.
      whole: this.db
        .getRepository(PublishedRanking)
        .findOneByOrFail({ cycleId: cycle.id, publication: cycle.publication })
        .then((row) => encodeBody(storedJsonBytes<RankingResponse>(Buffer.from(row.body)))),
      groups: new Map(),
    };
    entry.whole.catch(() => {
      if (this.cache.get(cycle.id) === entry) this.cache.delete(cycle.id);
    });
    this.cache.set(cycle.id, entry);
    return entry;
  }

  /**
   * The ranking limited to a peer group, built once per group. Only groups the ranking has are kept (an unknown
   * one throws 400 from `filterRanking` before anything is cached), so the map stays small.
   */
  private async groupRanking(
    stored: StoredRanking,
    peerGroup: string,
  ): Promise<EncodedBody<RankingResponse>> {
    const cached = stored.groups.get(peerGroup);
    if (cached) return cached;
    const filtered = filterRanking(parseRanking(await stored.whole), peerGroup);
    const made = encodeBody(jsonBytes(filtered));
    stored.groups.set(peerGroup, made);
    return made;
  }
}
