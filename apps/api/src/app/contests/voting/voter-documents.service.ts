import { HttpStatus, Injectable } from '@nestjs/common';
import { ACCEPTED_FILE_KINDS, type SessionUser, type VoterView } from '@prgauge/contracts';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import type { Actor } from '../../auth/actor';
import { AuditService } from '../../audit/audit.service';
import { ApiException } from '../../common/api-error';
import type { UploadedFile } from '../../common/uploads/read-upload';
import type { UploadPolicy } from '../../common/uploads/upload-policy';
import { loadContest } from '../setup/contest-access';
import { ContestRecordNotFoundException } from '../setup/contest-errors';
import { PersonalDataErasedException } from '../applications/personal-data-erasure';
import { toVoterView } from './voters.service';
import { ContestVoter } from './voting.entities';

export const MAX_VOTER_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** One PDF or image of at most 5 MB. */
export const VOTER_DOCUMENT_UPLOAD: UploadPolicy = {
  maxBytes: MAX_VOTER_DOCUMENT_BYTES,
  maxFiles: 1,
  accept: ['pdf', 'image'],
  describe: ACCEPTED_FILE_KINDS.voter_document,
};

/** A voter's optional proof of media work (a press card, an editor's letter), seen by organisers only. */
@Injectable()
export class VoterDocumentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** The voter replaces their document while the registration waits for verification. */
  async attach(voterId: string, file: UploadedFile, actor: Actor): Promise<VoterView> {
    return this.dataSource.transaction(async (manager) => {
      const voter = await manager.findOne(ContestVoter, {
        where: { id: voterId, userId: actor.user.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!voter) throw new ContestRecordNotFoundException('voter');
      if (voter.personalDataErasedAt) throw new PersonalDataErasedException(voter.personalDataErasedAt);
      if (voter.status !== 'pending')
        throw new ApiException(HttpStatus.CONFLICT, 'voter.document_locked', { status: voter.status });
      const saved = await manager.save(ContestVoter, {
        ...voter,
        documentName: file.fileName,
        documentType: file.mediaType,
        document: file.content,
        documentSizeBytes: file.content.length,
        documentSha256: createHash('sha256').update(file.content).digest('hex'),
      });
      await this.audit.record(manager, actor, {
        action: 'contest.voter.document',
        entity: 'contest_voter',
        entityId: voter.id,
        changes: [{ field: 'document', old: voter.documentName, new: saved.documentName }],
      });
      return toVoterView(saved, actor.user.displayName);
    });
  }

  /** The document, for the contest's organisers; anyone else, and a registration without one, gets 404. */
  async document(
    voterId: string,
    user: SessionUser,
  ): Promise<{ fileName: string; mediaType: string; content: Buffer }> {
    const manager = this.dataSource.manager;
    const voter = await manager
      .getRepository(ContestVoter)
      .createQueryBuilder('v')
      .addSelect('v.document')
      .where('v.id = :id', { id: voterId })
      .getOne();
    if (!voter) throw new ContestRecordNotFoundException('voter');
    await loadContest(manager, voter.contestId, user, { organiser: true, notFound: 'voter' });
    if (!voter.document || !voter.documentName || !voter.documentType)
      throw new ContestRecordNotFoundException('voter_document');
    return { fileName: voter.documentName, mediaType: voter.documentType, content: voter.document };
  }
}
