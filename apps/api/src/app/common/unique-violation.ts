import { QueryFailedError } from 'typeorm';
import { TakenException } from './api-error';

/** PostgreSQL's SQLSTATE for a duplicate key. */
const UNIQUE_VIOLATION = '23505';

/**
 * Every unique key of the schema, by constraint name, with the request field whose value repeats an existing
 * one. A service checks uniqueness first for a friendly answer; when two requests pass that check together,
 * the key decides and this names the field. A test keeps the list complete against the migrated schema.
 */
export const UNIQUE_KEY_FIELDS: Record<string, string> = {
  region_code_key: 'code',
  peer_group_region_id_code_key: 'code',
  agency_region_id_code_key: 'code',
  app_user_login_key: 'login',
  submission_cycle_id_agency_id_key: 'agencyId',
  training_topic_region_id_code_key: 'code',
  committee_member_committee_id_user_id_key: 'userId',
  contest_juror_nomination_id_user_id_key: 'userId',
  // Two first saves of one sheet at once: the later one must reload and save over the earlier.
  score_sheet_nomination_id_application_id_juror_id_key: 'version',
  // A signed-in journalist registering twice for one contest at once.
  contest_voter_contest_id_user_id_key: 'login',
  // These two are written with ON CONFLICT DO NOTHING, so they never reach here; listed to keep the map whole.
  juror_conflict_application_id_user_id_key: 'reason',
  contest_vote_voter_id_nomination_id_key: 'applicationId',
  // Two organisers entering the same earlier year at once: the service answers the later with the year as it stands.
  contest_series_year_series_year_key: 'year',
  // Drawn from a sequence and from 192 random bits: a repeat would be a fault, still named rather than a 500.
  contest_application_reference_number_unique: 'referenceNumber',
  contest_application_access_token_hash_unique: 'accessToken',
  // Persons are created under a per-region lock; a repeated personal id there is the one the row names.
  training_person_personal_id: 'personalId',
  // Written with ON CONFLICT DO NOTHING (one event tells each reader once), so they never reach here.
  notification_account_id_event_key_key: 'eventKey',
  mail_message_idempotency_key_key: 'idempotencyKey',
  mail_message_message_id_key: 'messageId',
  // 256 random bits per reset link: a repeat would be a fault, still named rather than a 500.
  password_reset_link_token_hash_key: 'token',
};

interface PgError {
  code?: string;
  constraint?: string;
  /** e.g. `Key (region_id, code)=(…, MED) already exists.` */
  detail?: string;
}

/** For a key not listed: the key's last column, which is the one a request chooses, in camelCase. */
function fieldOfDetail(detail: string | undefined): string {
  const columns = /^Key \(([^)]+)\)=/.exec(detail ?? '')?.[1].split(', ') ?? [];
  const column = columns[columns.length - 1] ?? 'id';
  return column.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
}

/** A 409 naming the field, when the error is a unique-key violation; undefined for anything else. */
export function takenFromUniqueViolation(exception: unknown): TakenException | undefined {
  if (!(exception instanceof QueryFailedError)) return undefined;
  const error = exception.driverError as PgError;
  if (error.code !== UNIQUE_VIOLATION) return undefined;
  const field = UNIQUE_KEY_FIELDS[error.constraint ?? ''] ?? fieldOfDetail(error.detail);
  return new TakenException(field);
}
