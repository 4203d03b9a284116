export { submissionsRoutes } from './lib/submissions.routes';
