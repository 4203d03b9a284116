import { HttpStatus } from '@nestjs/common';
import { Open, type File } from 'unzipper';
import { ApiException } from '../api-error';

/** How far a ZIP archive (an XLSX workbook) may go before an import reads it. */
export interface ArchiveLimits {
  /** Entries (files and folders) in the archive. */
  maxEntries: number;
  /** Bytes of all entries together once inflated. */
  maxUncompressedBytes: number;
}

/** Thrown when the archive itself cannot be read; the caller names the field. */
export class UnreadableArchiveError extends Error {}

/**
 * Refuses, with 413 and a code, a ZIP archive that would inflate beyond `limits`, before any parser holds it.
 * First the central directory: its entry count and the sizes it declares, which refuse an honest bomb at once.
 * Then every entry it lists is inflated, counting bytes and stopping at the limit, since a crafted archive can
 * declare sizes that its data does not keep. Entries are reached through the directory, as the workbook parser
 * reaches them: unzipper's streaming reader, walking the stored data instead, never settles on some damaged
 * archives, which left the request waiting for good. Damaged data throws UnreadableArchiveError.
 */
export async function checkArchiveBounds(content: Buffer, limits: ArchiveLimits): Promise<void> {
  const directory = await Open.buffer(content).catch((error: Error) => {
    throw new UnreadableArchiveError(error.message);
  });
  if (directory.files.length > limits.maxEntries) throw tooManyEntries(limits);
  const declared = directory.files.reduce((sum, file) => sum + file.uncompressedSize, 0);
  if (declared > limits.maxUncompressedBytes) throw tooLarge(limits);
  await countInflatedBytes(directory.files, limits);
}

async function countInflatedBytes(entries: readonly File[], limits: ArchiveLimits): Promise<void> {
  let total = 0;
  try {
    for (const entry of entries) {
      if (entry.type === 'Directory') continue;
      for await (const chunk of entry.stream() as AsyncIterable<Buffer>) {
        total += chunk.length;
        if (total > limits.maxUncompressedBytes) throw tooLarge(limits);
      }
    }
  } catch (error) {
    if (error instanceof ApiException) throw error;
    throw new UnreadableArchiveError((error as Error).message);
  }
}

const megabytes = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

const tooLarge = (limits: ArchiveLimits) =>
  new ApiException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'upload.archive_too_large',
    { maxBytes: limits.maxUncompressedBytes },
    {
      details: [
        {
          field: 'file',
          code: 'field.too_large',
          params: { max: limits.maxUncompressedBytes, unit: 'bytes' },
          problems: [`unpacks to more than ${megabytes(limits.maxUncompressedBytes)}`],
        },
      ],
    },
  );

const tooManyEntries = (limits: ArchiveLimits) =>
  new ApiException(
    HttpStatus.PAYLOAD_TOO_LARGE,
    'upload.archive_too_many_entries',
    { maxEntries: limits.maxEntries },
    {
      details: [
        {
          field: 'file',
          code: 'field.too_many',
          params: { max: limits.maxEntries, unit: 'parts' },
          problems: [`holds more than ${limits.maxEntries} parts`],
        },
      ],
    },
  );
