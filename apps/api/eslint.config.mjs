import baseConfig from '../../eslint.config.mjs';

/** Nest's built-in HTTP exceptions: each answers with an English sentence and only a generic code. */
export const NEST_HTTP_EXCEPTIONS = [
  'HttpException',
  'BadRequestException',
  'UnauthorizedException',
  'ForbiddenException',
  'NotFoundException',
  'MethodNotAllowedException',
  'NotAcceptableException',
  'RequestTimeoutException',
  'ConflictException',
  'GoneException',
  'PreconditionFailedException',
  'PayloadTooLargeException',
  'UnsupportedMediaTypeException',
  'ImATeapotException',
  'MisdirectedException',
  'UnprocessableEntityException',
  'InternalServerErrorException',
  'NotImplementedException',
  'BadGatewayException',
  'ServiceUnavailableException',
  'GatewayTimeoutException',
  'HttpVersionNotSupportedException',
];

/**
 * Every refusal of the API carries a catalogued code and its params, so `new NotFoundException('…')` and its
 * kin are refused in the app's code. Specs may still build Nest's exceptions as inputs.
 * `root` is the path of this project from the directory ESLint resolves `files` against.
 */
export function refusalRules(root = '') {
  return {
    files: [`${root}src/app/**/*.ts`],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: `NewExpression[callee.name=/^(${NEST_HTTP_EXCEPTIONS.join('|')})$/]`,
          message:
            'Throw ApiException (common/api-error.ts) with a catalogued code and its params, not a Nest exception with an English sentence.',
        },
      ],
    },
  };
}

// `**/` matches whether ESLint runs from this folder (Nx) or from the workspace root.
export default [...baseConfig, refusalRules('**/')];
