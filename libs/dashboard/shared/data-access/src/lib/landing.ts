import type { SessionUser } from '@prgauge/contracts';

/** Where each person starts: a director on the ranking, an editor on their submission, an evaluator on the queue, a
 * juror on their score sheets and a journalist on voting. */
export function landingFor(user: SessionUser | null): string {
  switch (user?.role) {
    case undefined:
      return '/rankings';
    case 'agency_editor':
      return '/submissions';
    case 'evaluator':
    case 'committee_member':
      return '/review';
    case 'admin':
    case 'director':
    case 'viewer':
      return '/rankings';
    case 'juror':
      return '/contests/jury';
    case 'journalist':
      return '/contests/voting';
  }
}
