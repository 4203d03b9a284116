import { Clock } from '../../src/app/common/clock';
import type { TestApp } from './test-app';

/**
 * Sets the time the app reads from its one clock (common/clock.ts) to `at`, an ISO 8601 instant, until
 * the next call or {@link releaseClock}. The database is untouched: SQL gets the time from the clock.
 */
export function setClock(testApp: TestApp, at: string): void {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) throw new Error(`not an instant: ${at}`);
  const clock = testApp.app.get(Clock);
  releaseClock(testApp);
  jest.spyOn(clock, 'now').mockImplementation(() => new Date(instant));
}

/** Lets the app's clock read the real time again. */
export function releaseClock(testApp: TestApp): void {
  const now = testApp.app.get(Clock).now;
  if (jest.isMockFunction(now)) now.mockRestore();
}
