import { flattenFramework, validateScoringInput } from '@prgauge/scoring';
import { toScoringFramework } from './scoring-framework';
import { sevenIndexTemplate } from './framework-template';
import { storedLeaves } from './framework-rules';

describe('the seven-index template', () => {
  const template = sevenIndexTemplate();

  it('passes the scoring library’s validation', () => {
    expect(() =>
      validateScoringInput({ framework: toScoringFramework(template), agencies: [], values: [] }),
    ).not.toThrow();
  });

  it('has the seven indices of a provincial directorate, weighing 100 in all', () => {
    expect(template.indicators.map((n) => n.key)).toEqual([
      'media',
      'digital',
      'research',
      'advertising',
      'publications',
      'outsourcing',
      'training',
    ]);
    expect(template.indicators.reduce((sum, n) => sum + n.weight, 0)).toBe(100);
  });

  it('names every node and describes every leaf in ru, kk, fa and en', () => {
    const nodes = [...template.indicators, ...template.indicators.flatMap((n) => n.children ?? [])];
    for (const node of nodes)
      expect(Object.keys(node.name as object).sort()).toEqual(['en', 'fa', 'kk', 'ru']);
    for (const { leaf } of flattenFramework(toScoringFramework(template))) {
      const stored = storedLeaves(template).find((n) => n.key === leaf.key);
      expect(Object.keys(stored?.help ?? {}).sort()).toEqual(['en', 'fa', 'kk', 'ru']);
      expect(['agency', 'evaluator', 'computed']).toContain(stored?.source);
    }
  });

  it('lets evaluators rate some leaves and computes training from attendance', () => {
    const leaves = storedLeaves(template);
    expect(leaves.filter((l) => l.source === 'evaluator').map((l) => l.key)).toEqual([
      'media.quality',
      'research.useOfFindings',
      'publications.quality',
    ]);
    expect(leaves.find((l) => l.key === 'training.personHours')?.source).toBe('computed');
    expect(leaves.find((l) => l.key === 'media.responseHours')?.measure?.direction).toBe('lower');
  });
});
