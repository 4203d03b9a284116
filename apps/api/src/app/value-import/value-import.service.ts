import { HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Environment } from '../config/environment';
import { ENVIRONMENT } from '../config/environment.token';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type ImportedFileSource,
  type Locale,
  VALUE_IMPORT_LIST_LIMIT,
  VALUE_TEMPLATE_LANGS,
  type ValueImportMode,
  type ValueImportResult,
} from '@prgauge/contracts';
import { can } from '@prgauge/permissions';
import type { DataSource, EntityManager } from 'typeorm';
import { activeAgencyProfiles, retiredAgencyCodes } from '../agencies/agency-profiles.facade';
import type { Actor } from '../auth/actor';
import { ApiException, InvalidFieldsException } from '../common/api-error';
import { Clock } from '../common/clock';
import { readTabularFile } from '../common/tabular/tabular-table';
import { type CycleRecord, visibleCycle } from '../cycles/cycle-record.facade';
import { storedLeaves } from '../cycles/framework-rules';
import { CycleSubmissions } from '../cycles/cycle-submissions.port';
import { submissionValueStates, withNewDrafts } from '../submissions/imported-values.facade';
import { applyValueImport, importWrites, valueCount, writtenKeys } from './apply-value-import';
import { dropQueuedWrites, storeQueuedWrites, takeQueuedWrites } from './queued-writes.queries';
import { VALUE_IMPORT_JOB, type ValueImportJob } from './value-import-job';
import { enqueueJob } from '../jobs/enqueue-job';
import { JobSupersededError } from '../jobs/job-handlers';
import { wakeJobWorkers } from '../jobs/job-worker';
import { checkValueCells, type CheckedAgency, type ValueCheck } from './value-check';
import { type ImportedCell, importedCells } from './value-file';
import { LastCheck } from './last-check';
import { fileDigest, LastRead } from './last-read';
import { valueTemplateWorkbook } from './value-template';
import { VALUE_IMPORT_LIMITS } from './value-upload';

/** A file as the import route received it. */
export interface ValueFile {
  fileName: string;
  kind: 'csv' | 'xlsx';
  content: Buffer;
}

/** A file as the import read it: how, in which layout, and its cells. */
interface ReadValueFile {
  source: ImportedFileSource;
  layout: 'wide' | 'long';
  cells: ImportedCell[];
}

/** What the person asked for with the file. */
export interface ValueImportRequest {
  mode: ValueImportMode;
  fingerprint: string | null;
  overwrite: string[];
}

