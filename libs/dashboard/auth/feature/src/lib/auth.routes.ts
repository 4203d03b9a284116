import { Route } from '@angular/router';
import { provideTranslations } from '@prgauge/dashboard-shared-i18n';
import { AUTH_TEXTS } from './i18n/auth-texts';
import { OwnAccountPage } from './own-account/own-account-page';
import { PasswordPage } from './password/password-page';
import { ForgotPasswordPage } from './reset/forgot-password-page';
import { ResetPasswordPage } from './reset/reset-password-page';
import { SignInPage } from './sign-in-page';

/** `/sign-in`, with the sign-in texts. */
export const signInRoutes: Route[] = [
  { path: '', providers: [provideTranslations(AUTH_TEXTS)], component: SignInPage },
];

/** `/password`: choosing one's own password after signing in with a one-time one. */
export const passwordRoutes: Route[] = [
  { path: '', providers: [provideTranslations(AUTH_TEXTS)], component: PasswordPage },
];

/** `/forgot-password`: asking for an emailed link that sets a new password. */
export const forgotPasswordRoutes: Route[] = [
  { path: '', providers: [provideTranslations(AUTH_TEXTS)], component: ForgotPasswordPage },
];

/** `/reset-password?token=…`: where the emailed link lands, to choose the new password. */
export const resetPasswordRoutes: Route[] = [
  { path: '', providers: [provideTranslations(AUTH_TEXTS)], component: ResetPasswordPage },
];

/** `/account`: one's own account and email address. */
export const ownAccountRoutes: Route[] = [
  { path: '', providers: [provideTranslations(AUTH_TEXTS)], component: OwnAccountPage },
];
