export { organisationRoutes } from './lib/organisation.routes';