/** Value import for a cycle: the template, the dry run and the apply. */
@Injectable()
export class ValueImportService {
  private readonly lastRead = new LastRead<ReadValueFile>();
  private readonly lastCheck = new LastCheck();

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: Clock,
    @Inject(ENVIRONMENT) private readonly env: Environment,
    @Inject(CycleSubmissions) private readonly cycleSubmissions: Pick<CycleSubmissions, 'createDrafts'>,
  ) {}

  /** The cycle the caller may import into: 404 outside their region. */
  cycleFor(cycleId: string, actor: Actor): Promise<CycleRecord> {
    return visibleCycle(this.db.manager, cycleId, actor.user);
  }

  /**
   * The cycle's value template in `lang` (see valueTemplateWorkbook; Russian when not given); an editor gets only
   * their agency's row. 400 `value_import.unknown_lang` for a language the template is not written in.
   */
  async template(cycle: CycleRecord, lang: string | undefined, actor: Actor): Promise<Buffer> {
    const locale: Locale | undefined =
      lang === undefined ? 'ru' : VALUE_TEMPLATE_LANGS.find((l) => l === lang);
    if (!locale)
      throw new ApiException(HttpStatus.BAD_REQUEST, 'value_import.unknown_lang', {
        lang: lang ?? '',
        langs: VALUE_TEMPLATE_LANGS.join(', '),
      });
    const agencies = await this.agenciesInScope(this.db.manager, cycle, actor);
    const states = await submissionValueStates(
      this.db.manager,
      cycle,
      agencies.map((a) => a.id),
      this.clock.now(),
      actor.user,
    );
    return valueTemplateWorkbook({
      locale,
      tree: cycle.framework.indicators,
      // Historic workbooks hold the evaluators' ratings too.
      leaves: storedLeaves(cycle.framework).filter(
        (leaf) => leaf.source === 'agency' || (cycle.importedHistory && leaf.source === 'evaluator'),
      ),
      agencies: agencies.map((a) => ({ ...a, values: states.get(a.id)?.values ?? new Map() })),
    });
  }

  /**
   * Reads and checks a file; in `apply` mode also saves it in one transaction, or, when it writes more than
   * `IMPORT_JOB_VALUES` values (a setting, 2,000 by default), queues that transaction as a background job (kind `value-import`) and answers
   * with its `jobId`. Refusals: 400 `value_import.empty` (no data rows), 400 `value_import.no_key_row` (neither layout), 400
   * `value_import.unknown_overwrite` (ticked keys that are not overwrites of the file), 400 `value_import.has_problems`
   * (apply with problems), 409 `value_import.other_file` (not the file the fingerprint's dry run checked), 409
   * `value_import.stale` (the values read no longer match the fingerprint's), 403
   * `value_import.apply_not_allowed` (without `cycle.values.import.apply`: evaluators). In an open or imported-history
   * cycle an apply first gives every active agency without a submission its draft (`CycleSubmissions.createDrafts`,
   * in the same transaction), so agencies added after the cycle opened take their values; the dry run shows them
   * as changes of a new draft.
   */
  async run(
    cycle: CycleRecord,
    file: ValueFile,
    request: ValueImportRequest,
    actor: Actor,
  ): Promise<ValueImportResult> {
    if (request.mode === 'apply' && !can(actor.user, 'cycle.values.import.apply'))
      throw new ApiException(HttpStatus.FORBIDDEN, 'value_import.apply_not_allowed', {});
    const digest = fileDigest(file.kind, file.content);
    const parsed = await this.read(file, digest);
    const base = { mode: request.mode, source: parsed.source, layout: parsed.layout, applied: 0, kept: [] };
    if (request.mode === 'dry_run') {
      const check = await this.check(this.db.manager, cycle, parsed.cells, actor);
      return { ...base, ...summary(check, digest) };
    }
    const [checkedFile = '', checkedValues = ''] = (request.fingerprint ?? '').split('.');
    if (checkedFile !== digest) throw new ApiException(HttpStatus.CONFLICT, 'value_import.other_file', {});
    const result: ValueImportResult = await this.db.transaction(async (manager) => {
      // Agencies added after the cycle opened get the draft opening gave the others; rolled back with a refusal.
      if (takesNewDrafts(cycle)) await this.cycleSubmissions.createDrafts(manager, cycle.id, cycle.regionId);
      const check = await this.checkToApply(manager, cycle, parsed.cells, checkedValues, actor);
      refuseUnknownOverwrites(check, request.overwrite);
      const { writes, kept } = importWrites(check.submissions, request.overwrite);
      if (valueCount(writes) > this.env.IMPORT_JOB_VALUES) {
        const jobId = await enqueueJob<ValueImportJob>(manager, {
          kind: VALUE_IMPORT_JOB,
          regionId: cycle.regionId,
          requestedBy: actor.user.id,
          // Several imports of one cycle are told apart by their files.
          label: `${cycle.name} · ${file.fileName}`,
          data: { cycleId: cycle.id, fileName: file.fileName, kept, user: actor.user, ip: actor.ip },
        });
        await storeQueuedWrites(manager, jobId, writes);
        return { ...base, ...summary(check, digest), jobId };
      }
      const applied = await applyValueImport(manager, { cycle, fileName: file.fileName, writes }, actor, {
        now: this.clock.now(),
      });
      return { ...base, ...summary(check, digest), applied, kept };
    });
    if (result.jobId) wakeJobWorkers();
    return result;
  }

  /**
   * Runs a queued apply (see `run`): takes the writes the check planned out of their store and saves them in one
   * transaction, reporting progress per hundred agencies. The save itself holds each submission to the form's
   * rules and each value to the one the check read (409 `value_import.stale` otherwise). A job run again after its
   * worker was lost finds its writes already taken by the committed run and reports nothing left to apply, so a
   * repeat never writes twice. A refused job forgets its writes: it is not run again.
   */
  async applyQueued(
    job: ValueImportJob,
    context: { jobId: string; reportProgress(done: number, total: number): Promise<void> },
  ): Promise<{ applied: number; kept: string[]; appliedKeys: string[] }> {
    const actor: Actor = { user: job.user, requestId: `job:${context.jobId}`, ip: job.ip };
    try {
      const cycle = await visibleCycle(this.db.manager, job.cycleId, job.user);
      return await this.db.transaction(async (manager) => {
        const writes = await takeQueuedWrites(manager, context.jobId);
        if (!writes) return { applied: 0, kept: [], appliedKeys: [] };
        const applied = await applyValueImport(manager, { cycle, fileName: job.fileName, writes }, actor, {
          now: this.clock.now(),
          onProgress: (step, total) => context.reportProgress(step, total),
        });
        return { applied, kept: job.kept, appliedKeys: writtenKeys(writes) };
      });
    } catch (error) {
      if (!(error instanceof JobSupersededError)) await dropQueuedWrites(this.db.manager, context.jobId);
      throw error;
    }
  }

  /** The file's layout and cells; the apply after a dry run of the same bytes takes the dry run's reading. */
  private read(file: ValueFile, digest: string): Promise<ReadValueFile> {
    return this.lastRead.get(digest, () => this.readAnew(file));
  }

  private async readAnew(file: ValueFile): Promise<ReadValueFile> {
    const read = await readTabularFile(file.kind, file.content, VALUE_IMPORT_LIMITS);
    if (!read.table) throw new InvalidFieldsException(read.problems);
    const table = read.table;
    if (table.overLimit)
      throw new ApiException(HttpStatus.BAD_REQUEST, 'upload.too_many_rows', {
        maxRows: VALUE_IMPORT_LIMITS.maxRows,
      });
    const parsed = importedCells(table);
    const blank = table.rows.length === 0 && table.header.every((h) => h.trim() === '');
    if (blank || parsed?.dataRows === 0)
      throw new ApiException(HttpStatus.BAD_REQUEST, 'value_import.empty', {});
    if (!parsed) throw new ApiException(HttpStatus.BAD_REQUEST, 'value_import.no_key_row', {});
    if (parsed.tooWide.length) throw new InvalidFieldsException(parsed.tooWide);
    return { source: table.source, layout: parsed.layout, cells: parsed.cells };
  }

  /** The check an apply must pass: no problems, and the values read still those the dry run saw (`checkedValues`). */
  private async checkToApply(
    manager: EntityManager,
    cycle: CycleRecord,
    cells: Parameters<typeof checkValueCells>[0],
    checkedValues: string,
    actor: Actor,
  ): Promise<ValueCheck> {
    const check = await this.check(manager, cycle, cells, actor);
    if (check.problems.length)
      throw new ApiException(HttpStatus.BAD_REQUEST, 'value_import.has_problems', {
        count: check.problems.length,
      });
    if (check.fingerprint !== checkedValues)
      throw new ApiException(HttpStatus.CONFLICT, 'value_import.stale', {});
    return check;
  }

  /** Checks the cells against the cycle as it is now; an apply of the file just checked takes that check when nothing it read has changed (`LastCheck`). */
  private async check(
    manager: EntityManager,
    cycle: CycleRecord,
    cells: Parameters<typeof checkValueCells>[0],
    actor: Actor,
  ): Promise<ValueCheck> {
    const agencies = await activeAgencyProfiles(manager, cycle.regionId);
    const retired = await retiredAgencyCodes(manager, cycle.regionId);
    const ids = agencies.map((a) => a.id);
    const now = this.clock.now();
    const stored = await submissionValueStates(manager, cycle, ids, now, actor.user);
    const states = takesNewDrafts(cycle) ? withNewDrafts(stored, cycle, ids, now) : stored;
    const inputs = { cells, cycle, user: actor.user, agencies, retired, states };
    const kept = this.lastCheck.take(inputs);
    if (kept) return kept;
    const check = checkValueCells(cells, {
      leaves: new Map(storedLeaves(cycle.framework).map((leaf) => [leaf.key, leaf])),
      agencies: new Map(agencies.map((a) => [a.code, a])),
      retired,
      user: actor.user,
      states,
      cycleStatus: cycle.status,
      importedHistory: cycle.importedHistory,
    });
    this.lastCheck.keep(inputs, check);
    return check;
  }

  /** The region's active agencies, or an agency editor's own agency alone. */
  private async agenciesInScope(
    manager: EntityManager,
    cycle: CycleRecord,
    actor: Actor,
  ): Promise<CheckedAgency[]> {
    const agencies = await activeAgencyProfiles(manager, cycle.regionId);
    return actor.user.role === 'agency_editor'
      ? agencies.filter((a) => a.id === actor.user.agencyId)
      : agencies;
  }
}

