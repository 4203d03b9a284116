import type {
  FrameworkDocument,
  FrameworkDocumentLeaf,
  FrameworkDocumentNode,
  LocalizedText,
} from '@prgauge/contracts';

/** Where a node sits: the index among the top-level indices, then among each group's children. */
export type NodePath = readonly number[];

export const LANGUAGES = ['ru', 'kk', 'fa', 'en'] as const;

export const samePath = (a: NodePath | null, b: NodePath | null): boolean =>
  a !== null && b !== null && a.length === b.length && a.every((n, i) => n === b[i]);

/** A stable text form of a path, for maps and element ids. */
export const pathId = (path: NodePath): string => path.join('-');

export function nodeAt(framework: FrameworkDocument, path: NodePath): FrameworkDocumentNode | undefined {
  let siblings: FrameworkDocumentNode[] | undefined = framework.indicators;
  let node: FrameworkDocumentNode | undefined;
  for (const index of path) {
    node = siblings?.[index];
    siblings = node?.children;
  }
  return node;
}

/** The list a node sits in: the top-level indices for a one-step path, else its parent's children. */
export function siblingsOf(framework: FrameworkDocument, path: NodePath): FrameworkDocumentNode[] {
  if (path.length <= 1) return framework.indicators;
  return nodeAt(framework, path.slice(0, -1))?.children ?? [];
}

/** A copy of the framework with the list at `parentPath` (empty: the top level) replaced. */
function withSiblings(
  framework: FrameworkDocument,
  parentPath: NodePath,
  change: (siblings: FrameworkDocumentNode[]) => FrameworkDocumentNode[],
): FrameworkDocument {
  const rewrite = (nodes: FrameworkDocumentNode[], depth: number): FrameworkDocumentNode[] => {
    if (depth === parentPath.length) return change(nodes);
    return nodes.map((node, i) =>
      i === parentPath[depth] && node.children
        ? { ...node, children: rewrite(node.children, depth + 1) }
        : node,
    );
  };
  return { ...framework, indicators: rewrite(framework.indicators, 0) };
}

/** Replaces one node with what `change` makes of it. */
export function updateNode(
  framework: FrameworkDocument,
  path: NodePath,
  change: (node: FrameworkDocumentNode) => FrameworkDocumentNode,
): FrameworkDocument {
  const index = path[path.length - 1];
  return withSiblings(framework, path.slice(0, -1), (nodes) =>
    nodes.map((node, i) => (i === index ? change(node) : node)),
  );
}

/** Every key in the tree, to keep new keys unique. */
export function allKeys(framework: FrameworkDocument): Set<string> {
  const keys = new Set<string>();
  const visit = (node: FrameworkDocumentNode) => {
    keys.add(node.key);
    node.children?.forEach(visit);
  };
  framework.indicators.forEach(visit);
  return keys;
}

function freshKey(framework: FrameworkDocument, parentKey: string | null): string {
  const keys = allKeys(framework);
  const prefix = parentKey ? `${parentKey}.new` : 'new';
  let n = 1;
  while (keys.has(`${prefix}-${n}`)) n++;
  return `${prefix}-${n}`;
}

const emptyText = (): LocalizedText => ({ ru: '', kk: '', fa: '', en: '' });

/** A new leaf: entered by the agency as a plain number, no evidence asked, texts still to write. */
export function newLeaf(key: string): FrameworkDocumentLeaf {
  return {
    key,
    name: emptyText(),
    weight: 1,
    measure: { type: 'number' },
    unit: emptyText(),
    help: emptyText(),
    source: 'agency',
    evidenceRequired: false,
  };
}

/**
 * Adds a leaf or a group as the last child of `parentPath` (null: a new top-level index) and returns the new
 * node's path. A group never exists empty, because the API refuses one: it comes with a first leaf.
 */
export function addNode(
  framework: FrameworkDocument,
  parentPath: NodePath | null,
  kind: 'group' | 'leaf',
): { framework: FrameworkDocument; path: NodePath } {
  const parentKey = parentPath ? (nodeAt(framework, parentPath)?.key ?? null) : null;
  const key = freshKey(framework, parentKey);
  const node: FrameworkDocumentNode =
    kind === 'leaf' ? newLeaf(key) : { key, name: emptyText(), weight: 1, children: [newLeaf(`${key}.1`)] };
  const parent = parentPath ?? [];
  const length = parentPath
    ? (nodeAt(framework, parentPath)?.children?.length ?? 0)
    : framework.indicators.length;
  return {
    framework: withSiblings(framework, parent, (nodes) => [...nodes, node]),
    path: [...parent, length],
  };
}

export function removeNode(framework: FrameworkDocument, path: NodePath): FrameworkDocument {
  const index = path[path.length - 1];
  return withSiblings(framework, path.slice(0, -1), (nodes) => nodes.filter((_, i) => i !== index));
}

export function canMove(framework: FrameworkDocument, path: NodePath, delta: -1 | 1): boolean {
  const target = path[path.length - 1] + delta;
  return target >= 0 && target < siblingsOf(framework, path).length;
}

/** Swaps a node with its previous (-1) or next (+1) sibling and returns its new path. */
export function moveNode(
  framework: FrameworkDocument,
  path: NodePath,
  delta: -1 | 1,
): { framework: FrameworkDocument; path: NodePath } {
  if (!canMove(framework, path, delta)) return { framework, path };
  const index = path[path.length - 1];
  const target = index + delta;
  const moved = withSiblings(framework, path.slice(0, -1), (nodes) => {
    const next = [...nodes];
    [next[index], next[target]] = [next[target], next[index]];
    return next;
  });
  return { framework: moved, path: [...path.slice(0, -1), target] };
}

/** Where the selection ends up after the node at `removed` is gone: its old place, a sibling, or its parent. */
export function pathAfterRemoval(framework: FrameworkDocument, removed: NodePath): NodePath | null {
  const siblings = siblingsOf(framework, removed);
  const index = removed[removed.length - 1];
  if (siblings.length > 0) return [...removed.slice(0, -1), Math.min(index, siblings.length - 1)];
  return removed.length > 1 ? removed.slice(0, -1) : null;
}
