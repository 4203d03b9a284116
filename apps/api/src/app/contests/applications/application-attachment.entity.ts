import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('application_attachment')
export class ApplicationAttachment {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'application_id' }) applicationId!: string;
  @Column('text', { name: 'file_name' }) fileName!: string;
  /** Decided from the file's first bytes, never from what the browser claimed. */
  @Column('text', { name: 'media_type' }) mediaType!: string;
  @Column('integer', { name: 'size_bytes' }) sizeBytes!: number;
  @Column('text') sha256!: string;
  @Column('bytea', { select: false }) content!: Buffer;
  @Column('uuid', { name: 'uploaded_by', nullable: true }) uploadedBy!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
