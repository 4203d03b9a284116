export { resultsRoutes } from './lib/results.routes';
