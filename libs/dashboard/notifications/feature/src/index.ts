export { notificationsRoutes } from './lib/notifications.routes';
export { BellPanel } from './lib/bell-panel';
