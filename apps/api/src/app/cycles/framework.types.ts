import type { LeafMeta, LocalizedText } from '@prgauge/contracts';

/** A measure exactly as the scoring library reads it. */
export interface StoredMeasure {
  type: 'number' | 'percent' | 'boolean' | 'rating';
  direction?: 'higher' | 'lower';
  max?: number;
  per?: string;
  normalize?: { method: 'minmax' } | { method: 'goalposts'; min: number; max: number } | { method: 'rank' };
}

/** A framework node: the scoring library's fields plus, on leaves, the product's metadata. */
export interface StoredNode extends Partial<LeafMeta> {
  key: string;
  name: string | LocalizedText;
  weight: number;
  children?: StoredNode[];
  measure?: StoredMeasure;
}

export interface StoredFramework {
  scale?: number;
  missing?: 'zero' | 'exclude';
  indicators: StoredNode[];
}
