import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('login_attempt')
export class LoginAttempt {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id!: string;
  @Column('text') ip!: string;
  @Column('citext') login!: string;
  @Column('boolean') succeeded!: boolean;
  @CreateDateColumn({ type: 'timestamptz' }) at!: Date;
}
