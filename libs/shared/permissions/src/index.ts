export * from './lib/scope';
export * from './lib/actions';
export * from './lib/decide';
export * from './lib/personal';
export * from './lib/account-scopes';
