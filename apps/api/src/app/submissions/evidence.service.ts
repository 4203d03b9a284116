import { ACCEPTED_FILE_KINDS, type EvidenceView, LIMITS } from '@prgauge/contracts';
import { HttpStatus, Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { InjectRepository } from '@nestjs/typeorm';
import { type EntityManager, type Repository } from 'typeorm';
import type { Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { ApiException, InvalidFieldsException } from '../common/api-error';
import { RecordNotFoundException } from '../common/record-not-found';
import { DOCUMENT_KINDS } from '../common/uploads/file-type';
import type { UploadedFile } from '../common/uploads/read-upload';
import type { UploadPolicy } from '../common/uploads/upload-policy';
import { storedLeaves } from '../cycles/framework-rules';
import { EvidenceLinkDto } from './dto/evidence-link.dto';
import { Evidence } from './evidence.entity';
import { SubmissionAccess, SubmissionContext } from './submission-access';
import { editRefusal } from './submission-refusals';
import { Clock } from '../common/clock';

/** One evidence file per request, with the indicator it supports. */
export const EVIDENCE_UPLOAD: UploadPolicy = {
  maxBytes: LIMITS.evidenceBytes,
  maxFiles: 1,
  accept: DOCUMENT_KINDS,
  describe: ACCEPTED_FILE_KINDS.evidence,
  fields: ['indicator'],
};

const toView = (e: Evidence): EvidenceView => ({
  id: e.id,
  indicator: e.indicatorKey,
  kind: e.kind,
  fileName: e.fileName,
  mediaType: e.mediaType,
  sizeBytes: e.sizeBytes,
  url: e.url,
  createdAt: e.createdAt.toISOString(),
});

/** Evidence files (kept in PostgreSQL) and links, attached to one indicator of a submission. */
@Injectable()
export class EvidenceService {
  constructor(
    @InjectRepository(Evidence) private readonly evidence: Repository<Evidence>,
    private readonly access: SubmissionAccess,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  /** This module's connection, for reads through other modules' facades and for transactions. */
  private get db(): EntityManager {
    return this.evidence.manager;
  }

  /** Stores a file the upload reader has checked (size, type, name) as evidence for `indicator`. */
  upload(
    submissionId: string,
    indicator: string | undefined,
    file: UploadedFile,
    actor: Actor,
  ): Promise<EvidenceView> {
    return this.attach(submissionId, indicator, actor, {
      kind: 'file',
      fileName: file.fileName,
      mediaType: file.mediaType,
      sizeBytes: file.content.length,
      sha256: createHash('sha256').update(file.content).digest('hex'),
      content: file.content,
    });
  }

  link(submissionId: string, body: EvidenceLinkDto, actor: Actor): Promise<EvidenceView> {
    return this.attach(submissionId, body.indicator, actor, { kind: 'link', url: body.url });
  }

  async content(evidenceId: string, actor: Actor): Promise<Evidence> {
    const evidence = await this.db
      .getRepository(Evidence)
      .createQueryBuilder('e')
      .addSelect('e.content')
      .where('e.id = :id', { id: evidenceId })
      .getOne();
    if (!evidence) throw new RecordNotFoundException('evidence');
    await this.access.load(evidence.submissionId, actor.user);
    if (evidence.kind !== 'file')
      throw new ApiException(HttpStatus.CONFLICT, 'evidence.is_link', { evidenceId: evidence.id });
    return evidence;
  }

  async remove(evidenceId: string, actor: Actor): Promise<void> {
    await this.db.transaction(async (manager) => {
      const evidence = await manager.findOneBy(Evidence, { id: evidenceId });
      if (!evidence) throw new RecordNotFoundException('evidence');
      const ctx = await this.access.load(evidence.submissionId, actor.user, manager, true);
      this.assertEditable(ctx);
      await manager.delete(Evidence, evidence.id);
      await this.audit.record(manager, actor, {
        action: 'evidence.delete',
        entity: 'evidence',
        entityId: evidence.id,
        regionId: ctx.agency.regionId,
        agencyId: ctx.agency.id,
        cycleId: ctx.cycle.id,
        changes: [{ field: evidence.indicatorKey, old: evidence.fileName ?? evidence.url, new: null }],
      });
    });
  }

  private async attach(
    submissionId: string,
    indicator: string | undefined,
    actor: Actor,
    fields: Partial<Evidence>,
  ): Promise<EvidenceView> {
    return this.db.transaction(async (manager) => {
      const ctx = await this.access.load(submissionId, actor.user, manager, true);
      if (!indicator)
        throw new InvalidFieldsException([
          {
            field: 'indicator',
            code: 'field.required',
            problems: ['names the indicator the evidence supports'],
          },
        ]);
      if (!storedLeaves(ctx.cycle.framework).some((l) => l.key === indicator))
        throw new InvalidFieldsException(
          [
            {
              field: 'indicator',
              code: 'field.unknown_reference',
              params: { indicator },
              problems: [`"${indicator}" is not an indicator of this cycle`],
            },
          ],
          'submission.unknown_indicators',
          { indicators: indicator },
        );
      this.assertEditable(ctx);
      const saved = await manager.save(Evidence, {
        ...fields,
        submissionId,
        indicatorKey: indicator,
        uploadedBy: actor.user.id,
      });
      await this.audit.record(manager, actor, {
        action: 'evidence.add',
        entity: 'evidence',
        entityId: saved.id,
        regionId: ctx.agency.regionId,
        agencyId: ctx.agency.id,
        cycleId: ctx.cycle.id,
        changes: [{ field: indicator, old: null, new: fields.fileName ?? fields.url ?? null }],
      });
      return toView(saved);
    });
  }

  /** Evidence changes while the agency may edit its values, and is refused for the same reasons. */
  private assertEditable({ submission, cycle }: SubmissionContext): void {
    const refusal = editRefusal(submission, cycle, this.clock.now());
    if (refusal) throw refusal;
  }
}
