import type { AgencyInput, Framework, FrameworkNode, Measure, ScoringInput, ValueInput } from '../lib/types';

/** A leaf node; the measure defaults to a higher-is-better number. */
export const leaf = (key: string, weight: number, measure: Measure = { type: 'number' }): FrameworkNode => ({
  key,
  weight,
  measure,
});

export const group = (key: string, weight: number, ...children: FrameworkNode[]): FrameworkNode => ({
  key,
  weight,
  children,
});

class AgencyBuilder {
  private readonly agency: AgencyInput;
  constructor(id: string) {
    this.agency = { id, name: id };
  }
  inGroup(group: string): this {
    this.agency.group = group;
    return this;
  }
  with(attribute: string, value: number): this {
    this.agency.attributes = { ...this.agency.attributes, [attribute]: value };
    return this;
  }
  build(): AgencyInput {
    return { ...this.agency };
  }
}

export const anAgency = (id: string) => new AgencyBuilder(id);

/** A document from a framework, agencies and a table of values by agency then indicator. */
export function aDocument(
  framework: Framework | FrameworkNode[],
  agencies: (AgencyInput | string)[],
  table: Record<string, Record<string, number | boolean>>,
): ScoringInput {
  const values: ValueInput[] = Object.entries(table).flatMap(([agency, row]) =>
    Object.entries(row).map(([indicator, value]) => ({ agency, indicator, value })),
  );
  return {
    framework: Array.isArray(framework) ? { indicators: framework } : framework,
    agencies: agencies.map((a) => (typeof a === 'string' ? anAgency(a).build() : a)),
    values,
  };
}
