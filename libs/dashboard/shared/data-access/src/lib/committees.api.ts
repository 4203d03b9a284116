import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { CommitteeKind, CommitteeMemberRole, CommitteeView, LocalizedText } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** A committee's own fields as a director writes them. */
export interface CommitteeInput {
  kind: CommitteeKind;
  name: LocalizedText;
  chair: string | null;
  /** Keys of the framework indices it reviews. */
  indices: string[];
}

/** A new member: an account of the region (`userId`) or an outside person (`personName`). */
export interface CommitteeMemberInput {
  userId?: string;
  personName?: string;
  affiliation?: string;
  role: CommitteeMemberRole;
}

/** The region's committees of PR managers, with their members and the indices they review. */
@Injectable({ providedIn: 'root' })
export class CommitteesApi {
  private readonly http = inject(HttpClient);

  list(): Promise<CommitteeView[]> {
    return firstValueFrom(this.http.get<CommitteeView[]>('/api/committees'));
  }

  get(id: string): Promise<CommitteeView> {
    return firstValueFrom(this.http.get<CommitteeView>(`/api/committees/${id}`));
  }

  create(input: CommitteeInput): Promise<CommitteeView> {
    return firstValueFrom(this.http.post<CommitteeView>('/api/committees', input));
  }

  /** A stale `version` answers 409 with the committee as it is now. */
  update(id: string, version: number, input: CommitteeInput): Promise<CommitteeView> {
    return firstValueFrom(this.http.patch<CommitteeView>(`/api/committees/${id}`, { ...input, version }));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/committees/${id}`));
  }

  addMember(id: string, input: CommitteeMemberInput): Promise<CommitteeView> {
    return firstValueFrom(this.http.post<CommitteeView>(`/api/committees/${id}/members`, input));
  }

  removeMember(id: string, memberId: string): Promise<CommitteeView> {
    return firstValueFrom(this.http.delete<CommitteeView>(`/api/committees/${id}/members/${memberId}`));
  }
}
