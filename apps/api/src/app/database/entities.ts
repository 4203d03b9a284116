import { Agency } from '../agencies/agency.entity';
import { AuditEntry } from '../audit/audit-entry.entity';
import { LoginAttempt } from '../auth/login-attempt.entity';
import { UserSession } from '../auth/session.entity';
import { Cycle } from '../cycles/cycle.entity';
import { PeerGroup } from '../regions/peer-group.entity';
import { Region } from '../regions/region.entity';
import { PublishedRanking } from '../scores/published-ranking.entity';
import { ScoreSnapshot } from '../scores/score-snapshot.entity';
import { Evidence } from '../submissions/evidence.entity';
import { ReviewComment } from '../submissions/review-comment.entity';
import { SubmissionValue } from '../submissions/submission-value.entity';
import { Submission } from '../submissions/submission.entity';
import { User } from '../users/user.entity';

/** Every entity, listed once: the bundled API cannot glob for them. */
export const entities = [
  Region,
  PeerGroup,
  Agency,
  User,
  UserSession,
  LoginAttempt,
  Cycle,
  Submission,
  SubmissionValue,
  Evidence,
  ReviewComment,
  ScoreSnapshot,
  PublishedRanking,
  AuditEntry,
];
