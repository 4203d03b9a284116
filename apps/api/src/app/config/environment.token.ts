/** Injection token for the validated {@link Environment}. */
export const ENVIRONMENT = Symbol('ENVIRONMENT');
