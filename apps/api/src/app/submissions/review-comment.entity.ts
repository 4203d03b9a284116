import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('review_comment')
export class ReviewComment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'submission_id' }) submissionId!: string;
  /** Null for a comment on the submission as a whole. */
  @Column('text', { name: 'indicator_key', nullable: true }) indicatorKey!: string | null;
  @Column('text') body!: string;
  @Column('uuid', { name: 'author_id', nullable: true }) authorId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  /** The agency's answer in words, written while the submission is returned. */
  @Column('text', { nullable: true }) reply!: string | null;
  @Column('uuid', { name: 'replied_by', nullable: true }) repliedBy!: string | null;
  @Column('timestamptz', { name: 'replied_at', nullable: true }) repliedAt!: Date | null;
  /** When the resubmission that answered it went back to the reviewers; null while the comment is open. */
  @Column('timestamptz', { name: 'closed_at', nullable: true }) closedAt!: Date | null;
}
