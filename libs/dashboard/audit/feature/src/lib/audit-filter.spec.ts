import { AUDIT_PAGE_SIZE, auditQueryOf } from './audit-filter';

const AGENCY = '4b0c2f9e-3d1a-4c55-9e0f-8a7b6c5d4e3f';

describe('auditQueryOf', () => {
  it('turns the address into the API query, one page at a time', () => {
    expect(auditQueryOf({ agency: AGENCY, from: '2026-03-01', to: '2026-03-31', before: '120' })).toEqual({
      agencyId: AGENCY,
      userId: undefined,
      cycleId: undefined,
      from: '2026-03-01',
      to: '2026-03-31',
      before: '120',
      limit: AUDIT_PAGE_SIZE,
    });
  });

  it('drops what a hand-edited address broke instead of sending it', () => {
    expect(auditQueryOf({ agency: 'FER-MUN', user: 'x', from: 'yesterday', before: '0' })).toEqual({
      agencyId: undefined,
      userId: undefined,
      cycleId: undefined,
      from: undefined,
      to: undefined,
      before: undefined,
      limit: AUDIT_PAGE_SIZE,
    });
  });
});
