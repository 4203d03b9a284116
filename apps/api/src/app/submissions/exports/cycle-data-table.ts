import type {
  FrameworkDocument,
  FrameworkDocumentLeaf,
  Locale,
  LocalizedText,
  NodeName,
  SubmissionStatus,
} from '@prgauge/contracts';
import { storedLeaves } from '../../cycles/framework-rules';
import type { SubmissionData } from './cycle-data.loader';

/** The value import's long format, exactly: an export's first four columns, so that it re-imports unchanged. */
export const LONG_FORMAT_COLUMNS = ['agency_code', 'indicator_key', 'value', 'comment'] as const;

/** Every column of the data export: the long format, then what a person reads beside it. */
export const DATA_COLUMNS = [
  ...LONG_FORMAT_COLUMNS,
  'agency_name',
  'indicator_title',
  'unit',
  'submission_status',
  'review_comments',
  'evidence',
] as const;

/** One agency × indicator: the stored value (a number, yes/no as 1/0, or null for none) and texts. */
export type DataRow = [
  agencyCode: string,
  indicatorKey: string,
  value: number | null,
  comment: string,
  agencyName: string,
  indicatorTitle: string,
  unit: string,
  status: SubmissionStatus,
  reviewComments: string,
  evidence: string,
];

/** One submission as a whole: its state and the review comments on the submission rather than an indicator. */
export type SubmissionRow = [
  agencyCode: string,
  agencyName: string,
  status: SubmissionStatus,
  comments: string,
];

export interface CycleDataTable {
  /** The indicators agencies fill: what the value import takes back. */
  filled: DataRow[];
  /** The evaluators' ratings, which no import writes. */
  rated: DataRow[];
  submissions: SubmissionRow[];
}

export interface AgencyLabel {
  id: string;
  code: string;
  name: LocalizedText;
}

/**
 * A cycle's data, one row per agency with a submission × stored indicator, by agency code and then in the
 * framework's order; names in `locale`. `evidenceUrl` turns an evidence id into its download link.
 */
export function cycleDataTable(
  framework: FrameworkDocument,
  agencies: AgencyLabel[],
  submissions: SubmissionData[],
  locale: Locale,
  evidenceUrl: (evidenceId: string) => string,
): CycleDataTable {
  const leaves = storedLeaves(framework);
  const byAgency = new Map(submissions.map((s) => [s.agencyId, s]));
  const ordered = [...agencies]
    .sort((a, b) => a.code.localeCompare(b.code))
    .filter((a) => byAgency.has(a.id));
  const table: CycleDataTable = { filled: [], rated: [], submissions: [] };
  for (const agency of ordered) {
    const data = byAgency.get(agency.id) as SubmissionData;
    const name = pick(agency.name, locale);
    for (const leaf of leaves) {
      const row = dataRow(agency.code, name, leaf, data, locale, evidenceUrl);
      (leaf.source === 'agency' ? table.filled : table.rated).push(row);
    }
    table.submissions.push([agency.code, name, data.status, commentsText(data.comments.get(null))]);
  }
  return table;
}

function dataRow(
  code: string,
  name: string,
  leaf: FrameworkDocumentLeaf,
  data: SubmissionData,
  locale: Locale,
  evidenceUrl: (evidenceId: string) => string,
): DataRow {
  const stored = data.values.get(leaf.key);
  const evidence = (data.evidence.get(leaf.key) ?? []).map((e) =>
    e.kind === 'file' ? `${e.fileName ?? ''} ${evidenceUrl(e.id)}` : (e.url ?? ''),
  );
  return [
    code,
    leaf.key,
    stored?.value ?? null,
    stored?.note ?? '',
    name,
    pick(leaf.name, locale),
    leaf.unit ? pick(leaf.unit, locale) : '',
    data.status,
    commentsText(data.comments.get(leaf.key)),
    evidence.join('\n'),
  ];
}

/** Comments one per line, each with the agency's reply after it. */
function commentsText(comments: { body: string; reply: string | null }[] | undefined): string {
  return (comments ?? []).map((c) => (c.reply ? `${c.body} — ${c.reply}` : c.body)).join('\n');
}

/** The text in the reader's language, or the first one present. */
function pick(value: NodeName, locale: Locale): string {
  if (typeof value === 'string') return value;
  return value[locale] ?? value.en ?? value.ru ?? Object.values(value)[0] ?? '';
}

/**
 * A stored number written in full as a decimal, exactly as JavaScript reads it back: the shortest text that
 * parses to the same double (12.5, 0.30000000000000004), never rounded, localised, grouped or in exponent form
 * (1e-7 is written 0.0000001), so an import's number reader takes it as it stands.
 */
export function exactDecimal(value: number): string {
  const text = String(value);
  const match = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (!match) return text;
  const digits = match[1] + (match[2] ?? '');
  const exponent = Number(match[3]);
  if (exponent < 0) return `0.${'0'.repeat(-exponent - 1)}${digits}`;
  return digits.padEnd(exponent + 1, '0');
}
