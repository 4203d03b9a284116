import { createHash } from 'node:crypto';

/** How long the last reading is kept for the apply that usually follows its dry run within minutes. */
const KEEP_MS = 10 * 60 * 1000;

/**
 * The reading of the last file this instance read, by the hash of its kind and bytes: a dry run and the apply
 * that follows it send the same file, and the apply takes the dry run's reading instead of parsing it again. A
 * reading depends on the bytes alone (never on who sent them); the check that follows always runs afresh. One
 * file at a time, dropped after `KEEP_MS`, so a large file's cells are not held for long. A failed read is not
 * kept.
 */
export class LastRead<T> {
  private last: { hash: string; value: T } | null = null;
  private timer: NodeJS.Timeout | undefined;

  async get(kind: string, content: Buffer, read: () => Promise<T>): Promise<T> {
    const hash = createHash('sha256').update(kind).update('\n').update(content).digest('hex');
    if (this.last?.hash === hash) return this.last.value;
    const value = await read();
    this.last = { hash, value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.last = null), KEEP_MS);
    this.timer.unref();
    return value;
  }
}
