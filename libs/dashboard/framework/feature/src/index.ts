export { frameworkRoutes } from './lib/framework.routes';
