import { Column, Entity, PrimaryColumn, VersionColumn } from 'typeorm';
import { numeric } from '../../training/numeric.transformer';

/** One measured criterion's value for an application in one nomination: as stated, and as the organiser verified it. */
@Entity('application_measure')
export class ApplicationMeasure {
  @PrimaryColumn('uuid', { name: 'application_id' }) applicationId!: string;
  @PrimaryColumn('uuid', { name: 'nomination_id' }) nominationId!: string;
  @PrimaryColumn('text', { name: 'criterion_key' }) criterionKey!: string;
  /** Null when the applicant stated none (the criterion was added after they applied). */
  @Column('numeric', { nullable: true, transformer: numeric }) stated!: number | null;
  /** Only a verified value counts in the results. */
  @Column('numeric', { nullable: true, transformer: numeric }) verified!: number | null;
  @Column('uuid', { name: 'verified_by', nullable: true }) verifiedBy!: string | null;
  @Column('timestamptz', { name: 'verified_at', nullable: true }) verifiedAt!: Date | null;
  @VersionColumn() version!: number;
}
