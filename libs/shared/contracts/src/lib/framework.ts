import type { LeafMeta } from './cycle';
import type { LocalizedText } from './locale';

/*
 * The framework, typed once. The first half is the scoring engine's own input (`@prgauge/scoring` re-exports
 * it: the engine is a domain library and may import these contracts, while the contracts, a util library,
 * may not import the engine). The second half is the document the product stores per cycle and the API
 * answers with: the same tree, with names required and the product's metadata on every leaf.
 */

/** A node's display name: plain, or per language. The engine passes it through untouched. */
export type NodeName = string | LocalizedText;

export type MeasureType = 'number' | 'percent' | 'boolean' | 'rating';
export type Direction = 'higher' | 'lower';
export type MissingPolicy = 'zero' | 'exclude';

export type Normalization =
  { method: 'minmax' } | { method: 'goalposts'; min: number; max: number } | { method: 'rank' };

export interface Measure {
  type: MeasureType;
  /** Which way is better; higher by default. */
  direction?: Direction;
  /** Rating only: the top of the scale. */
  max?: number;
  /** Number only: divide the value by this agency attribute first (for example `prStaff`). */
  per?: string;
  /** Number and percent only; defaults to minmax for numbers and goalposts 0..100 for percents. */
  normalize?: Normalization;
}

export interface GroupNode {
  key: string;
  name?: NodeName;
  weight: number;
  children: FrameworkNode[];
}

export interface LeafNode {
  key: string;
  name?: NodeName;
  weight: number;
  measure: Measure;
}

export type FrameworkNode = GroupNode | LeafNode;

/** The scoring engine's framework. */
export interface Framework {
  /** The total's maximum; 100 by default. */
  scale?: number;
  /** "zero" (default): a missing leaf scores 0; "exclude": it is left out and its siblings re-proportioned. */
  missing?: MissingPolicy;
  indicators: FrameworkNode[];
}

/**
 * A leaf as a cycle stores it: the engine's leaf, named, plus who fills it, its texts and evidence rule.
 * `children` is never set on a leaf; declaring it lets code tell leaves from groups by `node.children`.
 */
export interface FrameworkDocumentLeaf extends LeafNode, LeafMeta {
  name: NodeName;
  children?: undefined;
}

/** A group as a cycle stores it: the engine's group, named, whose children are document nodes. */
export interface FrameworkDocumentGroup extends GroupNode {
  name: NodeName;
  children: FrameworkDocumentNode[];
  measure?: undefined;
}

export type FrameworkDocumentNode = FrameworkDocumentLeaf | FrameworkDocumentGroup;

/**
 * A cycle's framework as stored and answered by `GET /api/cycles/:id/framework`. Every document is a valid
 * engine `Framework` too (the extra fields are the engine's to ignore), so it can be scored as it is.
 */
export interface FrameworkDocument extends Framework {
  indicators: FrameworkDocumentNode[];
}

/** `GET` and `PUT /api/cycles/:id/framework`: the framework and the cycle's version, for the next `PUT`. */
export interface CycleFramework {
  version: number;
  framework: FrameworkDocument;
}

/** True for a group: a node with children. */
export const isFrameworkGroup = (node: FrameworkDocumentNode): node is FrameworkDocumentGroup =>
  node.children !== undefined;

/** The leaves of a framework document, in order. */
export function frameworkDocumentLeaves(framework: FrameworkDocument): FrameworkDocumentLeaf[] {
  const out: FrameworkDocumentLeaf[] = [];
  const visit = (node: FrameworkDocumentNode): void => {
    if (node.children) node.children.forEach(visit);
    else out.push(node);
  };
  framework.indicators.forEach(visit);
  return out;
}
