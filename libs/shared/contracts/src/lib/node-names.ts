import type { FrameworkDocument, FrameworkDocumentNode } from './framework';
import { LOCALES, type Locale } from './locale';

/**
 * The language a region's texts must at least be written in: the region's `defaultLocale` when it has one of
 * the product's languages there, else Russian. Regions that do not carry a default language yet (and any
 * region view without the field) read as Russian; this one function is where the choice is made.
 */
export function regionDefaultLocale(region: object | null | undefined): Locale {
  const chosen: unknown = region && 'defaultLocale' in region ? region.defaultLocale : null;
  return LOCALES.find((locale) => locale === chosen) ?? 'ru';
}

/** One node whose name lacks a language: `path` as the API names fields, `key` the node's key. */
export interface NodeNameGap {
  path: string;
  key: string;
  /** The languages without a name, in the product's order. */
  missing: Locale[];
  /** True when the default language is among them: a refusal rather than a warning. */
  blocking: boolean;
}

/**
 * Every node of the framework whose name lacks a language. A plain-string name counts as written in every
 * language; an empty or blank text counts as missing. Nodes come in tree order (depth first).
 */
export function nodeNameGaps(framework: FrameworkDocument, defaultLocale: Locale): NodeNameGap[] {
  const gaps: NodeNameGap[] = [];
  const visit = (node: FrameworkDocumentNode, path: string): void => {
    if (typeof node !== 'object' || node === null) return;
    const missing = missingNameLocales(node.name);
    if (missing.length)
      gaps.push({ path, key: String(node.key), missing, blocking: missing.includes(defaultLocale) });
    if (Array.isArray(node.children))
      node.children.forEach((child, i) => visit(child, `${path}.children[${i}]`));
  };
  if (Array.isArray(framework?.indicators))
    framework.indicators.forEach((node, i) => visit(node, `framework.indicators[${i}]`));
  return gaps;
}

/**
 * The languages a node's name lacks, in the product's order: none for a non-blank plain string, all four for no
 * name; a blank text counts as missing.
 */
export function missingNameLocales(name: unknown): Locale[] {
  if (typeof name === 'string') return name.trim() ? [] : [...LOCALES];
  if (typeof name !== 'object' || name === null) return [...LOCALES];
  const texts = name as Partial<Record<Locale, unknown>>;
  return LOCALES.filter((locale) => {
    const text = texts[locale];
    return typeof text !== 'string' || !text.trim();
  });
}
