import { reconnectDelay } from './reconnect-delay';

describe('reconnectDelay', () => {
  it('doubles from 200 ms and stops growing at 4 s', () => {
    const longest = (attempt: number) => reconnectDelay(attempt, () => 1);
    expect([0, 1, 2, 3, 4, 5, 50].map(longest)).toEqual([200, 400, 800, 1600, 3200, 4000, 4000]);
  });

  it('draws each delay from the upper half of its step, so instances spread out', () => {
    expect(reconnectDelay(0, () => 0)).toBe(100);
    expect(reconnectDelay(3, () => 0)).toBe(800);
    expect(reconnectDelay(9, () => 0.5)).toBe(3000);
  });
});
