import type { FrameworkDocumentNode } from '@prgauge/contracts';

/**
 * An indicator as refusals name it in their params: `indicator`, its framework key, and `title`, its name in
 * English where the framework has one, else in its first language, so a client can show a name, not a key.
 */
export function indicatorParams(leaf: FrameworkDocumentNode): { indicator: string; title: string } {
  const name = leaf.name;
  const title =
    typeof name === 'string' ? name : (name.en ?? name.ru ?? Object.values(name).find(Boolean) ?? leaf.key);
  return { indicator: leaf.key, title };
}
