import { fileDigest, LastRead } from './last-read';

describe('LastRead', () => {
  it('reads the same kind and bytes once, and reads anew for other bytes, another kind or after a failure', async () => {
    const reads: string[] = [];
    const last = new LastRead<string>();
    const read = (kind: string, text: string, fail = false) =>
      last.get(fileDigest(kind, Buffer.from(text)), () => {
        reads.push(`${kind}:${text}`);
        return fail ? Promise.reject(new Error('unreadable')) : Promise.resolve(text.toUpperCase());
      });

    expect(await read('csv', 'a')).toBe('A');
    expect(await read('csv', 'a')).toBe('A');
    expect(await read('xlsx', 'a')).toBe('A');
    expect(await read('xlsx', 'b')).toBe('B');
    await expect(read('csv', 'c', true)).rejects.toThrow('unreadable');
    expect(await read('csv', 'c')).toBe('C');
    expect(reads).toEqual(['csv:a', 'xlsx:a', 'xlsx:b', 'csv:c', 'csv:c']);
  });
});
