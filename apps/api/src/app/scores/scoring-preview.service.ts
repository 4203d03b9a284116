import { Injectable } from '@nestjs/common';
import { scoreDocument, ScoringInputError, validateScoringInput, type ScoringOutput } from '@prgauge/scoring';
import { InvalidFieldsException } from '../common/api-error';

/** Bounds that keep one analyst's request from occupying the server: the body itself is capped at 2 MB. */
export const PREVIEW_LIMITS = { agencies: 5000, values: 400_000, sensitivityRuns: 2000 };

@Injectable()
export class ScoringPreviewService {
  score(document: unknown): ScoringOutput {
    try {
      const input = validateScoringInput(document);
      checkSize('agencies', input.agencies.length, PREVIEW_LIMITS.agencies);
      checkSize('values', input.values.length, PREVIEW_LIMITS.values);
      checkSize('sensitivity.runs', input.sensitivity?.runs ?? 0, PREVIEW_LIMITS.sensitivityRuns);
      return scoreDocument(input);
    } catch (error) {
      if (error instanceof ScoringInputError) {
        const subject = {
          ...(error.key !== undefined ? { indicator: error.key } : {}),
          ...(error.agency !== undefined ? { agency: error.agency } : {}),
        };
        throw new InvalidFieldsException(
          [{ field: error.path, params: subject, problems: [error.message] }],
          'document.invalid',
          { reason: error.message, ...subject },
        );
      }
      throw error;
    }
  }
}

/** Refuses a document with more of something (agencies, values, sensitivity runs) than the preview takes. */
function checkSize(field: string, count: number, max: number): void {
  if (count <= max) return;
  throw new InvalidFieldsException(
    [
      {
        field,
        code: field === 'sensitivity.runs' ? 'field.too_large' : 'field.too_many',
        params: { max },
        problems: [`is too large: at most ${max}`],
      },
    ],
    'preview.too_large',
    { field, count, max },
  );
}
