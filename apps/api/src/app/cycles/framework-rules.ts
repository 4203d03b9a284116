import {
  frameworkDocumentLeaves,
  LEAF_SOURCES,
  nodeNameGaps,
  type Locale,
  type FrameworkDocument,
  type FrameworkDocumentLeaf,
  type FrameworkDocumentNode,
} from '@prgauge/contracts';
import type { FieldProblemInput } from '../common/api-error';
import { ScoringInputError, validateFramework } from '@prgauge/scoring';
import { toScoringFramework } from './scoring-framework';

const TEXT_FIELDS = ['description', 'help', 'unit'] as const;

/**
 * Every problem with a framework, each with its path: the scoring library's rules (the first it finds),
 * the product's own rules on leaf metadata (all of them), and every node without a name in the region's
 * `defaultLocale` (`field.name_missing_default` on `<node path>.name`). Names missing in other languages
 * are not problems: the framework editor warns about them.
 */
export function frameworkProblems(framework: unknown, defaultLocale: Locale): FieldProblemInput[] {
  if (
    typeof framework !== 'object' ||
    framework === null ||
    !Array.isArray((framework as FrameworkDocument).indicators)
  ) {
    return [
      {
        field: 'framework.indicators',
        code: 'field.type',
        params: { expected: 'array' },
        problems: ['must be a non-empty array of index nodes'],
      },
    ];
  }
  const stored = framework as FrameworkDocument;
  const problems: FieldProblemInput[] = [];
  try {
    validateFramework(toScoringFramework(stored));
  } catch (error) {
    if (!(error instanceof ScoringInputError)) throw error;
    problems.push({
      field: error.path.replace(/ \(.*\)$/, ''),
      code: 'field.invalid',
      params: error.key !== undefined ? { indicator: error.key } : {},
      problems: [error.message],
    });
  }
  stored.indicators.forEach((node, i) => collectLeafProblems(node, `framework.indicators[${i}]`, problems));
  problems.push(...nameProblems(stored, defaultLocale));
  return problems;
}

/** A node named only in other languages would show editors a bare "Value" label in the region's own. */
function nameProblems(framework: FrameworkDocument, locale: Locale): FieldProblemInput[] {
  return nodeNameGaps(framework, locale)
    .filter((gap) => gap.blocking)
    .map((gap) => ({
      field: `${gap.path}.name`,
      code: 'field.name_missing_default',
      params: { indicator: gap.key, locale },
      problems: [`"${gap.key}" needs a name in ${locale}, the region's default language`],
    }));
}

function collectLeafProblems(node: FrameworkDocumentNode, path: string, problems: FieldProblemInput[]): void {
  if (typeof node !== 'object' || node === null) return;
  if (Array.isArray(node.children)) {
    node.children.forEach((child, i) => collectLeafProblems(child, `${path}.children[${i}]`, problems));
    return;
  }
  // Not yet validated: whatever has no list of children is checked as a leaf.
  const leaf = node as FrameworkDocumentLeaf;
  const own: string[] = [];
  if (!LEAF_SOURCES.includes(leaf.source as never))
    own.push(`source of "${leaf.key}" must be one of ${LEAF_SOURCES.join(', ')}`);
  if (typeof leaf.evidenceRequired !== 'boolean')
    own.push(`evidenceRequired of "${leaf.key}" must be true or false`);
  if (leaf.source === 'evaluator' && leaf.measure?.type !== 'rating')
    own.push(`"${leaf.key}" is rated by evaluators, so its measure must be a rating`);
  own.push(...ruleProblems(leaf));
  for (const field of TEXT_FIELDS) {
    const value = leaf[field];
    if (
      value !== undefined &&
      (typeof value !== 'object' || Object.values(value).some((text) => typeof text !== 'string'))
    ) {
      own.push(`${field} of "${leaf.key}" must map languages to texts`);
    }
  }
  if (own.length)
    problems.push({ field: path, code: 'field.invalid', params: { indicator: node.key }, problems: own });
}

/** A rule belongs on a computed leaf, and a training rule may only narrow the topics. */
function ruleProblems(node: FrameworkDocumentLeaf): string[] {
  if (node.rule === undefined) return [];
  const rule: unknown = node.rule;
  if (node.source !== 'computed') return [`rule of "${node.key}" is only for computed leaves`];
  if (typeof rule !== 'object' || rule === null || Object.keys(rule).some((k) => k !== 'training'))
    return [`rule of "${node.key}" must be { "training": { "topics": [...] } }`];
  const training: unknown = (rule as { training?: unknown }).training;
  if (typeof training !== 'object' || training === null || Object.keys(training).some((k) => k !== 'topics'))
    return [`rule.training of "${node.key}" may only name topics`];
  const topics: unknown = (training as { topics?: unknown }).topics;
  if (topics !== undefined && !(Array.isArray(topics) && topics.every((t) => typeof t === 'string')))
    return [`rule.training.topics of "${node.key}" must be a list of topic codes`];
  return [];
}

/** The leaves of a stored framework, in order. */
export function storedLeaves(framework: FrameworkDocument): FrameworkDocumentLeaf[] {
  return frameworkDocumentLeaves(framework);
}
