export { SignInPage } from './lib/sign-in-page';
export {
  signInRoutes,
  passwordRoutes,
  forgotPasswordRoutes,
  resetPasswordRoutes,
  ownAccountRoutes,
} from './lib/auth.routes';
export { openChangePasswordDialog } from './lib/password/change-password-dialog';
