import { chooseEncoding, noneMatchHits } from './encoded-body';

describe('chooseEncoding', () => {
  it.each([
    [undefined, 'identity'],
    ['', 'identity'],
    ['gzip, deflate, br, zstd', 'br'],
    ['gzip', 'gzip'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0.5, br;q=0.4', 'gzip'],
    ['GZIP;Q=1', 'gzip'],
    ['*', 'br'],
    ['*;q=0, identity', 'identity'],
    ['deflate, zstd', 'identity'],
    ['br;q=nonsense, gzip;q=0.1', 'gzip'],
  ] as const)('answers %p with %s', (header, expected) => {
    expect(chooseEncoding(header)).toBe(expected);
  });
});

describe('noneMatchHits', () => {
  it.each([
    [undefined, false],
    ['"abc-br"', true],
    ['W/"abc-br"', true],
    ['"other", "abc-br"', true],
    ['*', true],
    ['"abc"', false],
    ['"abc-gz"', false],
  ] as const)('compares %p with "abc-br": %p', (header, expected) => {
    expect(noneMatchHits(header, '"abc-br"')).toBe(expected);
  });
});
