import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AttendanceImportResult,
  AttendanceRowRequest,
  AttendanceView,
  CreateTrainingEventRequest,
  CreateTrainingProgrammeRequest,
  CreateTrainingTopicRequest,
  DoubtfulPersonPair,
  KeepPersonsApartRequest,
  LocalizedText,
  MergePersonsRequest,
  Page,
  PageQuery,
  ProgrammeTotalsView,
  TrainingAudience,
  TrainingEventView,
  TrainingPersonView,
  TrainingProgrammeView,
  TrainingReport,
  TrainingTopicView,
  UpdateAttendanceRequest,
  UpdateTrainingEventRequest,
  UpdateTrainingProgrammeRequest,
  UpdateTrainingTopicRequest,
} from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';
import { withPage } from '@prgauge/dashboard-shared-data-access';

/** Filters of the events list; every one is optional. */
export interface TrainingEventFilter {
  topicId?: string | null;
  audience?: TrainingAudience | null;
  committeeId?: string | null;
  programmeId?: string | null;
  /** Events starting on or after this day, `YYYY-MM-DD`. */
  from?: string | null;
  /** Events starting on or before this day, `YYYY-MM-DD`. */
  to?: string | null;
  /** Part of the title, the place or a trainer's name, matched as people type it. */
  search?: string | null;
}

/** A report's period, both days included. */
export interface DateRange {
  from: string;
  to: string;
}

/** A report's period, and the committee whose events it covers (every event when left out). */
export interface ReportQuery extends DateRange {
  committeeId?: string | null;
}

/** Drops empty filters, so the address carries only what was chosen. */
function paramsOf(values: Record<string, string | null | undefined>): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(values)) if (value) params = params.set(key, value);
  return params;
}

