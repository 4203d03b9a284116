import type { Framework, FrameworkDocument, FrameworkDocumentNode, FrameworkNode } from '@prgauge/contracts';

/** The scoring library reads only its own fields; the product's per-leaf metadata stays behind. */
export function toScoringFramework(framework: FrameworkDocument): Framework {
  return {
    ...(framework.scale !== undefined ? { scale: framework.scale } : {}),
    ...(framework.missing !== undefined ? { missing: framework.missing } : {}),
    indicators: framework.indicators.map(toFrameworkNode),
  };
}

function toFrameworkNode(node: FrameworkDocumentNode): FrameworkNode {
  // A framework sent by a client comes through here before it is validated: whatever is not a node, or
  // children that are not a list, go on as they are, for the library to refuse with their path.
  if (typeof node !== 'object' || node === null) return node;
  const base = { key: node.key, name: node.name, weight: node.weight };
  if (Array.isArray(node.children))
    return { ...base, children: node.children.map(toFrameworkNode) } as FrameworkNode;
  if (node.children !== undefined) return { ...base, children: node.children } as FrameworkNode;
  return { ...base, measure: node.measure } as FrameworkNode;
}
