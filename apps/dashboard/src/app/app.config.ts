import { provideHttpClient, withFetch, withXsrfConfiguration } from '@angular/common/http';
import {
  ApplicationConfig,
  inject,
  provideAppInitializer,
  provideBrowserGlobalErrorListeners,
  provideZonelessChangeDetection,
} from '@angular/core';
import { MatIconRegistry } from '@angular/material/icon';
import { provideRouter, withComponentInputBinding, withNavigationErrorHandler } from '@angular/router';
import { reloadOnStaleRelease, SessionStore } from '@prgauge/dashboard-shared-data-access';
import { provideLocale } from '@prgauge/dashboard-shared-i18n';
import { appRoutes } from './app.routes';

export const appConfig: ApplicationConfig = {
  providers: [
    provideBrowserGlobalErrorListeners(),
    provideZonelessChangeDetection(),
    // A tab opened before a release loads the new one when its next page's chunk is gone.
    provideRouter(
      appRoutes,
      withComponentInputBinding(),
      withNavigationErrorHandler((error) => void reloadOnStaleRelease(error)),
    ),
    provideLocale(),
    // Icons come from the self-hosted Material Symbols font, never from a CDN.
    provideAppInitializer(() => {
      inject(MatIconRegistry).setDefaultFontSetClass('material-symbols-outlined');
    }),
    // Who is signed in decides the first page and the navigation, so it is known before routing starts.
    provideAppInitializer(() =>
      inject(SessionStore)
        .refresh()
        .catch(() => undefined),
    ),
    // The API sets XSRF-TOKEN at sign-in and checks X-XSRF-TOKEN on every write.
    provideHttpClient(
      withFetch(),
      withXsrfConfiguration({ cookieName: 'XSRF-TOKEN', headerName: 'X-XSRF-TOKEN' }),
    ),
  ],
};
