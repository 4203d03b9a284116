import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export interface FieldChange {
  field: string;
  old: JsonValue;
  new: JsonValue;
}

/** One write, as the append-only trail keeps it. */
@Entity('audit_entry')
export class AuditEntry {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('timestamptz', { default: () => 'now()' }) at!: Date;
  @Column('uuid', { name: 'user_id', nullable: true }) userId!: string | null;
  @Column('text', { name: 'user_login', nullable: true }) userLogin!: string | null;
  @Column('uuid', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  @Column('uuid', { name: 'cycle_id', nullable: true }) cycleId!: string | null;
  @Column('text') action!: string;
  @Column('text') entity!: string;
  @Column('text', { name: 'entity_id', nullable: true }) entityId!: string | null;
  @Column('jsonb') changes!: FieldChange[];
  @Column('text', { nullable: true }) reason!: string | null;
  @Column('text', { name: 'request_id', nullable: true }) requestId!: string | null;
  @Column('text', { nullable: true }) ip!: string | null;
}
