import { createHash } from 'node:crypto';

/** How long the last reading is kept for the apply that usually follows its dry run within minutes. */
const KEEP_MS = 10 * 60 * 1000;

/** A file's kind and bytes as 32 hex digits of their SHA-256: what tells one file from another. */
export function fileDigest(kind: string, content: Buffer): string {
  return createHash('sha256').update(kind).update('\n').update(content).digest('hex').slice(0, 32);
}

/**
 * The reading of the last file this instance read, by its digest (`fileDigest`, which the caller computes once): a
 * dry run and the apply that follows it send the same file, and the apply takes the dry run's reading instead of
 * parsing it again. A reading depends on the bytes alone (never on who sent them); the check of it is kept apart, by
 * everything it read (`LastCheck`). One file at a time, dropped after `KEEP_MS`, so a large file's cells are not held
 * for long. A failed read is not kept.
 */
export class LastRead<T> {
  private last: { digest: string; value: T } | null = null;
  private timer: NodeJS.Timeout | undefined;

  async get(digest: string, read: () => Promise<T>): Promise<T> {
    if (this.last?.digest === digest) return this.last.value;
    const value = await read();
    this.last = { digest, value };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.last = null), KEEP_MS);
    this.timer.unref();
    return value;
  }
}
