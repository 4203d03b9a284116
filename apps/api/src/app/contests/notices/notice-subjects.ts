import type { Locale, LocalizedText, ScreeningStatus } from '@prgauge/contracts';

/** What the notices read of a contest (its record belongs to `setup/`, which passes it in). */
export interface NoticeContest {
  id: string;
  title: LocalizedText;
  regionIds: string[];
  judgingEndAt: Date | null;
}

/** What the notices read of an application (its record belongs to `applications/`, which passes it in). */
export interface NoticeApplication {
  id: string;
  version: number;
  referenceNumber: string;
  projectTitle: string;
  filerId: string | null;
  contactEmail: string | null;
  locale: Locale | null;
  screening: ScreeningStatus;
  screeningReason: string | null;
}
