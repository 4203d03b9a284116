export { trainingRoutes } from './lib/training.routes';
