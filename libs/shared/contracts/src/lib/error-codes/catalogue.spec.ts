import { readdirSync } from 'node:fs';
import { ERROR_MESSAGES, FIELD_PROBLEM_MESSAGES } from './index';

interface AreaRecord {
  name: string;
  kind: 'errors' | 'fields';
  codes: string[];
}

/** Every area's record of codes, by file and export name, read from the files of this folder. */
async function areaRecords(): Promise<AreaRecord[]> {
  const files = readdirSync(__dirname).filter(
    (file) => file.endsWith('.ts') && !file.endsWith('.spec.ts') && file !== 'index.ts',
  );
  const modules = await Promise.all(
    files.map(async (file) => ({ file, exports: (await import(`./${file}`)) as Record<string, unknown> })),
  );
  return modules.flatMap(({ file, exports }) =>
    Object.entries(exports).flatMap(([name, value]): AreaRecord[] => {
      const kind = name.endsWith('_FIELD_PROBLEMS') ? 'fields' : name.endsWith('_ERRORS') ? 'errors' : null;
      return kind && typeof value === 'object' && value !== null
        ? [{ name: `${file}: ${name}`, kind, codes: Object.keys(value) }]
        : [];
    }),
  );
}

describe('the error-code catalogue', () => {
  let records: AreaRecord[] = [];
  beforeAll(async () => {
    records = await areaRecords();
  });

  it('reads the area files', () => {
    expect(records.map((r) => r.name)).toEqual(
      expect.arrayContaining(['cycles.ts: CYCLE_ERRORS', 'submissions.ts: SUBMISSION_FIELD_PROBLEMS']),
    );
  });

  it('spreads every area record into the catalogue', () => {
    const missing = records.flatMap(({ name, kind, codes }) =>
      codes
        .filter((code) => !(code in (kind === 'errors' ? ERROR_MESSAGES : FIELD_PROBLEM_MESSAGES)))
        .map((code) => `${name} ${code}`),
    );
    expect(missing).toEqual([]);
  });

  it('defines each code in one area only, so no spread silently replaces another text', () => {
    const owners = new Map<string, string[]>();
    for (const { name, kind, codes } of records)
      for (const code of codes)
        owners.set(`${kind} ${code}`, [...(owners.get(`${kind} ${code}`) ?? []), name]);
    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
  });

  it('names codes area.reason in lower case, and texts name placeholders as words', () => {
    const texts = { ...ERROR_MESSAGES, ...FIELD_PROBLEM_MESSAGES } as Record<string, string>;
    const badCodes = Object.keys(texts).filter((code) => !/^[a-z_]+(\.[a-z_]+)+$/.test(code));
    const badTexts = Object.entries(texts).filter(([, text]) => /\{(?!\w+\})|(?<!\{\w+)\}/.test(text));
    expect([badCodes, badTexts]).toEqual([[], []]);
  });
});
