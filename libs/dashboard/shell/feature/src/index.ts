export { shellRoutes } from './lib/shell.routes';
export { Shell } from './lib/shell/shell';
