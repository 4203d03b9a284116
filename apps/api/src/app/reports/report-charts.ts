import { escapeHtml, formatNumber, type ReportLocale } from './report-format';

/**
 * Charts drawn as inline SVG, so a page needs no script and prints the same every time. Colours follow the
 * dashboard's charts: the agency in blue, the region's average in grey, the best agency in green.
 */
export const SERIES_COLOURS = ['#1f6feb', '#8b949e', '#2da44e'] as const;

/** One polygon of a radar: its values 0..100 per axis, in the axes' order. */
export interface RadarSeries {
  values: (number | null)[];
  colour: string;
}

const round = (n: number) => Math.round(n * 10) / 10;

/**
 * A radar of the top-level indices, each axis 0..100, with rings at 25, 50, 75 and 100. Axis names wrap onto up to
 * three lines (and only then shorten), so long index names stay inside the drawing.
 */
export function radarChart(loc: ReportLocale, axes: string[], series: RadarSeries[], size = 300): string {
  const width = size + 40;
  const centre = { x: width / 2, y: size / 2 };
  const radius = size / 2 - 70;
  const point = (axis: number, value: number) => {
    const angle = (Math.PI * 2 * axis) / axes.length - Math.PI / 2;
    const r = (radius * Math.max(0, Math.min(100, value))) / 100;
    return [round(centre.x + r * Math.cos(angle)), round(centre.y + r * Math.sin(angle))] as const;
  };
  const rings = [25, 50, 75, 100]
    .map((level) => axes.map((_, i) => point(i, level).join(',')).join(' '))
    .map((points) => `<polygon points="${points}" fill="none" stroke="#d0d7de" stroke-width="0.6"/>`);
  const spokes = axes.map((_, i) => {
    const [x, y] = point(i, 100);
    return `<line x1="${centre.x}" y1="${centre.y}" x2="${x}" y2="${y}" stroke="#d0d7de" stroke-width="0.6"/>`;
  });
  const lineHeight = 9.5;
  const labels = axes.map((label, i) => {
    const [x, y] = point(i, 115);
    const side = Math.abs(x - centre.x) < 8 ? 0 : x > centre.x ? 1 : -1;
    const anchor = side === 0 ? 'middle' : side > 0 ? 'start' : 'end';
    // The room between the label's anchor and the drawing's edge, at about 4.6 units per character of 8-unit type.
    const room = side === 0 ? width * 0.45 : side > 0 ? width - x - 2 : x - 2;
    const lines = wrapLabel(label, Math.max(8, Math.floor(room / 4.6)), 3);
    // Labels above the centre grow upwards, those below downwards, those beside it around their anchor.
    const above = y < centre.y - 8;
    const below = y > centre.y + 8;
    const firstY = above
      ? y - (lines.length - 1) * lineHeight
      : below
        ? y + 3
        : y - ((lines.length - 1) * lineHeight) / 2;
    const tspans = lines
      .map((line, n) => `<tspan x="${x}" y="${round(firstY + n * lineHeight)}">${escapeHtml(line)}</tspan>`)
      .join('');
    return `<text font-size="8" text-anchor="${anchor}" dominant-baseline="middle">${tspans}</text>`;
  });
  const polygons = series.map(({ values, colour }) => {
    const points = values.map((v, i) => point(i, v ?? 0).join(',')).join(' ');
    return `<polygon points="${points}" fill="${colour}" fill-opacity="0.12" stroke="${colour}" stroke-width="1.6"/>`;
  });
  return svg(width, size, [...rings, ...spokes, ...polygons, ...labels]);
}

/** Words spread over at most `maxLines` lines of about `perLine` characters; what still does not fit is shortened. */
export function wrapLabel(text: string, perLine: number, maxLines: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= perLine)
      lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length > maxLines) lines.splice(maxLines - 1, Infinity, lines.slice(maxLines - 1).join(' '));
  return lines.map((line) => clip(line, perLine));
}

/**
 * The same comparison as grouped bars, for a framework of one or two indices, where a radar has no area: per
 * index, one bar per series, 0..100.
 */
export function groupedBars(loc: ReportLocale, axes: string[], series: RadarSeries[], width = 300): string {
  const bar = 9;
  const group = series.length * (bar + 2) + 16;
  const rtl = loc.dir === 'rtl';
  const parts = axes.flatMap((label, i) => {
    const top = i * group;
    return [
      `<text x="${rtl ? width : 0}" y="${top + 10}" font-size="9" text-anchor="${rtl ? 'end' : 'start'}">${escapeHtml(clip(label, 48))}</text>`,
      ...series.map(({ values, colour }, j) => {
        const length = round(((width - 40) * Math.max(0, Math.min(100, values[i] ?? 0))) / 100);
        const y = top + 14 + j * (bar + 2);
        const x = rtl ? width - length : 0;
        const valueX = rtl ? x - 3 : length + 3;
        return `<rect x="${x}" y="${y}" width="${length}" height="${bar}" fill="${colour}"/><text x="${valueX}" y="${y + bar - 1}" font-size="8" text-anchor="${rtl ? 'end' : 'start'}">${formatNumber(loc, values[i])}</text>`;
      }),
    ];
  });
  return svg(width, axes.length * group, parts);
}

