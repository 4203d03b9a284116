import { HttpStatus } from '@nestjs/common';
import type { ErrorParamsOf, LocalizedText } from '@prgauge/contracts';
import { ApiException } from '../../common/api-error';
import type { PhaseRefusal } from './contest-phase';

/** The records of contests that a 404 names in `params.record`. */
export type ContestRecord =
  'contest' | 'nomination' | 'application' | 'attachment' | 'voter' | 'voter_document' | 'juror';

/**
 * 404 `record.not_found` with `params.record`: the same answer whether the record is missing or hidden from
 * the caller (another region's, or kept from a juror by a conflict), so that ids cannot be probed. It names
 * no id: the caller knows which one it asked for, and two answers must not differ by it.
 */
export class ContestRecordNotFoundException extends ApiException<'record.not_found'> {
  constructor(readonly record: ContestRecord) {
    super(HttpStatus.NOT_FOUND, 'record.not_found', { record });
  }
}

/** 409 for a request the contest's phase does not allow, with the refusal's code and dates. */
export class PhaseRefusedException extends ApiException<PhaseRefusal['code']> {
  constructor(readonly refusal: PhaseRefusal) {
    // Each refusal's params were checked against its own code where it was built; the union cannot say so.
    super(HttpStatus.CONFLICT, refusal.code, refusal.params as ErrorParamsOf<PhaseRefusal['code']>);
  }
}

/** Throws the phase's refusal, if there is one. */
export function assertPhaseAllows(refusal: PhaseRefusal | null): void {
  if (refusal) throw new PhaseRefusedException(refusal);
}

/** A name as a refusal's params carry it: English where the organisers gave it, else the first language given. */
export function nameOf(text: LocalizedText): string {
  return text.en ?? Object.values(text).find((value) => value !== undefined && value !== '') ?? '';
}
