import { HttpStatus } from '@nestjs/common';
import type { FrameworkDocumentLeaf } from '@prgauge/contracts';
import { ApiException, type FieldProblemInput } from '../common/api-error';
import { indicatorParams } from '../cycles/indicator-params';
import type { Submission } from './submission.entity';

/**
 * The workflow's rules as plain functions of what the service read: draft or returned → submitted (by the agency,
 * see `editRefusal` for when), submitted → returned or approved (by reviewers).
 */

/** What a submission still lacks before it may be submitted: a value for every agency leaf, evidence where asked. */
export function missingForSubmit(
  leaves: FrameworkDocumentLeaf[],
  filled: Set<string>,
  evidenced: Set<string>,
): FieldProblemInput[] {
  return leaves
    .filter((l) => l.source === 'agency')
    .flatMap((leaf): FieldProblemInput[] => {
      const params = indicatorParams(leaf);
      return [
        ...(filled.has(leaf.key)
          ? []
          : [
              {
                field: leaf.key,
                code: 'indicator.value_missing' as const,
                params,
                problems: ['needs a value'],
              },
            ]),
        ...(leaf.evidenceRequired && !evidenced.has(leaf.key)
          ? [
              {
                field: leaf.key,
                code: 'indicator.evidence_missing' as const,
                params,
                problems: ['needs evidence'],
              },
            ]
          : []),
      ];
    });
}

/** 409 `submission.incomplete` naming each missing value or evidence, or null when nothing is missing. */
export function incompleteRefusal(missing: FieldProblemInput[]): ApiException | null {
  return missing.length
    ? new ApiException(
        HttpStatus.CONFLICT,
        'submission.incomplete',
        { count: missing.length },
        { details: missing },
      )
    : null;
}

/** 409 `submission.not_submitted` unless the submission waits for review: only then may it be returned or approved. */
export function notSubmittedRefusal(
  submission: Pick<Submission, 'status'>,
  action: 'return' | 'approve',
): ApiException | null {
  return submission.status === 'submitted'
    ? null
    : new ApiException(HttpStatus.CONFLICT, 'submission.not_submitted', {
        status: submission.status,
        action,
      });
}

/** 409 `submission.ratings_missing` naming each evaluator leaf without a rating, or null: approval needs them all. */
export function unratedRefusal(leaves: FrameworkDocumentLeaf[], rated: Set<string>): ApiException | null {
  const unrated = leaves.filter((l) => l.source === 'evaluator' && !rated.has(l.key));
  return unrated.length
    ? new ApiException(
        HttpStatus.CONFLICT,
        'submission.ratings_missing',
        { count: unrated.length },
        {
          details: unrated.map((l) => ({
            field: l.key,
            code: 'indicator.rating_missing',
            params: indicatorParams(l),
            problems: ['needs an evaluator rating'],
          })),
        },
      )
    : null;
}
