export { reviewRoutes } from './lib/review.routes';
