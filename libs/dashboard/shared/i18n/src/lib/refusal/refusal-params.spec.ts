import { paramsForDisplay } from './refusal-params';

const wording = (readerZone: string) => ({ lookUp: () => undefined, readerZone });

describe('paramsForDisplay: the dates a refusal names', () => {
  // Judging ends at 22:00 UTC on 8 December: already 9 December in Tehran and Almaty, still 8 in New York.
  const params = { readyAt: '2026-12-08T22:00:00.000Z', periodEnd: '2026-12-31' };

  it("gives an instant's day on the reader's clocks", () => {
    expect(paramsForDisplay('fa', params, wording('Asia/Tehran'))['readyAt']).toBe('۱۸ آذر ۱۴۰۵');
    expect(paramsForDisplay('ru', params, wording('Asia/Almaty'))['readyAt']).toBe('9 дек. 2026 г.');
    expect(paramsForDisplay('ru', params, wording('Europe/Moscow'))['readyAt']).toBe('9 дек. 2026 г.');
    expect(paramsForDisplay('en', params, wording('America/New_York'))['readyAt']).toBe('8 Dec 2026');
  });

  it('gives a calendar day as that day, whatever the reader’s zone', () => {
    expect(paramsForDisplay('en', params, wording('America/New_York'))['periodEnd']).toBe('31 Dec 2026');
    expect(paramsForDisplay('fa', params, wording('Asia/Tehran'))['periodEnd']).toBe('۱۰ دی ۱۴۰۵');
  });
});
