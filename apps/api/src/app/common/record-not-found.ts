import { HttpStatus } from '@nestjs/common';
import { ApiException } from './api-error';

/**
 * A 404 `record.not_found` naming only the kind of record, in snake case (`cycle`, `submission`, `agency`,
 * `region`, `peer_group`, `committee`, `committee_member`, `user`, `evidence`, `training_event`,
 * `training_programme`, `training_topic`, `attendance`). It carries no ids: a record out of the caller's reach
 * answers the same (`common/scope.ts`), and an id echoed only for missing records would tell the two apart.
 */
export class RecordNotFoundException extends ApiException<'record.not_found'> {
  constructor(record: string) {
    super(HttpStatus.NOT_FOUND, 'record.not_found', { record });
  }
}
