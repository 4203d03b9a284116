export * from './lib/locale';
export * from './lib/roles';
export * from './lib/organisation';
export * from './lib/cycle';
export * from './lib/submission';
export * from './lib/errors';
export * from './lib/scores';
