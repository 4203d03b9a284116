import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AddCommitteeMemberRequest,
  CommitteeView,
  CreateCommitteeRequest,
  UpdateCommitteeRequest,
} from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

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

  create(input: CreateCommitteeRequest): Promise<CommitteeView> {
    return firstValueFrom(this.http.post<CommitteeView>('/api/committees', input));
  }

  /** A stale `version` answers 409 with the committee as it is now. */
  update(
    id: string,
    version: number,
    input: Omit<UpdateCommitteeRequest, 'version'>,
  ): Promise<CommitteeView> {
    const body: UpdateCommitteeRequest = { ...input, version };
    return firstValueFrom(this.http.patch<CommitteeView>(`/api/committees/${id}`, body));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/committees/${id}`));
  }

  addMember(id: string, input: AddCommitteeMemberRequest): Promise<CommitteeView> {
    return firstValueFrom(this.http.post<CommitteeView>(`/api/committees/${id}/members`, input));
  }

  removeMember(id: string, memberId: string): Promise<CommitteeView> {
    return firstValueFrom(this.http.delete<CommitteeView>(`/api/committees/${id}/members/${memberId}`));
  }
}
