import type { AuditEntryView } from '@prgauge/contracts';
import { AUDIT_PAGE_SIZE, auditQueryOf, pinnedBefore } from './audit-filter';

const AGENCY = '4b0c2f9e-3d1a-4c55-9e0f-8a7b6c5d4e3f';

describe('auditQueryOf', () => {
  it('turns the address into the API query, one page at a time', () => {
    expect(
      auditQueryOf({ agency: AGENCY, from: '2026-03-01', to: '2026-03-31', before: '120', offset: '50' }),
    ).toEqual({
      agencyId: AGENCY,
      userId: undefined,
      cycleId: undefined,
      from: '2026-03-01',
      to: '2026-03-31',
      before: '120',
      limit: AUDIT_PAGE_SIZE,
      offset: 50,
    });
  });

  it('drops what a hand-edited address broke instead of sending it', () => {
    expect(
      auditQueryOf({ agency: 'FER-MUN', user: 'x', from: 'yesterday', before: '0', offset: '-50' }),
    ).toEqual({
      agencyId: undefined,
      userId: undefined,
      cycleId: undefined,
      from: undefined,
      to: undefined,
      before: undefined,
      limit: AUDIT_PAGE_SIZE,
      offset: 0,
    });
    expect(auditQueryOf({ offset: '99999999999' }).offset).toBe(0);
  });
});

describe('pinnedBefore', () => {
  const entry = (id: string) => ({ id }) as AuditEntryView;

  it('pins the pages just past the newest entry read, exactly even beyond 2^53', () => {
    expect(pinnedBefore(undefined, entry('120'))).toBe('121');
    expect(pinnedBefore(undefined, entry('9007199254740993'))).toBe('9007199254740994');
  });

  it('keeps a pin once set, and sets none for an empty trail', () => {
    expect(pinnedBefore('77', entry('120'))).toBe('77');
    expect(pinnedBefore(undefined, undefined)).toBeUndefined();
  });
});
