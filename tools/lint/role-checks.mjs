// The dashboard decides what a person sees through the permissions map (`can` of `@prgauge/permissions`, or
// `SessionStore.can`), never by comparing role names: hand-written role lists drifted from the API before.
// These rules fail on a role name compared with ===/!==, passed to includes/indexOf/has, used as a switch
// case, or (outside specs, which may build users of each role) written into a list or passed to a function.
//
// 'evaluator' also names where a framework leaf's value comes from (`source`: 'agency' | 'evaluator' |
// 'computed'), so comparing it with something called `source` is not a role check.

/** The roles of `ROLES` in `@prgauge/contracts`; `role-checks.spec.ts` keeps the two lists equal. */
export const ROLE_NAMES = [
  'admin',
  'director',
  'evaluator',
  'agency_editor',
  'viewer',
  'committee_member',
  'juror',
  'journalist',
];

const MESSAGE =
  'Role names are not compared in the dashboard: ask the permissions map, session.can(action, record) (see libs/shared/permissions).';

const oneOf = (names) => `/^(${names.join('|')})$/`;
const ANY_ROLE = oneOf(ROLE_NAMES);
/** Role names that mean nothing else in the dashboard. */
const ONLY_ROLES = oneOf(ROLE_NAMES.filter((name) => name !== 'evaluator'));
const EQUALITY = '/^[!=]==?$/';
const MEMBERSHIP = '/^(includes|indexOf|has)$/';

const rule = (selector) => ({ selector, message: MESSAGE });

/** Comparisons in TypeScript (ESTree). */
const typescriptComparisons = [
  rule(`BinaryExpression[operator=${EQUALITY}] > Literal[value=${ONLY_ROLES}]`),
  rule(
    `BinaryExpression[operator=${EQUALITY}]:not(:has(Identifier[name='source'])) > Literal[value='evaluator']`,
  ),
  rule(`SwitchStatement > SwitchCase > Literal.test[value=${ONLY_ROLES}]`),
  rule(
    `SwitchStatement:not([discriminant.name='source']):not([discriminant.property.name='source']) > SwitchCase > Literal.test[value='evaluator']`,
  ),
  rule(`CallExpression[callee.property.name=${MEMBERSHIP}] > Literal.arguments[value=${ANY_ROLE}]`),
  rule(
    `CallExpression[callee.property.name=${MEMBERSHIP}] > MemberExpression.callee > ArrayExpression.object > Literal[value=${ANY_ROLE}]`,
  ),
];

/**
 * A list of role names written out by hand, or handed to a function (`hasRole('director', 'admin')`): who may
 * do something, decided outside the map.
 */
const typescriptRoleLists = [
  rule(`ArrayExpression > Literal[value=${ONLY_ROLES}]`),
  rule(`CallExpression > Literal.arguments[value=${ANY_ROLE}]`),
];

/** The same in Angular templates, inline or in .html files (the angular-eslint template AST). */
const templateComparisons = [
  rule(`Binary[operation=${EQUALITY}] > LiteralPrimitive[value=${ONLY_ROLES}]`),
  rule(
    `Binary[operation=${EQUALITY}]:not(:has(PropertyRead[name='source'])) > LiteralPrimitive[value='evaluator']`,
  ),
  rule(`SwitchBlockCase LiteralPrimitive[value=${ANY_ROLE}]`),
  rule(`Call > LiteralPrimitive[value=${ANY_ROLE}]`),
  rule(`LiteralArray > LiteralPrimitive[value=${ONLY_ROLES}]`),
];

/** Flat-config entries for every dashboard project (see eslint.angular.mjs). */
export const roleChecks = [
  {
    files: ['**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: { 'no-restricted-syntax': ['error', ...typescriptComparisons, ...typescriptRoleLists] },
  },
  {
    files: ['**/*.spec.ts'],
    rules: { 'no-restricted-syntax': ['error', ...typescriptComparisons] },
  },
  {
    files: ['**/*.html'],
    rules: { 'no-restricted-syntax': ['error', ...templateComparisons] },
  },
];
