import type { LeafMeta, LocalizedText } from './cycle';

/** How a leaf is measured, exactly as the scoring library reads it. */
export interface FrameworkMeasure {
  type: 'number' | 'percent' | 'boolean' | 'rating';
  /** Which way is better; higher by default. */
  direction?: 'higher' | 'lower';
  /** Rating only: the top of the scale. */
  max?: number;
  /** Number only: divide the value by this agency attribute first (for example `prStaff`). */
  per?: string;
  normalize?: { method: 'minmax' } | { method: 'goalposts'; min: number; max: number } | { method: 'rank' };
}

/** A framework node: the scoring library's fields plus, on leaves, the product's metadata. */
export interface FrameworkDocumentNode extends Partial<LeafMeta> {
  key: string;
  name: string | LocalizedText;
  weight: number;
  children?: FrameworkDocumentNode[];
  measure?: FrameworkMeasure;
}

/** A cycle's framework as it is stored: the scoring library's tree with leaf metadata. */
export interface FrameworkDocument {
  /** The total's maximum; 100 by default. */
  scale?: number;
  missing?: 'zero' | 'exclude';
  indicators: FrameworkDocumentNode[];
}

/** A cycle's framework and the cycle's version, which a change of the framework must name. */
export interface CycleFramework {
  version: number;
  framework: FrameworkDocument;
}
