export { contestsRoutes } from './lib/contests.routes';
