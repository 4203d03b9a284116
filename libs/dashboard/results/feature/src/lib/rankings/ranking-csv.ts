import { csvCell, type LocalizedText, type RankingResponse, type RankingRow } from '@prgauge/contracts';

export interface CsvTexts {
  headers: {
    rank: string;
    movement: string;
    code: string;
    agency: string;
    group: string;
    total: string;
    coverage: string;
  };
  name: (text: LocalizedText | string) => string;
}

/** The rows shown, as CSV with a byte-order mark so spreadsheet programs read Cyrillic and Persian correctly. */
export function rankingCsv(ranking: RankingResponse, rows: RankingRow[], texts: CsvTexts): string {
  const groups = new Map(ranking.peerGroups.map((g) => [g.code, texts.name(g.name)]));
  const header = [
    texts.headers.rank,
    texts.headers.movement,
    texts.headers.code,
    texts.headers.agency,
    texts.headers.group,
    texts.headers.total,
    ...ranking.indices.map((index) => texts.name(index.name)),
    texts.headers.coverage,
  ];
  const lines = rows.map((row) => [
    row.rank,
    row.movement,
    row.code,
    texts.name(row.name),
    row.peerGroup ? (groups.get(row.peerGroup) ?? row.peerGroup) : null,
    row.total === null ? null : Number(row.total.toFixed(2)),
    ...ranking.indices.map((index) => {
      const score = row.indices[index.key];
      return score === null || score === undefined ? null : Number(score.toFixed(1));
    }),
    Math.round(row.coverage * 100),
  ]);
  return `\uFEFF${[header, ...lines].map((line) => line.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
