import { BadRequestException, Injectable } from '@nestjs/common';
import { scoreDocument, ScoringInputError, validateScoringInput, type ScoringOutput } from '@prgauge/scoring';
import { InvalidFieldsException } from '../common/api-error';

/** Bounds that keep one analyst's request from occupying the server: the body itself is capped at 2 MB. */
export const PREVIEW_LIMITS = { agencies: 5000, values: 400_000, sensitivityRuns: 2000 };

@Injectable()
export class ScoringPreviewService {
  score(document: unknown): ScoringOutput {
    try {
      const input = validateScoringInput(document);
      if (input.agencies.length > PREVIEW_LIMITS.agencies)
        throw tooLarge('agencies', `at most ${PREVIEW_LIMITS.agencies} agencies`);
      if (input.values.length > PREVIEW_LIMITS.values)
        throw tooLarge('values', `at most ${PREVIEW_LIMITS.values} values`);
      if ((input.sensitivity?.runs ?? 0) > PREVIEW_LIMITS.sensitivityRuns) {
        throw tooLarge('sensitivity.runs', `at most ${PREVIEW_LIMITS.sensitivityRuns} runs`);
      }
      return scoreDocument(input);
    } catch (error) {
      if (error instanceof ScoringInputError) {
        throw new InvalidFieldsException(
          [{ field: error.path, problems: [error.message] }],
          'document.invalid',
          {
            reason: error.message,
          },
        );
      }
      throw error;
    }
  }
}

function tooLarge(field: string, limit: string): BadRequestException {
  return new InvalidFieldsException(
    [{ field, code: 'field.too_large', problems: [`is too large: ${limit}`] }],
    'document.too_large',
    { limit },
  );
}
