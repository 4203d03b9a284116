import type { VoterStatus } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A journalist's or blogger's registration to vote in one contest, verified by its organisers. */
@Entity('contest_voter')
export class ContestVoter {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'contest_id' }) contestId!: string;
  @Column('uuid', { name: 'user_id' }) userId!: string;
  @Column('text') outlet!: string;
  @Column('text', { name: 'media_role' }) mediaRole!: string;
  /** Null once the registration's personal data are erased. */
  @Column('text', { name: 'work_link', nullable: true }) workLink!: string | null;
  @Column('text', { name: 'document_name', nullable: true }) documentName!: string | null;
  @Column('text', { name: 'document_type', nullable: true }) documentType!: string | null;
  @Column('bytea', { nullable: true, select: false }) document!: Buffer | null;
  @Column('integer', { name: 'document_size_bytes', nullable: true }) documentSizeBytes!: number | null;
  @Column('text', { name: 'document_sha256', nullable: true }) documentSha256!: string | null;
  @Column('text') status!: VoterStatus;
  @Column('text', { name: 'status_reason', nullable: true }) statusReason!: string | null;
  @Column('uuid', { name: 'reviewed_by', nullable: true }) reviewedBy!: string | null;
  @CreateDateColumn({ name: 'registered_at', type: 'timestamptz' }) registeredAt!: Date;
  @Column('timestamptz', { name: 'personal_data_consent_at', nullable: true })
  personalDataConsentAt!: Date | null;
  /** Set once the link and the document are erased; the registration stays, so that its votes still count. */
  @Column('timestamptz', { name: 'personal_data_erased_at', nullable: true })
  personalDataErasedAt!: Date | null;
}

/** A final vote: the database allows one per voter and nomination. */
@Entity('contest_vote')
export class ContestVote {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'nomination_id' }) nominationId!: string;
  @Column('uuid', { name: 'application_id' }) applicationId!: string;
  @Column('uuid', { name: 'voter_id' }) voterId!: string;
  /** A hash, so that bursts from one address show without keeping the address itself. */
  @Column('text', { name: 'ip_hash' }) ipHash!: string;
  @CreateDateColumn({ name: 'cast_at', type: 'timestamptz' }) castAt!: Date;
}
