import type { ResponseBodies } from '@prgauge/contracts';
import type { ScoringInput, ScoringOutput } from '@prgauge/scoring';

/**
 * What the OpenAPI document describes: the contracts' response bodies, plus the scoring library's own input
 * and output documents, which the API serves as the library defines them.
 */
export interface DocumentedBodies extends ResponseBodies {
  ScoringInput: ScoringInput;
  ScoringOutput: ScoringOutput;
}
