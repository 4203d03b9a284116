// A generated province for the scoring benchmarks: `indices` × `leavesPerIndex` leaves of mixed types and
// directions, and one value per agency and leaf from a seeded generator.
export function generateProvince({ agencies, indices = 8, leavesPerIndex = 10, seed = 1, sensitivity }) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const measures = [
    { type: 'number' },
    { type: 'number', per: 'prStaff' },
    { type: 'percent' },
    { type: 'boolean' },
    { type: 'rating', max: 5 },
    { type: 'number', direction: 'lower', normalize: { method: 'goalposts', min: 0, max: 48 } },
    { type: 'number', normalize: { method: 'rank' } },
  ];
  const indicators = [];
  const leaves = [];
  for (let i = 0; i < indices; i += 1) {
    const children = [];
    for (let l = 0; l < leavesPerIndex; l += 1) {
      const measure = measures[(i + l) % measures.length];
      const key = `i${i}.l${l}`;
      children.push({
        key,
        name: { ru: `Показатель ${i}.${l}`, en: `Indicator ${i}.${l}` },
        weight: 1 + ((i * 7 + l) % 5),
        measure,
      });
      leaves.push({ key, measure });
    }
    indicators.push({ key: `i${i}`, name: `Index ${i}`, weight: 10 + i, children });
  }
  const list = Array.from({ length: agencies }, (_, a) => ({
    id: `agency-${a}`,
    name: `Agency ${a}`,
    group: `g${a % 5}`,
    attributes: { prStaff: 1 + (a % 6) },
  }));
  const values = [];
  for (const agency of list) {
    for (const { key, measure } of leaves) {
      const value =
        measure.type === 'boolean'
          ? random() < 0.6
          : measure.type === 'rating'
            ? Math.round(random() * 5)
            : measure.type === 'percent'
              ? Math.round(random() * 1000) / 10
              : Math.round(random() * 200);
      values.push({ agency: agency.id, indicator: key, value });
    }
  }
  return {
    framework: { scale: 100, indicators },
    agencies: list,
    values,
    ...(sensitivity ? { sensitivity } : {}),
  };
}
