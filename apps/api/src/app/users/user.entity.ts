import { ROLES, type Locale, type Role } from '@prgauge/contracts';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';

@Entity('app_user')
export class User {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('citext') login!: string;
  @Column('text', { name: 'display_name' }) displayName!: string;
  /** The search document of the login and display name (`searchDocument`), kept by `AccountSearchSubscriber`. */
  @Column('text', { name: 'name_search', select: false }) nameSearch!: string;
  @Column('text', { name: 'password_hash', select: false }) passwordHash!: string;
  @Column({
    type: 'enum',
    enum: ROLES,
    enumName: 'user_role',
  })
  role!: Role;
  @Column('uuid', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('uuid', { name: 'agency_id', nullable: true }) agencyId!: string | null;
  /** Null until the person chooses a language; the dashboard then follows the browser. */
  @Column('text', { nullable: true }) locale!: Locale | null;
  /** Where email notifications and password-reset links go; null when the account has none. */
  @Column('citext', { nullable: true }) email!: string | null;
  @Column('boolean') active!: boolean;
  @Column('timestamptz', { name: 'password_changed_at' }) passwordChangedAt!: Date;
  /** Set with a one-time password, cleared when its owner changes it (see `auth.password_change_required`). */
  @Column('boolean', { name: 'password_change_required', default: false }) passwordChangeRequired!: boolean;
  @VersionColumn() version!: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
}
