import { HttpClient, HttpEventType, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  CompletenessRow,
  EvidenceLinkRequest,
  EvidenceView,
  Page,
  PageQuery,
  ReplyToCommentRequest,
  ReturnSubmissionRequest,
  ReviewCommentView,
  ReviewCommentInput,
  ReviewQueueItem,
  SaveValuesRequest,
  SaveValuesResult,
  SubmissionStatus,
  SubmissionValueInput,
  SubmissionVersionRequest,
  SubmissionView,
  TrainingLeafRecords,
} from '@prgauge/contracts';
import { filter, firstValueFrom, map, Observable } from 'rxjs';
import { withPage } from '@prgauge/dashboard-shared-data-access';

/** Upload progress 0..1, then the stored evidence. */
export type UploadEvent = { progress: number } | { done: EvidenceView };

/** An agency's submission: values, evidence and the moves of its workflow. */
@Injectable({ providedIn: 'root' })
export class SubmissionsApi {
  private readonly http = inject(HttpClient);

  /** The attendance rows behind a computed training value of the submission, with their total. */
  trainingRecords(id: string, indicator: string): Promise<TrainingLeafRecords> {
    return firstValueFrom(
      this.http.get<TrainingLeafRecords>(
        `/api/submissions/${id}/indicators/${encodeURIComponent(indicator)}/training-records`,
      ),
    );
  }

  mine(cycleId: string): Promise<SubmissionView> {
    return firstValueFrom(this.http.get<SubmissionView>(`/api/cycles/${cycleId}/submissions/mine`));
  }

  get(id: string): Promise<SubmissionView> {
    return firstValueFrom(this.http.get<SubmissionView>(`/api/submissions/${id}`));
  }

  save(id: string, version: number, values: SubmissionValueInput[]): Promise<SaveValuesResult> {
    const body: SaveValuesRequest = { version, values };
    return firstValueFrom(this.http.put<SaveValuesResult>(`/api/submissions/${id}/values`, body));
  }

  submit(id: string, version: number): Promise<SubmissionView> {
    const body: SubmissionVersionRequest = { version };
    return firstValueFrom(this.http.post<SubmissionView>(`/api/submissions/${id}/submit`, body));
  }

  /** A page of the cycle's submissions, by agency code. */
  reviewQueue(
    cycleId: string,
    filter: { status?: SubmissionStatus; flagged?: boolean },
    page: PageQuery = {},
  ): Promise<Page<ReviewQueueItem>> {
    let params = new HttpParams();
    if (filter.status) params = params.set('status', filter.status);
    if (filter.flagged) params = params.set('flagged', 'true');
    return firstValueFrom(
      this.http.get<Page<ReviewQueueItem>>(`/api/cycles/${cycleId}/review-queue`, {
        params: withPage(params, page),
      }),
    );
  }

  completeness(cycleId: string): Promise<CompletenessRow[]> {
    return firstValueFrom(this.http.get<CompletenessRow[]>(`/api/cycles/${cycleId}/completeness`));
  }

  returnForFixes(id: string, version: number, comments: ReviewCommentInput[]): Promise<SubmissionView> {
    const body: ReturnSubmissionRequest = { version, comments };
    return firstValueFrom(this.http.post<SubmissionView>(`/api/submissions/${id}/return`, body));
  }

  approve(id: string, version: number): Promise<SubmissionView> {
    const body: SubmissionVersionRequest = { version };
    return firstValueFrom(this.http.post<SubmissionView>(`/api/submissions/${id}/approve`, body));
  }

  /** The indicator goes first: the API reads the fields that precede the file. */
  upload(id: string, indicator: string, file: File): Observable<UploadEvent> {
    const form = new FormData();
    form.append('indicator', indicator);
    form.append('file', file, file.name);
    return this.http
      .post<EvidenceView>(`/api/submissions/${id}/evidence`, form, {
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
        map((e): UploadEvent =>
          e.type === HttpEventType.Response
            ? { done: e.body as EvidenceView }
            : { progress: e.total ? e.loaded / e.total : 0 },
        ),
      );
  }

  addLink(id: string, indicator: string, url: string): Promise<EvidenceView> {
    const body: EvidenceLinkRequest = { indicator, url };
    return firstValueFrom(this.http.post<EvidenceView>(`/api/submissions/${id}/evidence/links`, body));
  }

  /** The agency's answer in words to an open review comment; an empty body clears it. */
  reply(id: string, commentId: string, text: string): Promise<ReviewCommentView> {
    const body: ReplyToCommentRequest = { body: text };
    return firstValueFrom(
      this.http.put<ReviewCommentView>(`/api/submissions/${id}/comments/${commentId}/reply`, body),
    );
  }

  removeEvidence(evidenceId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/evidence/${evidenceId}`));
  }
}
