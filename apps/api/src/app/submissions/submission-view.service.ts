import { Injectable } from '@nestjs/common';
import { cycleValues } from './cycle-values';
import type {
  FrameworkDocument,
  FrameworkDocumentNode,
  LeafView,
  MeasureType,
  SaveValuesResult,
  SubmissionValueView,
  SubmissionView,
} from '@prgauge/contracts';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import type { CycleRecord } from '../cycles/cycle-record.facade';
import { Evidence } from './evidence.entity';
import { ReviewComment } from './review-comment.entity';
import { commentView } from './review-loop.service';
import { editableUntil, isEditable, SubmissionContext } from './submission-access';
import { SubmissionValue } from './submission-value.entity';
import { type PeerStats, valueFlags } from './value-flags';
import { trainingLeafValues } from '../training/training-leaf-values';
import { Clock } from '../common/clock';
import { timeZoneOfRegion } from '../regions/region-time-zone';
import { PreviousValues } from './previous-values';

/** The leaves of a framework as forms and review screens show them, each with its top-level index. */
export function leafViews(framework: FrameworkDocument): LeafView[] {
  const out: LeafView[] = [];
  const visit = (node: FrameworkDocumentNode, index: string) => {
    if (node.children) return node.children.forEach((child) => visit(child, index));
    out.push({
      key: node.key,
      index,
      name: node.name,
      type: node.measure?.type ?? 'number',
      ...(node.measure?.max !== undefined ? { max: node.measure.max } : {}),
      direction: node.measure?.direction ?? 'higher',
      ...(node.measure?.per !== undefined ? { per: node.measure.per } : {}),
      source: node.source ?? 'agency',
      evidenceRequired: node.evidenceRequired ?? false,
      ...(node.description ? { description: node.description } : {}),
      ...(node.help ? { help: node.help } : {}),
      ...(node.unit ? { unit: node.unit } : {}),
    });
  };
  framework.indicators.forEach((node) => visit(node, node.key));
  return out;
}

/** Each kept framework's leaf types by key: a save answers with them, and its cycle's framework rarely changes. */
const leafTypesOf = new WeakMap<FrameworkDocument, ReadonlyMap<string, MeasureType>>();

/** The measure type of every leaf of `framework`, by key; worked out once per framework object. */
function leafTypes(framework: FrameworkDocument): ReadonlyMap<string, MeasureType> {
  let types = leafTypesOf.get(framework);
  if (!types) {
    types = new Map(leafViews(framework).map((leaf) => [leaf.key, leaf.type]));
    leafTypesOf.set(framework, types);
  }
  return types;
}

@Injectable()
export class SubmissionViewService {
  constructor(
    @InjectRepository(SubmissionValue) private readonly values: Repository<SubmissionValue>,
    private readonly clock: Clock,
    private readonly previousPublished: PreviousValues,
  ) {}

  /** This module's connection, for reads through other modules' facades and for transactions. */
  private get db(): EntityManager {
    return this.values.manager;
  }

