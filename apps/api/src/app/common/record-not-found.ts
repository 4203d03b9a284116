import { HttpStatus } from '@nestjs/common';
import type { ErrorParams } from '@prgauge/contracts';
import { ApiException } from './api-error';

/**
 * A 404 `record.not_found` naming the kind of record, in snake case (`cycle`, `submission`, `agency`, `region`,
 * `peer_group`, `committee`, `committee_member`, `user`, `evidence`, `training_event`, `training_programme`,
 * `training_topic`, `attendance`), and any ids that locate it (`cycleId`…).
 */
export class RecordNotFoundException extends ApiException<'record.not_found'> {
  constructor(record: string, params: ErrorParams = {}) {
    super(HttpStatus.NOT_FOUND, 'record.not_found', { record, ...params });
  }
}
