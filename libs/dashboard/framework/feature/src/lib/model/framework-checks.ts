import {
  missingNameLocales,
  type FrameworkDocument,
  type FrameworkDocumentNode,
  type Locale,
} from '@prgauge/contracts';
import { NodePath, pathId } from './framework-tree';

/** The weights of one level: their sum, each node's share of it, and whether the API would accept them. */
export interface LevelWeights {
  sum: number;
  /** 0..1 per node, in order; 0 for a node whose weight is not usable. */
  shares: number[];
  /** Why the API would refuse this level, or null: every weight must be a number > 0, and a group needs a child. */
  problem: 'empty' | 'notPositive' | null;
}

const usable = (weight: unknown): weight is number =>
  typeof weight === 'number' && Number.isFinite(weight) && weight > 0;

/**
 * Weights are relative within a level (a group's score is the weighted mean of its children), so the sum is a
 * guide rather than a target; what the API enforces is that every weight is > 0 and no group is empty.
 */
export function levelWeights(nodes: readonly FrameworkDocumentNode[]): LevelWeights {
  const sum = nodes.reduce((total, node) => total + (usable(node.weight) ? node.weight : 0), 0);
  return {
    sum,
    shares: nodes.map((node) => (usable(node.weight) && sum > 0 ? node.weight / sum : 0)),
    problem: nodes.length === 0 ? 'empty' : nodes.every((n) => usable(n.weight)) ? null : 'notPositive',
  };
}

/** A field of a node the editor can point at. */
export type NodeField = 'key' | 'name' | 'weight' | 'children' | 'measure' | 'normalize' | 'source' | 'texts';

/** Something to fix before the API would accept the framework, or a text still missing; `code` is a text key. */
export interface NodeHint {
  path: NodePath;
  field: NodeField;
  code: string;
  /** Hints that do not stop a save: missing translations. */
  advisory?: boolean;
}

/**
 * The problems the API would report, found while typing, plus missing translations of names. A name missing in
 * the region's `defaultLocale` stops a save (`nameMissingDefault`); missing in another language it is advice.
 */
export function frameworkHints(framework: FrameworkDocument, defaultLocale: Locale): NodeHint[] {
  const hints: NodeHint[] = [];
  const seen = new Map<string, number>();
  const visit = (node: FrameworkDocumentNode, path: NodePath) => {
    seen.set(node.key, (seen.get(node.key) ?? 0) + 1);
    hints.push(...nodeHints(node, path, defaultLocale));
    node.children?.forEach((child, i) => visit(child, [...path, i]));
  };
  framework.indicators.forEach((node, i) => visit(node, [i]));
  const duplicate = (node: FrameworkDocumentNode, path: NodePath) => {
    if (node.key.trim() && (seen.get(node.key) ?? 0) > 1)
      hints.push({ path, field: 'key', code: 'keyDuplicate' });
    node.children?.forEach((child, i) => duplicate(child, [...path, i]));
  };
  framework.indicators.forEach((node, i) => duplicate(node, [i]));
  return hints;
}

function nodeHints(node: FrameworkDocumentNode, path: NodePath, defaultLocale: Locale): NodeHint[] {
  const hints: NodeHint[] = [];
  const hint = (field: NodeField, code: string, advisory = false) =>
    hints.push({ path, field, code, ...(advisory ? { advisory } : {}) });
  if (!node.key.trim()) hint('key', 'keyEmpty');
  if (!usable(node.weight)) hint('weight', 'weightNotPositive');
  const missing = missingNameLocales(node.name);
  if (missing.includes(defaultLocale)) hint('name', 'nameMissingDefault');
  else if (missing.length) hint('name', 'nameMissing', true);
  if (node.children) {
    if (node.children.length === 0) hint('children', 'groupEmpty');
    return hints;
  }
  const measure = node.measure;
  if (!measure) return hints;
  if (measure.type === 'rating' && !usable(measure.max)) hint('measure', 'ratingMax');
  if (node.source === 'evaluator' && measure.type !== 'rating') hint('source', 'evaluatorRating');
  const goalposts = measure.normalize?.method === 'goalposts' ? measure.normalize : null;
  if (goalposts && !(Number.isFinite(goalposts.min) && Number.isFinite(goalposts.max)))
    hint('normalize', 'goalpostsMissing');
  else if (goalposts && goalposts.max <= goalposts.min) hint('normalize', 'goalpostsOrder');
  return hints;
}

/** Hints grouped by node, for the tree's markers and the detail panel. */
export function hintsByNode(hints: readonly NodeHint[]): Map<string, NodeHint[]> {
  const byNode = new Map<string, NodeHint[]>();
  for (const hint of hints) byNode.set(pathId(hint.path), [...(byNode.get(pathId(hint.path)) ?? []), hint]);
  return byNode;
}
