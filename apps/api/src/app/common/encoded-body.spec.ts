import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { chooseEncoding, encodeBody, noneMatchHits } from './encoded-body';
import { jsonBytes } from './openapi/json-bytes';

describe('encodeBody', () => {
  it('makes each encoding once, on demand, with its own tag over the same hash', async () => {
    const body = encodeBody(jsonBytes({ rows: Array.from({ length: 50 }, (_, i) => ({ code: `A${i}` })) }));
    expect(body.variant('br')).toBe(body.variant('br'));
    const [plain, br, gzip] = await Promise.all([
      body.variant('identity'),
      body.variant('br'),
      body.variant('gzip'),
    ]);
    expect(plain.bytes).toBe(body.identity);
    expect(brotliDecompressSync(br.bytes).equals(plain.bytes)).toBe(true);
    expect(gunzipSync(gzip.bytes).equals(plain.bytes)).toBe(true);
    expect(br.bytes.length).toBeLessThan(plain.bytes.length);
    expect([br.etag, gzip.etag]).toEqual([
      plain.etag.replace(/"$/, '-br"'),
      plain.etag.replace(/"$/, '-gz"'),
    ]);
  });
});

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
