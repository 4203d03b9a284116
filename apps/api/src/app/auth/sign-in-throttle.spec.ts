import {
  ADDRESS_FAILURES_PER_WINDOW,
  AttemptHistory,
  pairDelaySeconds,
  PAIR_FREE_FAILURES,
  signInVerdict,
} from './sign-in-throttle';

const NOW = 1_000_000;
const quiet: AttemptHistory = {
  pairFailures: 0,
  pairLastFailureAt: null,
  addressFailures: 0,
  addressClearsAt: null,
};

describe('sign-in throttle', () => {
  it('lets a login fail a few times from one address, then doubles the wait up to an hour', () => {
    expect([0, 4, 5, 6, 7, 10, 11, 40].map(pairDelaySeconds)).toEqual([0, 0, 60, 120, 240, 1920, 3600, 3600]);
  });

  it('checks the password while the pair is under its free failures', () => {
    const history = { ...quiet, pairFailures: PAIR_FREE_FAILURES - 1, pairLastFailureAt: NOW };
    expect(signInVerdict(history, NOW)).toEqual({ kind: 'check', throttleFailure: false });
  });

  it('makes the pair wait out its delay, counted from its last failure', () => {
    const history = { ...quiet, pairFailures: PAIR_FREE_FAILURES + 1, pairLastFailureAt: NOW - 100 };
    expect(signInVerdict(history, NOW)).toEqual({ kind: 'wait', retryAfterSeconds: 20 });
    expect(signInVerdict(history, NOW + 20)).toEqual({ kind: 'check', throttleFailure: false });
  });

  it('still checks, for a login that has not failed there, the password from an address over its limit', () => {
    const busy = { ...quiet, addressFailures: ADDRESS_FAILURES_PER_WINDOW, addressClearsAt: NOW + 300 };
    expect(signInVerdict(busy, NOW)).toEqual({
      kind: 'check',
      throttleFailure: true,
      retryAfterSeconds: 300,
    });
    expect(signInVerdict({ ...busy, pairFailures: 1, pairLastFailureAt: NOW - 5 }, NOW)).toEqual({
      kind: 'wait',
      retryAfterSeconds: 300,
    });
    expect(signInVerdict(busy, NOW + 300)).toEqual({ kind: 'check', throttleFailure: false });
  });
});
