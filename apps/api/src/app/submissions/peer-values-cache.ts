import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import { cycleValues } from './cycle-values';
import { SubmissionValue } from './submission-value.entity';
import { type PeerStats, peerStats } from './value-flags';

/**
 * How old kept peer values may be, in milliseconds: what another instance, or the value import, wrote reaches a
 * save's flags within this. This instance's own saves count at once.
 */
export const PEER_VALUES_MAX_AGE_MS = 5_000;

/**
 * Values kept at most (about 100 bytes each): every indicator of ten 1,000-agency regions saved within
 * `PEER_VALUES_MAX_AGE_MS`. Older entries are of no use and go first.
 */
const MAX_KEPT_VALUES = 800_000;

interface KeptIndicator {
  readAt: number;
  /** Each agency's current value, when it has one. */
  values: Map<string, number>;
}

/**
 * Every agency's current value of an indicator in a cycle, kept per instance for the outlier flags of saves
 * (`valueFlags` compares a value with the other agencies'), so that a save does not read a whole region's values
 * every time. Flags are advice that never blocks a submission; they may lag other instances by
 * `PEER_VALUES_MAX_AGE_MS`.
 */
@Injectable()
export class PeerValuesCache {
  /** By `<cycle id>/<indicator key>`, in the order they were read: the oldest first. */
  private readonly kept = new Map<string, KeptIndicator>();
  private keptValues = 0;
  /** Reads under way, by kept key: saves that find the same indicators stale wait for one read. */
  private readonly reading = new Map<string, Promise<void>>();

  constructor(@InjectRepository(SubmissionValue) private readonly values: Repository<SubmissionValue>) {}

  /**
   * The statistics of every agency's value but `exceptAgencyId`'s, by indicator, for `indicators` of the cycle:
   * what the flags of a save need, taken over the values in the order they are kept, as `peerStats` of a list.
   */
  async peersOf(
    cycleId: string,
    exceptAgencyId: string,
    indicators: string[],
  ): Promise<Map<string, PeerStats>> {
    const now = Date.now();
    const stale = indicators.filter((key) => {
      const kept = this.kept.get(`${cycleId}/${key}`);
      return !kept || now - kept.readAt > PEER_VALUES_MAX_AGE_MS;
    });
    const unread = stale.filter((key) => !this.reading.has(`${cycleId}/${key}`));
    if (unread.length) {
      const read = this.read(cycleId, unread, now).finally(() =>
        unread.forEach((key) => this.reading.delete(`${cycleId}/${key}`)),
      );
      unread.forEach((key) => this.reading.set(`${cycleId}/${key}`, read));
    }
    const reads = stale.map((key) => this.reading.get(`${cycleId}/${key}`));
    await Promise.all(new Set(reads.filter((read): read is Promise<void> => read !== undefined)));
    const peers = new Map<string, PeerStats>();
    const others: number[] = [];
    for (const key of indicators) {
      others.length = 0;
      const values = this.kept.get(`${cycleId}/${key}`)?.values;
      if (values) for (const [agency, value] of values) if (agency !== exceptAgencyId) others.push(value);
      peers.set(key, peerStats(others));
    }
    return peers;
  }

  /** Counts an agency's values just saved by this instance. */
  saved(
    cycleId: string,
    agencyId: string,
    written: readonly { indicatorKey: string; value: number | null }[],
  ): void {
    for (const { indicatorKey, value } of written) {
      const values = this.kept.get(`${cycleId}/${indicatorKey}`)?.values;
      if (!values) continue;
      const size = values.size;
      if (value === null) values.delete(agencyId);
      else values.set(agencyId, value);
      this.keptValues += values.size - size;
    }
  }

  private async read(cycleId: string, indicators: string[], now: number): Promise<void> {
    const rows = await cycleValues(this.values.manager, cycleId, { indicators });
    const fresh = new Map(indicators.map((key) => [key, new Map<string, number>()]));
    for (const row of rows) fresh.get(row.indicator)?.set(row.agencyId, row.value);
    for (const [key, values] of fresh) {
      this.drop(`${cycleId}/${key}`);
      this.kept.set(`${cycleId}/${key}`, { readAt: now, values });
      this.keptValues += values.size;
    }
    this.dropOld(now);
  }

  /** Drops entries too old to use, and then the oldest while more values are kept than `MAX_KEPT_VALUES`. */
  private dropOld(now: number): void {
    for (const [id, { readAt }] of this.kept) {
      if (now - readAt <= PEER_VALUES_MAX_AGE_MS && this.keptValues <= MAX_KEPT_VALUES) break;
      this.drop(id);
    }
  }

  private drop(id: string): void {
    this.keptValues -= this.kept.get(id)?.values.size ?? 0;
    this.kept.delete(id);
  }
}
