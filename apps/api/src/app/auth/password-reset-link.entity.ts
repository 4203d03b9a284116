import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * One emailed password-reset link. `tokenHash` is the SHA-256 of the link's token (the token itself is only in
 * the email); the link works while it is neither used, replaced by a newer link, nor past `expiresAt`.
 */
@Entity('password_reset_link')
export class PasswordResetLink {
  @PrimaryColumn('uuid') id!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('text', { name: 'token_hash' }) tokenHash!: string;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'expires_at' }) expiresAt!: Date;
  @Column('timestamptz', { name: 'used_at', nullable: true }) usedAt!: Date | null;
  @Column('timestamptz', { name: 'replaced_at', nullable: true }) replacedAt!: Date | null;
}
