import { HttpClient, HttpEventType } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  ApplicantApplicationView,
  ApplicationView,
  CastVoteRequest,
  ContestBallot,
  ContestResults,
  ContestView,
  DeclareConflictRequest,
  FileApplicationRequest,
  JurorTask,
  PublicApplicationReceipt,
  UpdateApplicationByLinkRequest,
  PublicApplicationRequest,
  RegionView,
  RegisterVoterRequest,
  ScoreSheetRequest,
  VoteReceipt,
  VoterRegistrationReceipt,
  VoterView,
} from '@prgauge/contracts';
import { filter, firstValueFrom, map, type Observable } from 'rxjs';

export type ContestUploadEvent = { progress: number } | { done: ApplicationView };

/** Contests as the public, applicants, jurors and voters use them; organisers' routes live elsewhere. */
@Injectable({ providedIn: 'root' })
export class ContestsApi {
  private readonly http = inject(HttpClient);

  /** Contests the signed-in person may see: announced ones of their region, and organisers' drafts. */
  contests(): Promise<ContestView[]> {
    return firstValueFrom(this.http.get<ContestView[]>('/api/contests'));
  }

  /** Announced contests before their results, for anyone: to apply, register to vote or follow. */
  openContests(): Promise<ContestView[]> {
    return firstValueFrom(this.http.get<ContestView[]>('/api/public/open-contests'));
  }

  /** One announced contest, for anyone; drafts answer 404. */
  publicContest(id: string): Promise<ContestView> {
    return firstValueFrom(this.http.get<ContestView>(`/api/public/contests/${id}`));
  }

  /** Contests with published results, for anyone. */
  publishedContests(): Promise<ContestView[]> {
    return firstValueFrom(this.http.get<ContestView[]>('/api/public/contests'));
  }

  /** Regions by name, for the contest page; public, so anonymous visitors see them too. */
  regions(): Promise<RegionView[]> {
    return firstValueFrom(this.http.get<RegionView[]>('/api/public/regions'));
  }

  contest(id: string): Promise<ContestView> {
    return firstValueFrom(this.http.get<ContestView>(`/api/contests/${id}`));
  }

  /** Published results; 409 naming the phase before publication. */
  results(id: string): Promise<ContestResults> {
    return firstValueFrom(this.http.get<ContestResults>(`/api/public/contests/${id}/results`));
  }

  /** Files an application on a candidate's behalf, signed in as their organisation (or as the candidate). */
  fileApplication(contestId: string, body: FileApplicationRequest): Promise<ApplicationView> {
    return firstValueFrom(this.http.post<ApplicationView>(`/api/contests/${contestId}/applications`, body));
  }

  /** The candidate applies without an account; the receipt's upload token lets them attach files. */
  applyAsCandidate(contestId: string, body: PublicApplicationRequest): Promise<PublicApplicationReceipt> {
    return firstValueFrom(
      this.http.post<PublicApplicationReceipt>(`/api/public/contests/${contestId}/applications`, body),
    );
  }

  /** The applicant's application and its state through the private link; 404 for a link that opens none. */
  applicantApplication(token: string): Promise<ApplicantApplicationView> {
    return firstValueFrom(
      this.http.get<ApplicantApplicationView>(`/api/public/application-links/${encodeURIComponent(token)}`),
    );
  }

  /** The applicant's edit through the private link, while applications are open; 409 on a stale version. */
  editApplicantApplication(
    token: string,
    body: UpdateApplicationByLinkRequest,
  ): Promise<ApplicantApplicationView> {
    return firstValueFrom(
      this.http.patch<ApplicantApplicationView>(
        `/api/public/application-links/${encodeURIComponent(token)}`,
        body,
      ),
    );
  }

  /**
   * Uploads one attachment, reporting progress from 0 to 1 and then the application with the file. With an
   * upload token it goes to an application filed without an account.
   */
  attach(
    applicationId: string,
    file: File,
    uploadToken: string | null = null,
  ): Observable<ContestUploadEvent> {
    const form = new FormData();
    form.append('file', file, file.name);
    const url = uploadToken
      ? `/api/public/contest-applications/${applicationId}/attachments`
      : `/api/contest-applications/${applicationId}/attachments`;
    return this.http
      .post<ApplicationView>(url, form, {
        reportProgress: true,
        observe: 'events',
        headers: uploadToken ? { 'x-upload-token': uploadToken } : {},
      })
      .pipe(
        filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
        map((e): ContestUploadEvent =>
          e.type === HttpEventType.Response
            ? { done: e.body as ApplicationView }
            : { progress: e.total ? e.loaded / e.total : 0 },
        ),
      );
  }

  /** The same receipt whether or not a new login was free; the registration itself is on the ballot. */
  registerVoter(contestId: string, body: RegisterVoterRequest): Promise<VoterRegistrationReceipt> {
    return firstValueFrom(
      this.http.post<VoterRegistrationReceipt>(`/api/public/contests/${contestId}/voters`, body),
    );
  }

  /** The signed-in journalist's document proving media work, while the registration waits for verification. */
  uploadVoterDocument(voterId: string, file: File): Promise<VoterView> {
    const form = new FormData();
    form.append('file', file, file.name);
    return firstValueFrom(this.http.put<VoterView>(`/api/contest-voters/${voterId}/document`, form));
  }

  /** The journalist's registration, the candidates of each voting nomination and the votes cast. */
  ballot(contestId: string): Promise<ContestBallot> {
    return firstValueFrom(this.http.get<ContestBallot>(`/api/contests/${contestId}/ballot`));
  }

  /** A final vote: 403 unless verified, 409 outside the window or when voted already. */
  vote(nominationId: string, applicationId: string): Promise<VoteReceipt> {
    const body: CastVoteRequest = { applicationId };
    return firstValueFrom(this.http.post<VoteReceipt>(`/api/nominations/${nominationId}/votes`, body));
  }

  /** The juror's own sheets, without conflicts, votes or other jurors' scores. */
  scoreSheets(contestId: string): Promise<JurorTask[]> {
    return firstValueFrom(this.http.get<JurorTask[]>(`/api/contests/${contestId}/my-score-sheets`));
  }

  saveScoreSheet(nominationId: string, applicationId: string, body: ScoreSheetRequest): Promise<JurorTask> {
    return firstValueFrom(
      this.http.put<JurorTask>(
        `/api/nominations/${nominationId}/applications/${applicationId}/score-sheet`,
        body,
      ),
    );
  }

  declareConflict(applicationId: string, reason: string): Promise<void> {
    const body: DeclareConflictRequest = { reason };
    return firstValueFrom(this.http.post<void>(`/api/contest-applications/${applicationId}/conflicts`, body));
  }
}
