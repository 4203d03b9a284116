import type { ApplicationAuthor, ApplicationFiler, Locale, ScreeningStatus } from '@prgauge/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('contest_application')
export class ContestApplication {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'contest_id' }) contestId!: string;
  // People, reference and private link (see `application-people.ts`).
  /** Every author, lead author first; at least one. */
  @Column('jsonb') authors!: ApplicationAuthor[];
  /** Every organisation the application is filed from; at least one, each compared for conflicts of interest. */
  @Column('text', { array: true }) organisations!: string[];
  /** Display only, kept from `authors`: their names joined by ", ". */
  @Column('text', { name: 'candidate_name' }) candidateName!: string;
  /** Display only, kept from `authors`: the lead author's position. */
  @Column('text', { name: 'candidate_position' }) candidatePosition!: string;
  /** Display only, kept from `organisations`: joined by "; ". */
  @Column('text', { name: 'candidate_organisation' }) candidateOrganisation!: string;
  /** `<contest year>-<serial>`, given on insert, unique. */
  @Column('text', { name: 'reference_number' }) referenceNumber!: string;
  /** The SHA-256 of the private link's token; null where no link was given. */
  @Column('text', { name: 'access_token_hash', nullable: true, select: false })
  accessTokenHash!: string | null;
  @VersionColumn() version!: number;
  /** The search document of name, organisation and project title, kept by `ApplicationSearchSubscriber`. */
  @Column('text', { name: 'name_search', select: false }) nameSearch!: string;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  @Column('text', { name: 'filed_by' }) filedBy!: ApplicationFiler;
  @Column('uuid', { name: 'filer_id', nullable: true }) filerId!: string | null;
  /** How organisers reach a candidate who applied without an account. */
  @Column('text', { name: 'contact_email', nullable: true }) contactEmail!: string | null;
  /** The language a candidate without an account filed in; their emails are written in it. */
  @Column('text', { nullable: true }) locale!: Locale | null;
  /** Public applications only: a hash of the sender's address, to limit how many one address files. */
  @Column('text', { name: 'filer_ip_hash', nullable: true, select: false }) filerIpHash!: string | null;
  /** Public applications only: the hash of the token that lets the sender attach files. */
  @Column('text', { name: 'upload_token_hash', nullable: true, select: false })
  uploadTokenHash!: string | null;
  @Column('text', { name: 'project_title' }) projectTitle!: string;
  @Column('date', { name: 'project_start', nullable: true }) projectStart!: string | null;
  @Column('date', { name: 'project_end', nullable: true }) projectEnd!: string | null;
  @Column('text') description!: string;
  @Column('text', { nullable: true }) goal!: string | null;
  @Column('text', { nullable: true }) results!: string | null;
  @Column('text', { array: true }) links!: string[];
  @Column('text') screening!: ScreeningStatus;
  @Column('text', { name: 'screening_reason', nullable: true }) screeningReason!: string | null;
  @Column('uuid', { name: 'screened_by', nullable: true }) screenedBy!: string | null;
  @Column('timestamptz', { name: 'filed_at', default: () => 'now()' }) filedAt!: Date;
  /** When the candidate (or the organisation for them) consented to processing; null before it was asked. */
  @Column('timestamptz', { name: 'personal_data_consent_at', nullable: true })
  personalDataConsentAt!: Date | null;
  /** Set once contact data and files are erased; the record stays for results and counts. */
  @Column('timestamptz', { name: 'personal_data_erased_at', nullable: true })
  personalDataErasedAt!: Date | null;
}

/** One nomination an application entered; a person may enter several with one application. */
@Entity('application_nomination')
export class ApplicationNomination {
  @PrimaryColumn('uuid', { name: 'application_id' }) applicationId!: string;
  @PrimaryColumn('uuid', { name: 'nomination_id' }) nominationId!: string;
}