/**
 * A line of totals over cycles, oldest first, with each point's value printed above it and the cycle's name
 * under it, wrapped onto up to three lines and kept inside the drawing.
 */
export function trendChart(
  loc: ReportLocale,
  points: { label: string; value: number | null }[],
  scale: number,
  width = 320,
  height = 150,
): string {
  // Cycle names wrap onto up to three lines of about 14 characters; the edge labels are centred on the first and last
  // points, so the sides leave half the widest of their lines (about 4.9 units per character of 8.5-unit type).
  const lineHeight = 10;
  const labels = points.map((p) => wrapLabel(p.label, 14, 3));
  const halfWidest = (lines: string[] | undefined) =>
    Math.max(0, ...(lines ?? []).map((line) => Array.from(line).length)) * 2.45 + 3;
  const side = Math.min(width / 4, Math.max(16, halfWidest(labels[0]), halfWidest(labels.at(-1))));
  const lines = Math.max(1, ...labels.map((l) => l.length));
  const pad = { left: side, right: side, top: 18, bottom: 16 + lines * lineHeight };
  const inner = { w: width - pad.left - pad.right, h: height - pad.top - pad.bottom };
  // Oldest on the reading start side: left for left-to-right readers, right for Persian readers.
  const xOf = (i: number) => {
    const t = points.length === 1 ? 0.5 : i / (points.length - 1);
    return round(pad.left + inner.w * (loc.dir === 'rtl' ? 1 - t : t));
  };
  const yOf = (v: number) => round(pad.top + inner.h * (1 - Math.max(0, Math.min(scale, v)) / scale));
  const drawn = points.flatMap((p, i) => (p.value === null ? [] : [{ ...p, x: xOf(i), y: yOf(p.value) }]));
  const line = drawn.map((p) => `${p.x},${p.y}`).join(' ');
  const baseline = pad.top + inner.h;
  const parts = [
    `<line x1="${pad.left}" y1="${baseline}" x2="${width - pad.right}" y2="${baseline}" stroke="#d0d7de"/>`,
    drawn.length > 1
      ? `<polyline points="${line}" fill="none" stroke="${SERIES_COLOURS[0]}" stroke-width="2"/>`
      : '',
    ...drawn.map(
      (p) =>
        `<circle cx="${p.x}" cy="${p.y}" r="3" fill="${SERIES_COLOURS[0]}"/><text x="${p.x}" y="${p.y - 7}" font-size="9" text-anchor="middle">${formatNumber(loc, p.value)}</text>`,
    ),
    ...labels.map((label, i) => {
      const tspans = label
        .map(
          (text, n) =>
            `<tspan x="${xOf(i)}" y="${round(baseline + 14 + n * lineHeight)}">${escapeHtml(text)}</tspan>`,
        )
        .join('');
      return `<text font-size="8.5" text-anchor="middle" fill="#57606a">${tspans}</text>`;
    }),
  ];
  return svg(width, height, parts);
}

/** Horizontal bars, one per row in the given order, each with its value at the end. */
export function barChart(
  loc: ReportLocale,
  rows: { label: string; value: number | null }[],
  max: number,
  width = 640,
): string {
  const rowHeight = rows.length > 30 ? 11 : 16;
  const labelWidth = 190;
  const barSpace = width - labelWidth - 50;
  const height = rows.length * rowHeight + 6;
  const rtl = loc.dir === 'rtl';
  const parts = rows.flatMap((row, i) => {
    const y = 3 + i * rowHeight;
    const length = round((barSpace * Math.max(0, Math.min(max, row.value ?? 0))) / max);
    const barX = rtl ? width - labelWidth - length : labelWidth;
    const labelX = rtl ? width - 4 : labelWidth - 6;
    const valueX = rtl ? barX - 4 : barX + length + 4;
    const font = rowHeight - 5;
    return [
      `<text x="${labelX}" y="${y + rowHeight / 2}" font-size="${font}" text-anchor="end" dominant-baseline="middle">${escapeHtml(clip(row.label, 34))}</text>`,
      `<rect x="${barX}" y="${y + 1.5}" width="${length}" height="${rowHeight - 4}" fill="${SERIES_COLOURS[0]}" rx="1.5"/>`,
      `<text x="${valueX}" y="${y + rowHeight / 2}" font-size="${font}" text-anchor="${rtl ? 'end' : 'start'}" dominant-baseline="middle">${formatNumber(loc, row.value)}</text>`,
    ];
  });
  return svg(width, height, parts);
}

function clip(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/** Anchors are given for left-to-right geometry, so the SVG is ltr even inside a Persian page; text still shapes. */
function svg(width: number, height: number, parts: string[]): string {
  return `<svg direction="ltr" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" style="max-width:100%;height:auto">${parts.join('')}</svg>`;
}
