import { HttpStatus } from '@nestjs/common';
import type { CycleStatus } from '@prgauge/contracts';
import { ApiException } from '../common/api-error';

/**
 * 409 `cycle.wrong_status` for a step asked of a cycle in another status: `action` is the step (open, close,
 * publish, archive, reopen), `expected` the status it starts from.
 */
export function wrongStatus(action: string, status: CycleStatus, expected: CycleStatus): ApiException {
  return new ApiException(HttpStatus.CONFLICT, 'cycle.wrong_status', { action, status, expected });
}
