import { mulberry32 } from '@prgauge/scoring';
import type { FrameworkDocumentLeaf } from '@prgauge/contracts';

/** A seeded generator of plausible indicator values, so every demo installation shows the same region. */
export class DemoValues {
  private readonly random: () => number;

  constructor(seed: number) {
    this.random = mulberry32(seed);
  }

  /** A number in [0, 1). */
  next(): number {
    return this.random();
  }

  /** How good an agency's PR unit is, 0..1, drifting a little from year to year. */
  quality(base: number, year: number): number {
    return Math.min(0.97, Math.max(0.08, base + (this.random() - 0.5) * 0.16 + year * 0.03));
  }

  /** A value for one leaf from an agency of the given quality. */
  valueFor(leaf: FrameworkDocumentLeaf, quality: number, prStaff: number): number {
    const noise = () => (this.random() - 0.5) * 0.35;
    const q = Math.min(1, Math.max(0, quality + noise()));
    const measure = leaf.measure;
    if (!measure) return 0;
    switch (measure.type) {
      case 'boolean':
        return this.random() < q ? 1 : 0;
      case 'rating':
        return Math.max(1, Math.round(q * (measure.max ?? 5)));
      case 'percent':
        return Math.round(q * 1000) / 10;
      case 'number':
        return this.number(leaf.key, q, prStaff, measure.direction === 'lower');
    }
  }

  private number(key: string, q: number, prStaff: number, lowerIsBetter: boolean): number {
    if (lowerIsBetter) return Math.round((2 + (1 - q) * 40) * 10) / 10;
    const scale: Record<string, number> = {
      'media.releases': 60,
      'media.briefings': 24,
      'digital.channelMembers': 12000,
      'digital.liveStreams': 20,
      'research.polls': 6,
      'advertising.campaigns': 10,
      'advertising.exhibitions': 5,
      'advertising.films': 8,
      'publications.issues': 12,
      'outsourcing.contracts': 4,
    };
    const perStaff = key === 'media.releases' ? prStaff : 1;
    return Math.round(q * (scale[key] ?? 10) * perStaff);
  }
}
