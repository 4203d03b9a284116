import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AccountView,
  ApplicationView,
  ContestCriterion,
  ContestResults,
  ContestView,
  JuryProgressRow,
  LocalizedText,
  ScoringMode,
  VoteAnomaly,
  VoterView,
} from '@prgauge/contracts';
import { namesRole } from '@prgauge/permissions';
import { firstValueFrom } from 'rxjs';

/** A contest's fields as an organiser writes them. */
export interface ContestInput {
  title: LocalizedText;
  organiser: string;
  /** National admins only; a director's contest runs in their own region. */
  regionIds?: string[];
  year: number;
  series: string;
  rules: string | null;
  status: 'draft' | 'announced';
  applicationsOpenAt: string;
  applicationsCloseAt: string;
  judgingStartAt: string;
  judgingEndAt: string;
  votingStartAt: string | null;
  votingEndAt: string | null;
  liveCounts: boolean;
}

/** A nomination's fields as an organiser writes them. */
export interface NominationInput {
  name: LocalizedText;
  places: number;
  criteria: ContestCriterion[];
  scoringMode: ScoringMode;
  juryShare?: number;
  commentRequired: boolean;
  normaliseJurors: boolean;
  prizeAmount?: number;
  prizeCurrency?: string;
}

/** An organiser's decision on an application or a voter registration; a rejection carries its reason. */
export interface Decision<S extends string> {
  status: S;
  reason?: string;
}

/** The organisers' side of contests: set-up, screening, jury, voter verification, anomalies and results. */
@Injectable({ providedIn: 'root' })
export class ContestsAdminApi {
  private readonly http = inject(HttpClient);

  contests(): Promise<ContestView[]> {
    return firstValueFrom(this.http.get<ContestView[]>('/api/contests'));
  }

  contest(id: string): Promise<ContestView> {
    return firstValueFrom(this.http.get<ContestView>(`/api/contests/${id}`));
  }

  createContest(input: ContestInput): Promise<ContestView> {
    return firstValueFrom(this.http.post<ContestView>('/api/contests', input));
  }

  /** A stale `version` answers 409 with the contest as it is now. */
  updateContest(id: string, version: number, input: Partial<ContestInput>): Promise<ContestView> {
    return firstValueFrom(this.http.patch<ContestView>(`/api/contests/${id}`, { ...input, version }));
  }

  addNomination(contestId: string, input: NominationInput): Promise<ContestView> {
    return firstValueFrom(this.http.post<ContestView>(`/api/contests/${contestId}/nominations`, input));
  }

  /** Before judging and voting start; a stale `version` answers 409. */
  updateNomination(id: string, version: number, input: NominationInput): Promise<ContestView> {
    return firstValueFrom(this.http.patch<ContestView>(`/api/nominations/${id}`, { ...input, version }));
  }

  /** Only a nomination without applications can go. */
  deleteNomination(id: string): Promise<ContestView> {
    return firstValueFrom(this.http.delete<ContestView>(`/api/nominations/${id}`));
  }

  applications(contestId: string): Promise<ApplicationView[]> {
    return firstValueFrom(this.http.get<ApplicationView[]>(`/api/contests/${contestId}/applications`));
  }

  screen(applicationId: string, decision: Decision<'accepted' | 'rejected'>): Promise<ApplicationView> {
    return firstValueFrom(
      this.http.post<ApplicationView>(`/api/contest-applications/${applicationId}/screening`, decision),
    );
  }

  /** Accounts the organiser can seat: those whose role the permissions map names for judging, within reach. */
  async jurorAccounts(): Promise<AccountView[]> {
    const accounts = await firstValueFrom(this.http.get<AccountView[]>('/api/users'));
    return accounts.filter((a) => namesRole(a.role, 'contest.judge'));
  }

  assignJuror(nominationId: string, userId: string, organisation: string): Promise<unknown> {
    return firstValueFrom(
      this.http.post(`/api/nominations/${nominationId}/jurors`, { userId, organisation }),
    );
  }

  juryProgress(contestId: string): Promise<JuryProgressRow[]> {
    return firstValueFrom(this.http.get<JuryProgressRow[]>(`/api/contests/${contestId}/jury-progress`));
  }

  voters(contestId: string): Promise<VoterView[]> {
    return firstValueFrom(this.http.get<VoterView[]>(`/api/contests/${contestId}/voters`));
  }

  verifyVoter(voterId: string, decision: Decision<'verified' | 'rejected'>): Promise<VoterView> {
    return firstValueFrom(this.http.post<VoterView>(`/api/contest-voters/${voterId}/verification`, decision));
  }

  anomalies(contestId: string): Promise<VoteAnomaly[]> {
    return firstValueFrom(this.http.get<VoteAnomaly[]>(`/api/contests/${contestId}/vote-anomalies`));
  }

  preview(contestId: string): Promise<ContestResults> {
    return firstValueFrom(this.http.get<ContestResults>(`/api/contests/${contestId}/results/preview`));
  }

  publish(contestId: string): Promise<ContestResults> {
    return firstValueFrom(this.http.post<ContestResults>(`/api/contests/${contestId}/results/publish`, {}));
  }
}