  async build({ submission, cycle, agency }: SubmissionContext): Promise<SubmissionView> {
    const [values, evidence, comments, previous, peers, computed, timeZone] = await Promise.all([
      this.db.getRepository(SubmissionValue).findBy({ submissionId: submission.id }),
      this.db
        .getRepository(Evidence)
        .find({ where: { submissionId: submission.id }, order: { createdAt: 'ASC' } }),
      this.db
        .getRepository(ReviewComment)
        .find({ where: { submissionId: submission.id }, order: { createdAt: 'ASC' } }),
      this.previousValues(cycle, submission.agencyId),
      this.peerValues(cycle.id, submission.agencyId),
      trainingLeafValues(this.db, cycle, [submission.agencyId]),
      timeZoneOfRegion(this.db, cycle.regionId),
    ]);
    const byKey = new Map(values.map((v) => [v.indicatorKey, v]));
    // Computed leaves show what scoring will read, so the agency sees its training counted as it happens.
    for (const c of computed) {
      byKey.set(
        c.indicator,
        Object.assign(new SubmissionValue(), {
          submissionId: submission.id,
          indicatorKey: c.indicator,
          value: c.value,
          note: null,
          updatedAt: this.clock.now(),
          // Nobody types a computed value, so its change never answers a comment.
          reviewedValue: c.value,
        }),
      );
    }
    const leaves = leafViews(cycle.framework);
    return {
      id: submission.id,
      cycleId: cycle.id,
      agencyId: submission.agencyId,
      agency: { code: agency.code, name: agency.name, attributes: agency.attributes },
      status: submission.status,
      version: submission.version,
      deadline: cycle.deadline.toISOString(),
      extensionUntil: submission.extensionUntil?.toISOString() ?? null,
      timeZone,
      editable: isEditable(submission, cycle, this.clock.now()),
      submittedAt: submission.submittedAt?.toISOString() ?? null,
      approvedAt: submission.approvedAt?.toISOString() ?? null,
      indices: cycle.framework.indicators.map((node) => ({ key: node.key, name: node.name })),
      leaves,
      values: leaves.map((leaf) => valueView(leaf.key, byKey.get(leaf.key), previous, peers, leaf.type)),
      evidence: evidence.map((e) => ({
        id: e.id,
        indicator: e.indicatorKey,
        kind: e.kind,
        fileName: e.fileName,
        mediaType: e.mediaType,
        sizeBytes: e.sizeBytes,
        url: e.url,
        createdAt: e.createdAt.toISOString(),
      })),
      comments: comments.map(commentView),
    };
  }

  /**
   * What a save answers with: the rows it just wrote, each with last cycle's value and outlier flags judged
   * against just those indicators, so that an autosave does not read the whole region's data. `peerValues` are the
   * other agencies' values of those indicators, or their statistics, when the save has them already.
   */
  async saved(
    { submission, cycle }: Pick<SubmissionContext, 'submission' | 'cycle'>,
    written: SubmissionValue[],
    peerValues?: ReadonlyMap<string, readonly number[] | PeerStats>,
  ): Promise<SaveValuesResult> {
    const indicators = [...new Set(written.map((v) => v.indicatorKey))];
    const [previous, peers] = await Promise.all([
      this.previousValues(cycle, submission.agencyId),
      peerValues ?? this.peerValues(cycle.id, submission.agencyId, indicators),
    ]);
    const byKey = new Map(written.map((v) => [v.indicatorKey, v]));
    const types = leafTypes(cycle.framework);
    return {
      id: submission.id,
      version: submission.version,
      status: submission.status,
      editable: isEditable(submission, cycle, this.clock.now()),
      values: indicators.map((key) => valueView(key, byKey.get(key), previous, peers, types.get(key))),
    };
  }

  /** The deadline that applies to this submission. */
  until(context: SubmissionContext): Date {
    return editableUntil(context.submission, context.cycle);
  }

  private async previousValues(
    cycle: CycleRecord,
    agencyId: string,
  ): Promise<Record<string, number | null> | null> {
    const previous = await this.previousPublished.previousPublishedValues(this.db, cycle, agencyId);
    return previous.get(agencyId) ?? null;
  }

  /** Every other agency's current values in the cycle, by indicator. */
  async peerValues(
    cycleId: string,
    exceptAgencyId: string | null,
    indicators?: string[],
  ): Promise<Map<string, number[]>> {
    const rows = await cycleValues(this.db, cycleId, { exceptAgencyId, indicators });
    const peers = new Map<string, number[]>();
    for (const row of rows) {
      const values = peers.get(row.indicator) ?? [];
      values.push(row.value);
      peers.set(row.indicator, values);
    }
    return peers;
  }
}

function valueView(
  indicator: string,
  row: SubmissionValue | undefined,
  previous: Record<string, number | null> | null,
  peers: ReadonlyMap<string, readonly number[] | PeerStats>,
  type: MeasureType | undefined,
): SubmissionValueView {
  const value = row?.value ?? null;
  const before = previous?.[indicator] ?? null;
  return {
    indicator,
    value,
    note: row?.note ?? null,
    previous: before,
    flags: valueFlags(value, before, peers.get(indicator) ?? [], type),
    updatedAt: row?.updatedAt.toISOString() ?? null,
    reviewedValue: row?.reviewedValue ?? null,
  };
}
