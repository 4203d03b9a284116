import { setupZonelessTestEnv } from 'jest-preset-angular/setup-env/zoneless';

setupZonelessTestEnv({
  errorOnUnknownElements: true,
  errorOnUnknownProperties: true,
});

// Run as in a browser set to Russian, as the e2e projects do: the interface follows the browser's languages.
Object.defineProperty(window.navigator, 'languages', { configurable: true, get: () => ['ru-RU'] });
