import { jsonNestsDeeperThan } from './json-body';

const deeper = (text: string, max: number) => jsonNestsDeeperThan(Buffer.from(text, 'utf8'), max);

describe('the depth of a JSON text', () => {
  it('counts arrays and objects, and allows exactly the limit', () => {
    expect(deeper('{"a":[{"b":[1]}]}', 4)).toBe(false);
    expect(deeper('{"a":[{"b":[1]}]}', 3)).toBe(true);
    expect(deeper('[]'.repeat(1000), 1)).toBe(false);
  });

  it('ignores brackets inside strings, escaped quotes included', () => {
    expect(deeper(`{"a":"${'['.repeat(100)}"}`, 1)).toBe(false);
    expect(deeper(`{"a":"\\"[[[[","b":"\\\\"}`, 1)).toBe(false);
    expect(deeper(`{"a":"\\\\",  "b":[[[1]]]}`, 3)).toBe(true);
  });

  it('reads text in any script, whose bytes never look like brackets', () => {
    expect(deeper(JSON.stringify({ fa: 'روابط عمومی [', ru: 'Связи {' }), 1)).toBe(false);
  });
});
