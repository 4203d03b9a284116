/** A `returnTo` that stays on this site: a path, never `//host` or a full address someone could slip into a link. */
export function safeReturn(target: string | undefined): string | null {
  if (!target || !target.startsWith('/') || target.startsWith('//') || target.startsWith('/\\')) return null;
  return target === '/sign-in' ? null : target;
}
