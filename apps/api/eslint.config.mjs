import baseConfig from '../../eslint.config.mjs';

/**
 * Nest's built-in HTTP exceptions carry an English sentence and no catalogue code, so clients could only tell
 * their causes apart by matching text. Each folder that has moved to the catalogue refuses them in a block of
 * its own.
 */
const NEST_HTTP_EXCEPTIONS = [
  'NotFoundException',
  'ConflictException',
  'ForbiddenException',
  'BadRequestException',
  'UnauthorizedException',
  'HttpException',
  'UnprocessableEntityException',
  'GoneException',
  'PayloadTooLargeException',
];

/** `no-restricted-syntax` options that refuse constructing those exceptions. */
const noNestHttpExceptions = (where) => [
  'error',
  {
    selector: `NewExpression[callee.name=/^(${NEST_HTTP_EXCEPTIONS.join('|')})$/]`,
    message:
      `Refusals in ${where} carry a catalogued code: throw ApiException (or InvalidFieldsException) from ` +
      'common/api-error.ts with a code from @prgauge/contracts error-codes, not a Nest HTTP exception.',
  },
];

export default [
  ...baseConfig,
  {
    files: ['**/src/app/contests/**/*.ts'],
    rules: { 'no-restricted-syntax': noNestHttpExceptions('contests') },
  },
];
