import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AccountView,
  ApplicationView,
  AssignJurorRequest,
  ContestResults,
  ContestView,
  CreateContestRequest,
  CreateNominationRequest,
  JurorView,
  JuryProgressRow,
  NominationView,
  Page,
  PageQuery,
  ScreenApplicationRequest,
  ScreeningStatus,
  UpdateContestRequest,
  UpdateNominationRequest,
  VerifyMeasureRequest,
  VerifyVoterRequest,
  VoteAnomaly,
  VoterView,
} from '@prgauge/contracts';
import { ROLES } from '@prgauge/contracts';
import { OrganisationApi } from '@prgauge/dashboard-organisation-data-access';
import { withPage } from '@prgauge/dashboard-shared-data-access';
import { namesRole } from '@prgauge/permissions';
import { firstValueFrom } from 'rxjs';

/** The organisers' side of contests: set-up, screening, jury, voter verification, anomalies and results. */
@Injectable({ providedIn: 'root' })
export class ContestsAdminApi {
  private readonly http = inject(HttpClient);
  private readonly organisation = inject(OrganisationApi);

  contests(): Promise<ContestView[]> {
    return firstValueFrom(this.http.get<ContestView[]>('/api/contests'));
  }

  contest(id: string): Promise<ContestView> {
    return firstValueFrom(this.http.get<ContestView>(`/api/contests/${id}`));
  }

  createContest(input: CreateContestRequest): Promise<ContestView> {
    return firstValueFrom(this.http.post<ContestView>('/api/contests', input));
  }

  /** A stale `version` answers 409 with the contest as it is now. */
  updateContest(
    id: string,
    version: number,
    input: Omit<UpdateContestRequest, 'version'>,
  ): Promise<ContestView> {
    const body: UpdateContestRequest = { ...input, version };
    return firstValueFrom(this.http.patch<ContestView>(`/api/contests/${id}`, body));
  }

  /** Answers with the new nomination. */
  addNomination(contestId: string, input: CreateNominationRequest): Promise<NominationView> {
    return firstValueFrom(this.http.post<NominationView>(`/api/contests/${contestId}/nominations`, input));
  }

  /** Before judging and voting start; a stale `version` answers 409. Answers with the changed nomination. */
  updateNomination(
    id: string,
    version: number,
    input: Omit<UpdateNominationRequest, 'version'>,
  ): Promise<NominationView> {
    const body: UpdateNominationRequest = { ...input, version };
    return firstValueFrom(this.http.patch<NominationView>(`/api/nominations/${id}`, body));
  }

  /** Only a nomination without applications can go; answers 204. */
  deleteNomination(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/nominations/${id}`));
  }

  /** A page of the contest's applications in the order they were filed, narrowed to a nomination or state. */
  applications(
    contestId: string,
    filter: { nominationId?: string; screening?: ScreeningStatus; search?: string } = {},
    page: PageQuery = {},
  ): Promise<Page<ApplicationView>> {
    let params = new HttpParams();
    if (filter.nominationId) params = params.set('nominationId', filter.nominationId);
    if (filter.screening) params = params.set('screening', filter.screening);
    if (filter.search) params = params.set('search', filter.search);
    return firstValueFrom(
      this.http.get<Page<ApplicationView>>(`/api/contests/${contestId}/applications`, {
        params: withPage(params, page),
      }),
    );
  }

  screen(applicationId: string, decision: ScreenApplicationRequest): Promise<ApplicationView> {
    return firstValueFrom(
      this.http.post<ApplicationView>(`/api/contest-applications/${applicationId}/screening`, decision),
    );
  }

  /**
   * The organiser's verified value of a measured criterion (null withdraws it); `version` is the measure's,
   * 0 when none is held yet, and a stale one answers 409. Answers with the application.
   */
  verifyMeasure(applicationId: string, body: VerifyMeasureRequest): Promise<ApplicationView> {
    return firstValueFrom(
      this.http.put<ApplicationView>(`/api/contest-applications/${applicationId}/measures`, body),
    );
  }

  /**
   * Accounts the organiser can seat: those of the contest's regions whose role the permissions map names for
   * judging, by region, then login.
   */
  async jurorAccounts(regionIds: readonly string[]): Promise<AccountView[]> {
    const roles = ROLES.filter((role) => namesRole(role, 'contest.judge'));
    const lists = await Promise.all(
      regionIds.flatMap((regionId) =>
        roles.map((role) => this.organisation.regionAccounts(regionId, { role })),
      ),
    );
    return lists.flat();
  }

  assignJuror(nominationId: string, userId: string, organisation: string): Promise<JurorView> {
    const body: AssignJurorRequest = { userId, organisation };
    return firstValueFrom(this.http.post<JurorView>(`/api/nominations/${nominationId}/jurors`, body));
  }

  juryProgress(contestId: string): Promise<JuryProgressRow[]> {
    return firstValueFrom(this.http.get<JuryProgressRow[]>(`/api/contests/${contestId}/jury-progress`));
  }

  voters(contestId: string): Promise<VoterView[]> {
    return firstValueFrom(this.http.get<VoterView[]>(`/api/contests/${contestId}/voters`));
  }

  verifyVoter(voterId: string, decision: VerifyVoterRequest): Promise<VoterView> {
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

  /** One certificate page per winner, as a PDF, once the results are published; a refusal's body is a Blob. */
  certificatesPdf(contestId: string, lang: string): Promise<Blob> {
    return firstValueFrom(
      this.http.get(`/api/contests/${contestId}/certificates.pdf`, {
        params: new HttpParams().set('lang', lang),
        responseType: 'blob',
      }),
    );
  }
}
