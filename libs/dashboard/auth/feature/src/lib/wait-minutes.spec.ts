import { waitMinutes } from './wait-minutes';

describe('waitMinutes', () => {
  it('rounds the seconds up to whole minutes', () => {
    expect(waitMinutes(60)).toBe(1);
    expect(waitMinutes(61)).toBe(2);
    expect(waitMinutes(3600)).toBe(60);
  });

  it('says at least one minute, also when the API named no wait', () => {
    expect(waitMinutes(5)).toBe(1);
    expect(waitMinutes(0)).toBe(1);
    expect(waitMinutes(undefined)).toBe(1);
    expect(waitMinutes('soon')).toBe(1);
  });
});
