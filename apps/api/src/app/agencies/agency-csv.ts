import type { FieldProblem, LocalizedText } from '@prgauge/contracts';
import { parse } from 'csv-parse/sync';

export interface AgencyRow {
  code: string;
  name: LocalizedText;
  peerGroup: string | null;
  attributes: Record<string, number>;
}

const NAME_COLUMNS = { name_ru: 'ru', name_kk: 'kk', name_fa: 'fa', name_en: 'en' } as const;
const REQUIRED = ['code'];

/**
 * Reads an agency list: `code,name_ru,name_kk,name_fa,name_en,peer_group,pr_staff` plus any `attr_<name>`
 * numeric columns. Comma or semicolon separated (spreadsheets in ru/kk/fa locales write semicolons), UTF-8 with or
 * without BOM. Every problem is reported with its row and column; rows are 1-based counting the header.
 */
export function parseAgencyCsv(text: string): { rows: AgencyRow[]; problems: FieldProblem[] } {
  const clean = text.replace(/^\uFEFF/, '');
  const firstLine = clean.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  let records: Record<string, string>[];
  try {
    records = parse(clean, {
      delimiter,
      columns: (header: string[]) => header.map((h) => h.trim().toLowerCase()),
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    });
  } catch (error) {
    return {
      rows: [],
      problems: [{ field: 'file', problems: [`is not valid CSV: ${(error as Error).message}`] }],
    };
  }
  const problems: FieldProblem[] = [];
  const columns = Object.keys(records[0] ?? {});
  for (const column of REQUIRED)
    if (records.length && !columns.includes(column))
      problems.push({ field: 'header', problems: [`needs a "${column}" column`] });
  if (records.length === 0) problems.push({ field: 'file', problems: ['has no agency rows'] });
  if (problems.length) return { rows: [], problems };

  const seen = new Map<string, number>();
  const rows = records.map((record, i) => {
    const line = i + 2;
    const own = (field: string, problem: string) =>
      problems.push({ field: `row ${line}, ${field}`, problems: [problem] });
    const code = record['code'] ?? '';
    if (!/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/.test(code))
      own('code', `"${code}" must be 1–40 letters, digits, dots, dashes or underscores`);
    else if (seen.has(code)) own('code', `"${code}" repeats row ${seen.get(code)}`);
    seen.set(code, line);
    const name: LocalizedText = {};
    for (const [column, locale] of Object.entries(NAME_COLUMNS))
      if (record[column]) name[locale] = record[column];
    if (Object.keys(name).length === 0)
      own('name', 'needs a name in at least one language (name_ru, name_kk, name_fa or name_en)');
    const attributes: Record<string, number> = {};
    for (const [column, raw] of Object.entries(record)) {
      const attribute =
        column === 'pr_staff' ? 'prStaff' : column.startsWith('attr_') ? column.slice(5) : null;
      if (!attribute || raw === '') continue;
      const value = Number(raw.replace(',', '.'));
      if (!Number.isFinite(value) || value < 0) own(column, `"${raw}" must be a number ≥ 0`);
      else attributes[attribute] = value;
    }
    return { code, name, peerGroup: record['peer_group'] || null, attributes };
  });
  return { rows, problems };
}
