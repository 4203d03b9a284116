import { HttpClient, HttpErrorResponse, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import {
  isErrorCode,
  type ErrorCode,
  type ErrorParams,
  type JobStarted,
  type Locale,
} from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** What a PDF report request carries: the reader's language and the outgoing letter's number and day. */
export interface PdfReportOptions {
  lang: Locale;
  /** Printed as given. */
  letterNo?: string;
  /** `YYYY-MM-DD`; printed in the reader's calendar. */
  letterDate?: string;
}

/** A refused PDF request: the catalogue code the API answered with (503 `report.renderer_unavailable`, 404…). */
export interface PdfRefusal {
  status: number;
  code: ErrorCode | null;
  params: ErrorParams;
}

/** The PDF reports of a cycle: an agency's scorecard letter and the region's ranking report. */
@Injectable({ providedIn: 'root' })
export class ReportsApi {
  private readonly http = inject(HttpClient);

  scorecardPdf(cycleId: string, agencyId: string, options: PdfReportOptions): Promise<Blob> {
    return this.pdf(`/api/cycles/${cycleId}/agencies/${agencyId}/scorecard.pdf`, options);
  }

  rankingReportPdf(cycleId: string, options: PdfReportOptions): Promise<Blob> {
    return this.pdf(`/api/cycles/${cycleId}/ranking-report.pdf`, options);
  }

  /**
   * Queues the scorecard letters of every ranked agency as a background job, each numbered and dated as
   * `options` says; follow it with `JobWatch`.
   */
  scorecardBatch(cycleId: string, options: PdfReportOptions): Promise<JobStarted> {
    return firstValueFrom(
      this.http.post<JobStarted>(
        `/api/cycles/${cycleId}/scorecard-batch`,
        {},
        { params: reportParams(options) },
      ),
    );
  }

  private async pdf(url: string, options: PdfReportOptions): Promise<Blob> {
    const params = reportParams(options);
    try {
      return await firstValueFrom(this.http.get(url, { params, responseType: 'blob' }));
    } catch (error) {
      throw await pdfRefusal(error);
    }
  }
}

/** The query a report request carries: the language, and the letter's number and day where given. */
function reportParams(options: PdfReportOptions): HttpParams {
  let params = new HttpParams().set('lang', options.lang);
  if (options.letterNo) params = params.set('letterNo', options.letterNo);
  if (options.letterDate) params = params.set('letterDate', options.letterDate);
  return params;
}

/** Reads the refusal out of a failed download, whose JSON error body arrives as a Blob. */
export async function pdfRefusal(error: unknown): Promise<PdfRefusal> {
  if (!(error instanceof HttpErrorResponse)) return { status: 0, code: null, params: {} };
  try {
    const body: unknown = JSON.parse(error.error instanceof Blob ? await error.error.text() : '{}');
    const { code, params } = (body ?? {}) as { code?: unknown; params?: ErrorParams };
    return { status: error.status, code: isErrorCode(code) ? code : null, params: params ?? {} };
  } catch {
    return { status: error.status, code: null, params: {} };
  }
}
