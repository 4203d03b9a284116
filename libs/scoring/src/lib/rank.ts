/** Totals are compared after rounding to 4 decimals, so float noise never splits a tie. */
export const roundForRanking = (total: number): number => Math.round(total * 10_000) / 10_000;

/**
 * Competition ranking (1, 2, 2, 4) of the given agencies by total, higher first; NaN totals get rank 0
 * (meaning none). `members` limits the ranking to some agencies (a peer group); others keep 0.
 */
export function competitionRanks(
  totals: Float64Array,
  members?: number[],
  out = new Int32Array(totals.length),
): Int32Array {
  const order = (members ?? Array.from(totals.keys())).filter((i) => !Number.isNaN(totals[i]));
  const rounded = new Float64Array(totals.length);
  for (const i of order) rounded[i] = roundForRanking(totals[i]);
  order.sort((x, y) => rounded[y] - rounded[x]);
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k];
    out[i] = k > 0 && rounded[i] === rounded[order[k - 1]] ? out[order[k - 1]] : k + 1;
  }
  return out;
}

/** Agency indices per peer group, for group ranks. */
export function groupMembers(groups: (string | undefined)[]): Map<string, number[]> {
  const members = new Map<string, number[]>();
  groups.forEach((group, i) => {
    if (group === undefined) return;
    const list = members.get(group) ?? [];
    list.push(i);
    members.set(group, list);
  });
  return members;
}
