export { committeesRoutes } from './lib/committees.routes';
