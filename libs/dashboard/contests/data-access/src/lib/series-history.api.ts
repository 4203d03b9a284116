import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { SeriesYearRequest, SeriesYearView } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** Earlier years of a contest's series, entered by its organisers as figures. */
@Injectable({ providedIn: 'root' })
export class SeriesHistoryApi {
  private readonly http = inject(HttpClient);

  /** The entered years of the contest's series, oldest first. */
  years(contestId: string): Promise<SeriesYearView[]> {
    return firstValueFrom(this.http.get<SeriesYearView[]>(`/api/contests/${contestId}/series-history`));
  }

  /** Enters or changes a year; a changed year needs its `version` (409 with the year as it stands otherwise). */
  setYear(contestId: string, year: number, request: SeriesYearRequest): Promise<SeriesYearView> {
    return firstValueFrom(
      this.http.put<SeriesYearView>(`/api/contests/${contestId}/series-history/${year}`, request),
    );
  }

  /** Answers 204, also for a year nobody entered. */
  deleteYear(contestId: string, year: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/contests/${contestId}/series-history/${year}`));
  }
}
