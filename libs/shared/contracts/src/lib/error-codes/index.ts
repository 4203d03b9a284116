import { ACCOUNT_ERRORS, ACCOUNT_FIELD_PROBLEMS } from './accounts';
import { AUTH_ERRORS, AUTH_FIELD_PROBLEMS } from './auth';
import { CONTEST_CRITERIA_FIELD_PROBLEMS } from './contest-criteria';
import { CONTESTS_ERRORS, CONTESTS_FIELD_PROBLEMS } from './contests';
import { CONTEST_SHAPE_ERRORS, CONTEST_SHAPE_FIELD_PROBLEMS } from './contest-shapes';
import { CONTESTS_PRIVACY_ERRORS, CONTESTS_PRIVACY_FIELD_PROBLEMS } from './contests-privacy';
import { CONTESTS_VOTERS_ERRORS } from './contests-voters';
import { CYCLE_ERRORS } from './cycles';
import { FILES_ERRORS, FILES_FIELD_PROBLEMS } from './files';
import { FIRST_RUN_ERRORS } from './first-run';
import { HEALTH_ERRORS, HEALTH_FIELD_PROBLEMS } from './health';
import { INPUT_ERRORS } from './input';
import { JOB_ERRORS } from './jobs';
import { MAIL_ERRORS } from './mail';
import { LIFECYCLE_ERRORS, LIFECYCLE_FIELD_PROBLEMS } from './lifecycle';
import { NOTIFICATION_FIELD_PROBLEMS } from './notifications';
import { ORGANISATION_ERRORS } from './organisation';
import { ORG_ADMIN_FIELD_PROBLEMS } from './org-admin';
import { REPORT_ERRORS, REPORT_FIELD_PROBLEMS } from './reports';
import { REQUEST_ERRORS, REQUEST_FIELD_PROBLEMS } from './request';
import { REVIEW_LOOP_ERRORS, REVIEW_LOOP_FIELD_PROBLEMS } from './review-loop';
import { SCORE_ERRORS } from './scores';
import { SERVICE_ERRORS } from './service';
import { SUBMISSION_ERRORS, SUBMISSION_FIELD_PROBLEMS } from './submissions';
import { fillTemplate, type ErrorParams, type ParamsOfTemplate } from './template';
import { TIME_FIELD_PROBLEMS } from './time';
import { TRAINING_ERRORS } from './training';
import { UPLOAD_ERRORS } from './uploads';
import { VALUE_IMPORT_ERRORS, VALUE_IMPORT_FIELD_PROBLEMS } from './value-import';
import { VOTING_ERRORS } from './voting';
import { WORKING_WEEK_ERRORS } from './working-week';

export * from './template';
export { SERVICE_ERRORS } from './service';
export { FIELD_PROBLEMS_WITHOUT_PARAMS } from './request';
export * from './refusals';

/**
 * The catalogue of stable error codes, each with its English text. A response's `code` and each
 * `details[].code` come from here; `{name}` placeholders are filled from the error's `params`. Clients
 * translate the code and never read `message`, which is this text filled in, for logs and API users.
 * Codes are `area.reason`, lower case; a code, once shipped, keeps its meaning. Each area keeps its codes
 * in its own file and adds one line below.
 */
export const ERROR_MESSAGES = {
  ...REQUEST_ERRORS,
  ...UPLOAD_ERRORS,
  ...AUTH_ERRORS,
  ...CONTESTS_PRIVACY_ERRORS,
  ...SERVICE_ERRORS,
  ...INPUT_ERRORS,
  ...VOTING_ERRORS,
  ...CONTESTS_ERRORS,
  ...CONTEST_SHAPE_ERRORS,
  ...CONTESTS_VOTERS_ERRORS,
  ...CYCLE_ERRORS,
  ...SUBMISSION_ERRORS,
  ...SCORE_ERRORS,
  ...ORGANISATION_ERRORS,
  ...ACCOUNT_ERRORS,
  ...TRAINING_ERRORS,
  ...HEALTH_ERRORS,
  ...LIFECYCLE_ERRORS,
  ...FIRST_RUN_ERRORS,
  ...REVIEW_LOOP_ERRORS,
  ...FILES_ERRORS,
  ...WORKING_WEEK_ERRORS,
  ...VALUE_IMPORT_ERRORS,
  ...JOB_ERRORS,
  ...REPORT_ERRORS,
  ...MAIL_ERRORS,
} as const;

/** Every code one invalid field may carry in `details[].code`, with its English text. */
export const FIELD_PROBLEM_MESSAGES = {
  ...REQUEST_FIELD_PROBLEMS,
  ...AUTH_FIELD_PROBLEMS,
  ...CONTESTS_PRIVACY_FIELD_PROBLEMS,
  ...CONTESTS_FIELD_PROBLEMS,
  ...CONTEST_CRITERIA_FIELD_PROBLEMS,
  ...CONTEST_SHAPE_FIELD_PROBLEMS,
  ...SUBMISSION_FIELD_PROBLEMS,
  ...ACCOUNT_FIELD_PROBLEMS,
  ...HEALTH_FIELD_PROBLEMS,
  ...ORG_ADMIN_FIELD_PROBLEMS,
  ...LIFECYCLE_FIELD_PROBLEMS,
  ...REVIEW_LOOP_FIELD_PROBLEMS,
  ...FILES_FIELD_PROBLEMS,
  ...TIME_FIELD_PROBLEMS,
  ...VALUE_IMPORT_FIELD_PROBLEMS,
  ...REPORT_FIELD_PROBLEMS,
  ...NOTIFICATION_FIELD_PROBLEMS,
} as const;

/** A code a whole response may carry. */
export type ErrorCode = keyof typeof ERROR_MESSAGES;

/** A code one invalid field may carry. */
export type FieldProblemCode = keyof typeof FIELD_PROBLEM_MESSAGES;

/** The params a code's text needs: one per placeholder, type-checked where the refusal is thrown. */
export type ErrorParamsOf<C extends ErrorCode> = ParamsOfTemplate<(typeof ERROR_MESSAGES)[C]>;

export const ERROR_CODES = Object.keys(ERROR_MESSAGES) as readonly ErrorCode[];
export const FIELD_PROBLEM_CODES = Object.keys(FIELD_PROBLEM_MESSAGES) as readonly FieldProblemCode[];

const own = (record: object, key: unknown) =>
  typeof key === 'string' && Object.prototype.hasOwnProperty.call(record, key);

/** True when `value` is a code of the catalogue. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return own(ERROR_MESSAGES, value);
}

/** True when `value` is a field-problem code of the catalogue. */
export function isFieldProblemCode(value: unknown): value is FieldProblemCode {
  return own(FIELD_PROBLEM_MESSAGES, value);
}

/** The English text of a refusal, with its params filled in. */
export function errorMessage(code: ErrorCode, params: ErrorParams = {}): string {
  return fillTemplate(ERROR_MESSAGES[code], params);
}

/** The English text of one field's problem, with its params filled in. */
export function fieldProblemMessage(code: FieldProblemCode, params: ErrorParams = {}): string {
  return fillTemplate(FIELD_PROBLEM_MESSAGES[code], params);
}
