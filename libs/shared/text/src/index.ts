export * from './lib/search-key';