/** Whether an apply gives an agency without a submission its draft: an open cycle, or imported history. */
function takesNewDrafts(cycle: CycleRecord): boolean {
  return cycle.status === 'open' || cycle.importedHistory;
}

/** 400 `value_import.unknown_overwrite` naming the ticked keys that are not among the file's overwrites. */
function refuseUnknownOverwrites(check: ValueCheck, overwrite: readonly string[]): void {
  const listed = new Set(
    check.submissions.filter((s) => s.protected).flatMap((s) => s.entries.map((e) => e.key)),
  );
  const unknown = overwrite.filter((key) => !listed.has(key));
  if (unknown.length)
    throw new ApiException(HttpStatus.BAD_REQUEST, 'value_import.unknown_overwrite', {
      keys: unknown.join(', '),
    });
}

/**
 * The answer's part of a check: each list cut to `VALUE_IMPORT_LIST_LIMIT`, with the full counts, and the
 * fingerprint an apply sends back: the file's digest, a dot, and the check's fingerprint of the values it read.
 */
function summary(check: ValueCheck, digest: string) {
  return {
    problems: check.problems.slice(0, VALUE_IMPORT_LIST_LIMIT),
    changes: check.changes,
    overwrites: check.overwrites,
    totals: { problems: check.problems.length, ...check.counts },
    unchanged: check.unchanged,
    fingerprint: `${digest}.${check.fingerprint}`,
  };
}
