import type { FrameworkDocument, FrameworkDocumentNode } from '@prgauge/contracts';
import {
  addNode,
  allKeys,
  canMove,
  moveNode,
  newLeaf,
  nodeAt,
  pathAfterRemoval,
  removeNode,
  updateNode,
} from './framework-tree';

const leaf = (key: string, weight = 1): FrameworkDocumentNode => ({ ...newLeaf(key), name: key, weight });
const group = (key: string, weight: number, children: FrameworkDocumentNode[]): FrameworkDocumentNode => ({
  key,
  name: key,
  weight,
  children,
});

/** Two indices: media (releases, briefings) and web (site). */
const sample = (): FrameworkDocument => ({
  scale: 100,
  indicators: [
    group('media', 60, [leaf('media.releases', 3), leaf('media.briefings', 2)]),
    group('web', 40, [leaf('web.site')]),
  ],
});

const keysOf = (nodes: FrameworkDocumentNode[]) => nodes.map((n) => n.key);

describe('framework tree operations', () => {
  it('finds a node by its path', () => {
    expect(nodeAt(sample(), [0, 1])?.key).toBe('media.briefings');
    expect(nodeAt(sample(), [1])?.key).toBe('web');
    expect(nodeAt(sample(), [5, 0])).toBeUndefined();
  });

  it('adds a leaf as the last child of a group with a unique key and empty texts in four languages', () => {
    const { framework, path } = addNode(sample(), [0], 'leaf');
    expect(path).toEqual([0, 2]);
    const added = nodeAt(framework, path);
    expect(added).toMatchObject({
      key: 'media.new-1',
      weight: 1,
      measure: { type: 'number' },
      source: 'agency',
      evidenceRequired: false,
      name: { ru: '', kk: '', fa: '', en: '' },
    });
    expect(addNode(framework, [0], 'leaf').path).toEqual([0, 3]);
    expect(nodeAt(addNode(framework, [0], 'leaf').framework, [0, 3])?.key).toBe('media.new-2');
  });

  it('adds a top-level index that already holds a first leaf, so it is never an empty group', () => {
    const { framework, path } = addNode(sample(), null, 'group');
    expect(path).toEqual([2]);
    expect(nodeAt(framework, [2])?.key).toBe('new-1');
    expect(keysOf(nodeAt(framework, [2])?.children ?? [])).toEqual(['new-1.1']);
  });

  it('leaves the original framework untouched', () => {
    const original = sample();
    addNode(original, [0], 'leaf');
    removeNode(original, [0, 0]);
    moveNode(original, [1], -1);
    expect(original).toEqual(sample());
  });

  it('removes a node with its subtree', () => {
    const framework = removeNode(sample(), [0]);
    expect(keysOf(framework.indicators)).toEqual(['web']);
    expect(allKeys(framework).has('media.releases')).toBe(false);
  });

  it('moves a node among its siblings and reports its new path', () => {
    const down = moveNode(sample(), [0, 0], 1);
    expect(down.path).toEqual([0, 1]);
    expect(keysOf(down.framework.indicators[0].children ?? [])).toEqual([
      'media.briefings',
      'media.releases',
    ]);
    const up = moveNode(sample(), [1], -1);
    expect(keysOf(up.framework.indicators)).toEqual(['web', 'media']);
  });

  it('does not move past either end', () => {
    expect(canMove(sample(), [0], -1)).toBe(false);
    expect(canMove(sample(), [1, 0], 1)).toBe(false);
    expect(canMove(sample(), [0, 0], 1)).toBe(true);
    const stuck = moveNode(sample(), [0], -1);
    expect(stuck.path).toEqual([0]);
    expect(keysOf(stuck.framework.indicators)).toEqual(['media', 'web']);
  });

  it('updates one node only', () => {
    const framework = updateNode(sample(), [0, 1], (n) => ({ ...n, weight: 7 }));
    expect(nodeAt(framework, [0, 1])?.weight).toBe(7);
    expect(nodeAt(framework, [0, 0])?.weight).toBe(3);
    expect(nodeAt(framework, [1, 0])?.weight).toBe(1);
  });

  it('selects a neighbour after a removal, or the parent when the group is left empty', () => {
    const lastChild = removeNode(sample(), [0, 1]);
    expect(pathAfterRemoval(lastChild, [0, 1])).toEqual([0, 0]);
    const onlyChild = removeNode(sample(), [1, 0]);
    expect(pathAfterRemoval(onlyChild, [1, 0])).toEqual([1]);
    const noIndices = removeNode(removeNode(sample(), [1]), [0]);
    expect(pathAfterRemoval(noIndices, [0])).toBeNull();
  });
});
