import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';

const CHANNEL = 'cycle_changed';

/** Announces, inside the caller's transaction, that a cycle's status or publication changed; sent on commit. */
export async function announceCycleChange(manager: EntityManager, cycleId: string): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, cycleId]);
}

type Listener = (cycleId: string | null) => void;

/**
 * PostgreSQL LISTEN/NOTIFY, so that every API instance drops what it cached about a cycle the moment any
 * instance publishes or re-opens it. While the feed is down, `live` is false and callers must not cache.
 */
@Injectable()
export class CycleChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('cycle-changes');
  private readonly listeners = new Set<Listener>();
  private client: Client | null = null;
  private closing = false;
  private retry: NodeJS.Timeout | undefined;
  live = false;

  constructor(private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return this.connect();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    clearTimeout(this.retry);
    await this.client?.end().catch(() => undefined);
  }

  subscribe(listener: Listener): void {
    this.listeners.add(listener);
  }

  /** This instance made the change: forget at once rather than wait for its own notification to come back. */
  changedHere(cycleId: string): void {
    this.emit(cycleId);
  }

  private async connect(): Promise<void> {
    if (this.closing) return;
    const client = new Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
    });
    client.on('notification', (message) => this.emit(message.payload ?? null));
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
      if (this.closing) {
        await client.end();
        return;
      }
      this.client = client;
      this.live = true;
    } catch (error) {
      this.logger.warn(`cannot listen for cycle changes: ${(error as Error).message}`);
      this.lost(client);
    }
  }

  private lost(client: Client): void {
    if (this.client !== client && this.client !== null) return;
    this.live = false;
    this.client = null;
    // Whatever happened while deaf is unknown: forget everything.
    this.emit(null);
    if (!this.closing) this.retry = setTimeout(() => void this.connect(), 1000).unref();
  }

  private emit(cycleId: string | null): void {
    for (const listener of this.listeners) listener(cycleId);
  }
}
