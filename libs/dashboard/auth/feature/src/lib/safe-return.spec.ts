import { safeReturn } from './safe-return';

describe('return address after sign-in', () => {
  it('keeps a path on this site', () => {
    expect(safeReturn('/review?status=submitted')).toBe('/review?status=submitted');
  });

  it('refuses other sites, odd schemes, and the sign-in page itself', () => {
    for (const target of [
      '//evil.example',
      'https://evil.example',
      '/\\evil.example',
      'javascript:alert(1)',
      '/sign-in',
      '',
      undefined,
    ])
      expect(safeReturn(target)).toBeNull();
  });
});
