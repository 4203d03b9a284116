import { Injectable } from '@nestjs/common';
import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { TooManyRequestsException } from '../common/too-many-requests';

/** How many hits of one kind one address may make within a window. */
export interface AddressLimit {
  /** What is counted, e.g. `public-application`; each bucket counts apart. */
  bucket: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Per-address limits on anonymous forms, counted in PostgreSQL so that every API instance on one database
 * shares them. Addresses are kept only as a hash, and only for as long as the window.
 */
@Injectable()
export class AddressLimitsService {
  constructor(private readonly clock: Clock) {}

  /**
   * Counts one hit from `ip` inside the caller's transaction, or throws 429 `request.too_many` with
   * Retry-After when the address has used up its limit. A hit rolls back with the caller's transaction.
   */
  async take(manager: EntityManager, ip: string, { bucket, limit, windowSeconds }: AddressLimit) {
    const addressHash = createHash('sha256').update(`prgauge-limit:${bucket}:${ip}`).digest('hex');
    // Serialises one address's requests, so that parallel ones cannot slip past the count together.
    await manager.query(`SELECT pg_advisory_xact_lock(hashtext($1), hashtext($2))`, [bucket, addressHash]);
    const now = this.clock.now();
    await manager.query(
      `DELETE FROM address_hit
        WHERE bucket = $1 AND address_hash = $2 AND at <= $4::timestamptz - make_interval(secs => $3)`,
      [bucket, addressHash, windowSeconds, now],
    );
    const [{ hits, retry_after }] = (await manager.query(
      `SELECT count(*)::int AS hits,
              extract(epoch FROM min(at) + make_interval(secs => $3) - $4::timestamptz)::float8 AS retry_after
         FROM address_hit WHERE bucket = $1 AND address_hash = $2`,
      [bucket, addressHash, windowSeconds, now],
    )) as { hits: number; retry_after: number | null }[];
    if (hits >= limit) throw new TooManyRequestsException('request.too_many', retry_after ?? windowSeconds);
    await manager.query(`INSERT INTO address_hit (bucket, address_hash, at) VALUES ($1, $2, $3)`, [
      bucket,
      addressHash,
      now,
    ]);
  }
}
