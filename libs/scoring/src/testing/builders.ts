import type {
  AgencyInput,
  Framework,
  FrameworkNode,
  Measure,
  MissingPolicy,
  ScoringInput,
  SensitivityOptions,
  ValueInput,
} from '../lib/types';

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

class FrameworkBuilder {
  private readonly framework: Framework = { indicators: [] };

  /** Adds top-level nodes. */
  with(...nodes: FrameworkNode[]): this {
    this.framework.indicators.push(...nodes);
    return this;
  }
  outOf(scale: number): this {
    this.framework.scale = scale;
    return this;
  }
  missing(policy: MissingPolicy): this {
    this.framework.missing = policy;
    return this;
  }
  build(): Framework {
    return structuredClone(this.framework);
  }
}

/** `aFramework().outOf(1000).missing('exclude').with(group('media', 2, leaf('m', 1))).build()` */
export const aFramework = () => new FrameworkBuilder();

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
    return structuredClone(this.agency);
  }
}

/** `anAgency('a1').inGroup('health').with('prStaff', 4).build()` */
export const anAgency = (id: string) => new AgencyBuilder(id);

/** Values by agency, then indicator: `{ a1: { 'media.releases': 12 } }`. */
export type ValueTable = Record<string, Record<string, number | boolean>>;

/** A document from a framework (or its top-level nodes), agencies (or bare ids) and a table of values. */
export function aDocument(
  framework: Framework | FrameworkNode[],
  agencies: (AgencyInput | string)[],
  table: ValueTable,
  sensitivity?: SensitivityOptions,
): ScoringInput {
  const values: ValueInput[] = Object.entries(table).flatMap(([agency, row]) =>
    Object.entries(row).map(([indicator, value]) => ({ agency, indicator, value })),
  );
  return {
    framework: Array.isArray(framework) ? { indicators: framework } : framework,
    agencies: agencies.map((a) => (typeof a === 'string' ? anAgency(a).build() : a)),
    values,
    ...(sensitivity ? { sensitivity } : {}),
  };
}

/** Results keyed by agency id, for readable assertions. */
export const byAgency = <T extends { agency: string }>(results: T[]): Record<string, T> =>
  Object.fromEntries(results.map((r) => [r.agency, r]));
