import type { RefusedField } from '@prgauge/dashboard-shared-i18n';
import type { NodeField } from './framework-checks';
import type { NodePath } from './framework-tree';

/** A problem the API named, placed on a node and field where the path allows it. */
export interface ServerProblem {
  /** Null when the API named no node (the framework as a whole). */
  path: NodePath | null;
  field: NodeField | null;
  /** What the API said, by code; `RefusalText.field` words it. */
  problem: RefusedField;
}

const NODE_PATH = /^framework\.indicators\[(\d+)\]((?:\.children\[\d+\])*)(?:\.(.+))?$/;

/** Which editor field a field path below a node (`weight`, `measure.normalize.max`) belongs to. */
function editorField(rest: string | undefined): NodeField | null {
  if (!rest) return null;
  if (rest.startsWith('measure.normalize')) return 'normalize';
  if (rest.startsWith('measure')) return 'measure';
  const head = rest.split(/[.[]/)[0];
  return (['key', 'name', 'weight', 'children', 'source'] as const).find((f) => f === head) ?? null;
}

/**
 * Reads the API's field problems, whose fields are paths such as
 * `framework.indicators[0].children[2].weight`, into problems placed on nodes.
 */
export function placeServerProblems(details: readonly RefusedField[]): ServerProblem[] {
  return details.map((problem): ServerProblem => {
    const match = NODE_PATH.exec(problem.field);
    if (!match) return { path: null, field: null, problem };
    const nested = [...match[2].matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
    return { path: [Number(match[1]), ...nested], field: editorField(match[3]), problem };
  });
}
