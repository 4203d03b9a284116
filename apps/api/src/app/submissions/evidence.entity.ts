import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('evidence')
export class Evidence {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'submission_id' }) submissionId!: string;
  @Column('text', { name: 'indicator_key' }) indicatorKey!: string;
  @Column('text') kind!: 'file' | 'link';
  @Column('text', { name: 'file_name', nullable: true }) fileName!: string | null;
  @Column('text', { name: 'media_type', nullable: true }) mediaType!: string | null;
  @Column('integer', { name: 'size_bytes', nullable: true }) sizeBytes!: number | null;
  @Column('text', { nullable: true }) sha256!: string | null;
  @Column('bytea', { nullable: true, select: false }) content!: Buffer | null;
  @Column('text', { nullable: true }) url!: string | null;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
