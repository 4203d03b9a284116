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
}
