/**
 * Dashboard paths that notifications link to, without the origin (the notifier adds `PUBLIC_URL`). They follow
 * the dashboard's routes (the feature libraries of libs/dashboard), kept here so every area links to one place the same way.
 */

/** A submission's form; `field`, an indicator key, opens it at that field (the form scrolls to it). */
export function submissionLink(submissionId: string, field?: string): string {
  const path = `/submissions/${submissionId}`;
  return field ? `${path}?field=${encodeURIComponent(field)}` : path;
}

/** The agency's own submission in a cycle. */
export function ownSubmissionLink(cycleId: string): string {
  return `/submissions?cycle=${encodeURIComponent(cycleId)}`;
}

/** A submission as its reviewers see it. */
export function reviewLink(submissionId: string): string {
  return `/review/${submissionId}`;
}

/** The rankings of a published cycle. */
export function rankingsLink(cycleId: string): string {
  return `/rankings?cycle=${encodeURIComponent(cycleId)}`;
}

/** Where every agency stands against the deadline. */
export const COMPLETENESS_LINK = '/completeness';
