import type { NotificationChannel, NotificationKind } from '@prgauge/contracts';
import { Column, Entity, PrimaryColumn, PrimaryGeneratedColumn } from 'typeorm';

/**
 * One notification one account reads in the dashboard's bell. Its words are not stored: `params` are rendered
 * in the reader's language when read (`texts/render-notification.ts`). `eventKey` names the event that caused
 * it, so that one event notifies each account once however often it is recorded.
 */
@Entity('notification')
export class Notification {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid', { name: 'account_id' }) accountId!: string;
  @Column('uuid', { name: 'region_id', nullable: true }) regionId!: string | null;
  @Column('text') kind!: NotificationKind;
  @Column('text', { name: 'event_key' }) eventKey!: string;
  @Column('jsonb') params!: Record<string, unknown>;
  @Column('text', { nullable: true }) link!: string | null;
  @Column('timestamptz', { name: 'created_at' }) createdAt!: Date;
  @Column('timestamptz', { name: 'read_at', nullable: true }) readAt!: Date | null;
}

/** An account's own choice for one kind and channel; where it has none, its region's default applies. */
@Entity('notification_preference')
export class NotificationPreference {
  @PrimaryColumn('uuid', { name: 'account_id' }) accountId!: string;
  @PrimaryColumn('text') kind!: NotificationKind;
  @PrimaryColumn('text') channel!: NotificationChannel;
  @Column('boolean') enabled!: boolean;
}

/** A region's default for one kind and channel, for accounts that made no choice; where none, both are on. */
@Entity('region_notification_default')
export class RegionNotificationDefault {
  @PrimaryColumn('uuid', { name: 'region_id' }) regionId!: string;
  @PrimaryColumn('text') kind!: NotificationKind;
  @PrimaryColumn('text') channel!: NotificationChannel;
  @Column('boolean') enabled!: boolean;
}
