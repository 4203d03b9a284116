import { APIRequestContext, expect, PlaywrightWorkerArgs } from '@playwright/test';
import type { Locale } from '@prgauge/contracts';
import { DEMO_PASSWORD } from './session';

/** A signed-in API client for setting up what a journey needs; writes carry the session's CSRF token. */
export interface ApiClient {
  get<T>(url: string): Promise<T>;
  send<T>(method: 'POST' | 'PATCH' | 'PUT', url: string, data: object): Promise<T>;
  /** DELETE, for putting back what a journey changed on the shared server. */
  remove(url: string): Promise<void>;
  dispose(): Promise<void>;
}

/** A visitor's address of its own, sent as X-Forwarded-For, so per-address limits count each visitor apart. */
export function visitorAddress(): string {
  return `2001:db8::${Math.floor(Math.random() * 0xffff).toString(16)}:${Math.floor(Math.random() * 0xffff).toString(16)}`;
}

/** Signs `login` in through the API, or stays anonymous (as a visitor at an address of its own) when null. */
export async function apiAs(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  login: string | null,
): Promise<ApiClient> {
  const context: APIRequestContext = await playwright.request.newContext({
    baseURL,
    ...(login ? {} : { extraHTTPHeaders: { 'x-forwarded-for': visitorAddress() } }),
  });
  let csrf = '';
  if (login) {
    const response = await context.post('/api/auth/login', { data: { login, password: DEMO_PASSWORD } });
    expect(response.status(), `sign-in of ${login}`).toBe(200);
    csrf = ((await response.json()) as { csrfToken: string }).csrfToken;
  }
  const ok = async <T>(
    label: string,
    response: Awaited<ReturnType<APIRequestContext['get']>>,
  ): Promise<T> => {
    expect(response.ok(), `${label}: ${response.status()} ${await response.text()}`).toBe(true);
    return (await response.json()) as T;
  };
  return {
    get: async (url) => ok(`GET ${url}`, await context.get(url)),
    send: async (method, url, data) =>
      ok(`${method} ${url}`, await context.fetch(url, { method, data, headers: { 'x-xsrf-token': csrf } })),
    remove: async (url) => {
      const response = await context.delete(url, { headers: { 'x-xsrf-token': csrf } });
      expect(response.ok(), `DELETE ${url}: ${response.status()} ${await response.text()}`).toBe(true);
    },
    dispose: () => context.dispose(),
  };
}

/**
 * Signs in once with the one-time password an organiser gave `login` and replaces it with the demo password,
 * as the person would on their first sign-in, so the journey can sign them in like everyone else.
 */
export async function replaceOneTimePassword(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  login: string,
  oneTimePassword: string,
): Promise<void> {
  const context = await playwright.request.newContext({ baseURL });
  const response = await context.post('/api/auth/login', { data: { login, password: oneTimePassword } });
  expect(response.status(), `sign-in of ${login}`).toBe(200);
  const { csrfToken } = (await response.json()) as { csrfToken: string };
  const changed = await context.post('/api/auth/password', {
    data: { currentPassword: oneTimePassword, newPassword: DEMO_PASSWORD },
    headers: { 'x-xsrf-token': csrfToken },
  });
  expect(changed.status(), `password change of ${login}`).toBe(204);
  await context.dispose();
}

/** An ISO instant `days` from now; negative for the past. */
export function daysFromNow(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString();
}

/** Saves `locale` as `login`'s own language, which wins over the browser's at sign-in. */
export async function saveLanguage(
  playwright: PlaywrightWorkerArgs['playwright'],
  baseURL: string,
  login: string,
  locale: Locale,
): Promise<void> {
  const api = await apiAs(playwright, baseURL, login);
  await api.send('PATCH', '/api/auth/me', { locale });
  await api.dispose();
}