/** Training events, their attendance registers, programmes, topics and reports. */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly http = inject(HttpClient);

  /** A page of the region's events, newest first. */
  events(filter: TrainingEventFilter = {}, page: PageQuery = {}): Promise<Page<TrainingEventView>> {
    return firstValueFrom(
      this.http.get<Page<TrainingEventView>>('/api/training/events', {
        params: withPage(paramsOf({ ...filter }), page),
      }),
    );
  }

  event(id: string): Promise<TrainingEventView> {
    return firstValueFrom(this.http.get<TrainingEventView>(`/api/training/events/${id}`));
  }

  createEvent(input: CreateTrainingEventRequest): Promise<TrainingEventView> {
    return firstValueFrom(this.http.post<TrainingEventView>('/api/training/events', input));
  }

  /** A stale `version` answers 409 with the event as it is now. */
  updateEvent(
    id: string,
    version: number,
    input: Omit<UpdateTrainingEventRequest, 'version'>,
  ): Promise<TrainingEventView> {
    const body: UpdateTrainingEventRequest = { ...input, version };
    return firstValueFrom(this.http.patch<TrainingEventView>(`/api/training/events/${id}`, body));
  }

  deleteEvent(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/training/events/${id}`));
  }

  attendance(eventId: string): Promise<AttendanceView[]> {
    return firstValueFrom(this.http.get<AttendanceView[]>(`/api/training/events/${eventId}/attendance`));
  }

  addAttendance(eventId: string, input: AttendanceRowRequest): Promise<AttendanceView> {
    return firstValueFrom(
      this.http.post<AttendanceView>(`/api/training/events/${eventId}/attendance`, input),
    );
  }

  /** A stale `version` answers 409 with the row as it is now. */
  updateAttendance(
    id: string,
    version: number,
    input: Omit<UpdateAttendanceRequest, 'version'>,
  ): Promise<AttendanceView> {
    const body: UpdateAttendanceRequest = { ...input, version };
    return firstValueFrom(this.http.patch<AttendanceView>(`/api/training/attendance/${id}`, body));
  }

  removeAttendance(id: string, version: number): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/training/attendance/${id}`, { params: { version } }));
  }

  /** Adds a register from a CSV or XLSX file, all rows or none; `dryRun` only previews what would be added. */
  importRegister(eventId: string, file: File, dryRun: boolean): Promise<AttendanceImportResult> {
    const form = new FormData();
    form.append('file', file, file.name);
    return firstValueFrom(
      this.http.post<AttendanceImportResult>(`/api/training/events/${eventId}/attendance/import`, form, {
        params: { dryRun },
      }),
    );
  }

  topics(): Promise<TrainingTopicView[]> {
    return firstValueFrom(this.http.get<TrainingTopicView[]>('/api/training/topics'));
  }

  /** Adds a topic to the region's list; `code` is its stable key in reports and framework rules. */
  createTopic(code: string, name: LocalizedText): Promise<TrainingTopicView> {
    const body: CreateTrainingTopicRequest = { code, name };
    return firstValueFrom(this.http.post<TrainingTopicView>('/api/training/topics', body));
  }

  /** Renames a topic, or retires it (`active: false`): past events keep it, new ones cannot choose it. */
  updateTopic(id: string, change: UpdateTrainingTopicRequest): Promise<TrainingTopicView> {
    return firstValueFrom(this.http.patch<TrainingTopicView>(`/api/training/topics/${id}`, change));
  }

  programmes(): Promise<ProgrammeTotalsView[]> {
    return firstValueFrom(this.http.get<ProgrammeTotalsView[]>('/api/training/programmes'));
  }

  programme(id: string): Promise<ProgrammeTotalsView> {
    return firstValueFrom(this.http.get<ProgrammeTotalsView>(`/api/training/programmes/${id}`));
  }

  createProgramme(input: CreateTrainingProgrammeRequest): Promise<TrainingProgrammeView> {
    return firstValueFrom(this.http.post<TrainingProgrammeView>('/api/training/programmes', input));
  }

  /** A stale `version` answers 409 with the programme as it is now. */
  updateProgramme(
    id: string,
    version: number,
    input: Omit<UpdateTrainingProgrammeRequest, 'version'>,
  ): Promise<TrainingProgrammeView> {
    const body: UpdateTrainingProgrammeRequest = { ...input, version };
    return firstValueFrom(this.http.patch<TrainingProgrammeView>(`/api/training/programmes/${id}`, body));
  }

  /** Its events stay, outside any programme. */
  deleteProgramme(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/training/programmes/${id}`));
  }

  report(query: ReportQuery): Promise<TrainingReport> {
    return firstValueFrom(
      this.http.get<TrainingReport>('/api/training/reports', { params: paramsOf({ ...query }) }),
    );
  }

  /** The same report as an XLSX workbook, in the signed-in person's language. */
  exportReport(query: ReportQuery): Promise<Blob> {
    return firstValueFrom(
      this.http.get('/api/training/reports/export', { params: paramsOf({ ...query }), responseType: 'blob' }),
    );
  }

  /** Participants of the region with the same name and another or no organisation: the merge screen's pairs. */
  doubtfulPersons(): Promise<DoubtfulPersonPair[]> {
    return firstValueFrom(this.http.get<DoubtfulPersonPair[]>('/api/training/persons/doubtful'));
  }

  /** The other person's rows become this person's; a stale version of either answers 409. */
  mergePersons(person: TrainingPersonView, other: TrainingPersonView): Promise<TrainingPersonView> {
    const body: MergePersonsRequest = {
      otherPersonId: other.id,
      version: person.version,
      otherVersion: other.version,
    };
    return firstValueFrom(
      this.http.post<TrainingPersonView>(`/api/training/persons/${person.id}/merge`, body),
    );
  }

  /** Records that the pair is two people, so it is no longer offered. */
  keepPersonsApart(personId: string, otherPersonId: string): Promise<void> {
    const body: KeepPersonsApartRequest = { otherPersonId };
    return firstValueFrom(this.http.post<void>(`/api/training/persons/${personId}/keep-apart`, body));
  }
}
