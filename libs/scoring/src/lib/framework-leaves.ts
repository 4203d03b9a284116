import type { Framework, FrameworkNode, LeafNode } from './types';

export interface FlatLeaf {
  leaf: LeafNode;
  /** Keys from the top-level index down to the leaf. */
  path: string[];
  /** The leaf's share of the framework's full weight, 0..1. */
  share: number;
}

/** The leaves of a framework in order, with their path and weight share. */
export function flattenFramework(framework: Framework): FlatLeaf[] {
  const out: FlatLeaf[] = [];
  const visit = (nodes: FrameworkNode[], path: string[], share: number) => {
    const sum = nodes.reduce((total, node) => total + node.weight, 0);
    for (const node of nodes) {
      const nodeShare = (share * node.weight) / sum;
      if ('children' in node) visit(node.children, [...path, node.key], nodeShare);
      else out.push({ leaf: node, path: [...path, node.key], share: nodeShare });
    }
  };
  visit(framework.indicators, [], 1);
  return out;
}
