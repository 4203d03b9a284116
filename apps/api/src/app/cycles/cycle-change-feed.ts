import { Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource, EntityManager } from 'typeorm';
import { reconnectDelay } from './reconnect-delay';

const CHANNEL = 'cycle_changed';

/** `application_name` of the listening connection, so operators (and tests) can find it in pg_stat_activity. */
export const FEED_APPLICATION_NAME = 'prgauge-cycle-feed';

/** Announces, inside the caller's transaction, that a cycle's status or publication changed; sent on commit. */
export async function announceCycleChange(manager: EntityManager, cycleId: string): Promise<void> {
  await manager.query('SELECT pg_notify($1, $2)', [CHANNEL, cycleId]);
}

type Listener = (cycleId: string | null) => void;

/**
 * PostgreSQL LISTEN/NOTIFY, so that every API instance drops what it cached about a cycle the moment any
 * instance publishes or re-opens it. While the feed is down, `live` is false and callers must not cache.
 *
 * The feed holds at most one connection. When it is lost, the client is closed and one reconnect loop starts,
 * waiting longer after each failed attempt (with jitter, so instances do not reconnect in step); a second loss
 * while that loop runs starts nothing more.
 */
@Injectable()
export class CycleChangeFeed implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger('cycle-changes');
  private readonly listeners = new Set<Listener>();
  private client: Client | null = null;
  private reconnecting: Promise<void> | null = null;
  private closing = false;
  private wakeUp: (() => void) | null = null;
  live = false;

  constructor(private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    if (!(await this.listen())) this.startReconnecting();
  }

  async onModuleDestroy(): Promise<void> {
    this.closing = true;
    this.wakeUp?.();
    await this.reconnecting;
    const client = this.client;
    this.client = null;
    this.live = false;
    await this.drop(client);
  }

  subscribe(listener: Listener): void {
    this.listeners.add(listener);
  }

  /** Announces, inside the caller's transaction, that a cycle's status or publication changed; sent on commit. */
  announce(manager: EntityManager, cycleId: string): Promise<void> {
    return announceCycleChange(manager, cycleId);
  }

  /** This instance made the change: forget at once rather than wait for its own notification to come back. */
  changedHere(cycleId: string): void {
    this.emit(cycleId);
  }

  /** One attempt to connect and LISTEN; true when the feed is live. A failed client is closed before returning. */
  private async listen(): Promise<boolean> {
    const client = new Client({
      connectionString: (this.dataSource.options as { url?: string }).url,
      application_name: FEED_APPLICATION_NAME,
      keepAlive: true,
    });
    client.on('notification', (message) => this.emit(message.payload ?? null));
    // 'error' and 'end' both follow one loss; `lost` acts only for the current client, once.
    client.on('error', () => this.lost(client));
    client.on('end', () => this.lost(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (error) {
      this.logger.warn(`cannot listen for cycle changes: ${(error as Error).message}`);
      await this.drop(client);
      return false;
    }
    if (this.closing) {
      await this.drop(client);
      return false;
    }
    this.client = client;
    this.live = true;
    return true;
  }

  private lost(client: Client): void {
    if (this.client !== client) return;
    this.client = null;
    this.live = false;
    void this.drop(client);
    // Whatever happened while deaf is unknown: forget everything.
    this.emit(null);
    this.startReconnecting();
  }

  private startReconnecting(): void {
    if (this.reconnecting || this.closing) return;
    this.reconnecting = this.reconnect().finally(() => (this.reconnecting = null));
  }

  private async reconnect(): Promise<void> {
    for (let attempt = 0; !this.closing; attempt++) {
      await this.pause(reconnectDelay(attempt));
      if (this.closing || (await this.listen())) return;
    }
  }

  /** Waits, unless the module is being destroyed. */
  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      timer.unref();
      this.wakeUp = done;
      function done() {
        clearTimeout(timer);
        resolve();
      }
    });
  }

  private async drop(client: Client | null): Promise<void> {
    await client?.end().catch(() => undefined);
  }

  private emit(cycleId: string | null): void {
    for (const listener of this.listeners) listener(cycleId);
  }
}
