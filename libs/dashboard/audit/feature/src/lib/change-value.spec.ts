import { changeValueText, formatDateTime, isRecordValue } from './change-value';

const WORDS = { yes: 'yes', no: 'no', empty: '—' };

describe('changeValueText', () => {
  it('shows numbers in the reader’s digits', () => {
    expect(changeValueText('en', 1234.5, WORDS)).toBe('1,234.50');
    expect(changeValueText('fa', 9, WORDS)).toBe('۹');
  });

  it('names empty and yes/no values, and keeps records as JSON', () => {
    expect(changeValueText('en', null, WORDS)).toBe('—');
    expect(changeValueText('en', '', WORDS)).toBe('—');
    expect(changeValueText('en', true, WORDS)).toBe('yes');
    expect(changeValueText('en', { prStaff: 3 }, WORDS)).toBe('{"prStaff":3}');
    expect([isRecordValue({ a: 1 }), isRecordValue([1]), isRecordValue('a'), isRecordValue(null)]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});

describe('formatDateTime', () => {
  it('shows the day and time in the reader’s calendar', () => {
    expect(formatDateTime('en', '2026-03-02T12:05:00Z', 'UTC')).toBe('2 Mar 2026, 12:05');
    expect(formatDateTime('fa', '2026-03-21T08:00:00Z', 'UTC')).toContain('۱۴۰۵');
    expect(formatDateTime('ru', 'not a date')).toBe('—');
  });
});
