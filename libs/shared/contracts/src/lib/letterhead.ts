import type { LocalizedText } from './locale';

/** The largest emblem a letterhead takes, in bytes: enough for a crisp print of a coat of arms. */
export const LETTERHEAD_EMBLEM_MAX_BYTES = 300_000;

/** The emblem's image types a letterhead takes. */
export const LETTERHEAD_EMBLEM_TYPES = ['image/png', 'image/jpeg', 'image/svg+xml'] as const;
export type LetterheadEmblemType = (typeof LETTERHEAD_EMBLEM_TYPES)[number];

/** An emblem image: its media type and its bytes in base64. */
export interface LetterheadEmblem {
  mediaType: LetterheadEmblemType;
  /** The image's bytes, base64-encoded; at most {@link LETTERHEAD_EMBLEM_MAX_BYTES} once decoded. */
  base64: string;
}

/**
 * `GET /api/regions/:regionId/letterhead`: the region's letterhead as its PDF reports print it. Before a director
 * saves one, the name is the region's own and the address and emblem are empty (`version` 0).
 */
export interface LetterheadView {
  regionId: string;
  /** The directorate's name per language, as printed at the top of every report. */
  name: LocalizedText;
  /** The postal address (and telephone) per language, printed under the name. */
  address: LocalizedText;
  emblem: LetterheadEmblem | null;
  /** 0 until first saved; send it back with a change (409 with the current letterhead when stale). */
  version: number;
}

/** `PUT /api/regions/:regionId/letterhead`: the whole letterhead; a left-out address or emblem is none. */
export interface LetterheadRequest {
  name: LocalizedText;
  address?: LocalizedText;
  emblem?: LetterheadEmblem;
  version: number;
}
