export { contestsAdminRoutes } from './lib/contests-admin.routes';
