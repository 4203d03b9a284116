export { ResultsApi } from './lib/results.api';
