import { HttpStatus } from '@nestjs/common';
import { ApiException } from '../common/api-error';
import type { LifecycleRefusal } from './cycle-lifecycle';

/**
 * The 409 a refused lifecycle step answers: `cycle.wrong_status` (`action` the step, `status` the cycle's,
 * `expected` the status the step starts from) or `cycles.nothing_approved` (`expected` agencies, none approved).
 */
export function lifecycleRefusal(refusal: LifecycleRefusal): ApiException {
  switch (refusal.code) {
    case 'cycle.wrong_status':
      return new ApiException(HttpStatus.CONFLICT, refusal.code, refusal.params);
    case 'cycles.nothing_approved':
      return new ApiException(HttpStatus.CONFLICT, refusal.code, refusal.params);
  }
}
