import { ScoringInputError } from './scoring-input-error';
import type { Framework, FrameworkNode, LeafNode, MissingPolicy, WeightOverrides } from './types';

/** The framework tree flattened into arrays in pre-order, so every pass over it is a plain loop. */
export interface CompiledFramework {
  scale: number;
  missing: MissingPolicy;
  keys: string[];
  /** Index of each node's parent, or −1 for top-level indices. */
  parent: Int32Array;
  weight: Float64Array;
  /** Leaf index of each node, or −1 for groups. */
  leafIndex: Int32Array;
  leaves: LeafNode[];
  indexOfKey: Map<string, number>;
  topLevel: number[];
}

/** Flattens a validated framework. */
export function compileFramework(framework: Framework): CompiledFramework {
  const keys: string[] = [];
  const parents: number[] = [];
  const weights: number[] = [];
  const leafIndexes: number[] = [];
  const leaves: LeafNode[] = [];
  const visit = (node: FrameworkNode, parent: number) => {
    const index = keys.length;
    keys.push(node.key);
    parents.push(parent);
    weights.push(node.weight);
    if ('children' in node) {
      leafIndexes.push(-1);
      node.children.forEach((child) => visit(child, index));
    } else {
      leafIndexes.push(leaves.length);
      leaves.push(node);
    }
  };
  const topLevel: number[] = [];
  for (const node of framework.indicators) {
    topLevel.push(keys.length);
    visit(node, -1);
  }
  return {
    scale: framework.scale ?? 100,
    missing: framework.missing ?? 'zero',
    keys,
    parent: Int32Array.from(parents),
    weight: Float64Array.from(weights),
    leafIndex: Int32Array.from(leafIndexes),
    leaves,
    indexOfKey: new Map(keys.map((key, i) => [key, i])),
    topLevel,
  };
}

/** The node weights with some replaced by key; unknown keys and weights that are not > 0 are refused. */
export function applyWeightOverrides(
  compiled: CompiledFramework,
  overrides: WeightOverrides | undefined,
): Float64Array {
  const weight = Float64Array.from(compiled.weight);
  for (const [key, value] of Object.entries(overrides ?? {})) {
    const index = compiled.indexOfKey.get(key);
    if (index === undefined)
      throw new ScoringInputError(`weights.${key}`, `unknown node key "${key}"`, { key });
    if (!(Number.isFinite(value) && value > 0))
      throw new ScoringInputError(`weights.${key}`, `weight of "${key}" must be a number > 0, got ${value}`, {
        key,
      });
    weight[index] = value;
  }
  return weight;
}
