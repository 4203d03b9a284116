import { HttpClient, HttpEventType, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type {
  AccountView,
  AgencyImportResult,
  AgencyView,
  CreateAccountRequest,
  CreateAgencyRequest,
  CreatePeerGroupRequest,
  CreateRegionRequest,
  LocalizedText,
  Page,
  PageQuery,
  PeerGroupView,
  RegionView,
  RenamePeerGroupRequest,
  ResetPasswordRequest,
  UpdateAccountRequest,
  UpdateAgencyRequest,
  UpdateRegionRequest,
} from '@prgauge/contracts';
import { filter, firstValueFrom, map, type Observable } from 'rxjs';
import { type AccountListFilter, type AgencyListFilter, withFilter } from './list-filters';
import { OrganisationApi } from './organisation.api';

/** Upload progress 0..1, then the import's answer. */
export type ImportEvent = { progress: number } | { done: AgencyImportResult };

/**
 * Regions, peer groups, agencies and accounts as national admins and directors change them. Every PATCH takes
 * the version last read; a stale one answers 409 with the record as it is now.
 */
@Injectable({ providedIn: 'root' })
export class OrganisationAdminApi {
  private readonly http = inject(HttpClient);
  private readonly organisation = inject(OrganisationApi);

  createRegion(body: CreateRegionRequest): Promise<RegionView> {
    return firstValueFrom(this.http.post<RegionView>('/api/regions', body));
  }

  updateRegion(regionId: string, body: UpdateRegionRequest): Promise<RegionView> {
    return firstValueFrom(this.http.patch<RegionView>(`/api/regions/${regionId}`, body));
  }

  peerGroups(regionId: string): Promise<PeerGroupView[]> {
    return firstValueFrom(this.http.get<PeerGroupView[]>(`/api/regions/${regionId}/peer-groups`));
  }

  addPeerGroup(regionId: string, body: CreatePeerGroupRequest): Promise<PeerGroupView> {
    return firstValueFrom(this.http.post<PeerGroupView>(`/api/regions/${regionId}/peer-groups`, body));
  }

  renamePeerGroup(regionId: string, groupId: string, name: LocalizedText): Promise<PeerGroupView> {
    const body: RenamePeerGroupRequest = { name };
    return firstValueFrom(
      this.http.patch<PeerGroupView>(`/api/regions/${regionId}/peer-groups/${groupId}`, body),
    );
  }

  removePeerGroup(regionId: string, groupId: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`/api/regions/${regionId}/peer-groups/${groupId}`));
  }

  /** A page of agencies by code, narrowed by `filter`. */
  agencyPage(query: PageQuery, list: AgencyListFilter = {}): Promise<Page<AgencyView>> {
    return this.organisation.agencyPage(query, list);
  }

  createAgency(body: CreateAgencyRequest): Promise<AgencyView> {
    return firstValueFrom(this.http.post<AgencyView>('/api/agencies', body));
  }

  /** Edits, retires (`active: false`) or restores an agency; the audit log keeps each change. */
  updateAgency(agencyId: string, body: UpdateAgencyRequest): Promise<AgencyView> {
    return firstValueFrom(this.http.patch<AgencyView>(`/api/agencies/${agencyId}`, body));
  }

  /**
   * Sends an agency list (CSV or XLSX) as the one file of a form. With `dryRun` nothing is saved and the answer
   * lists the agencies that would be created; a file with problems answers 400 `import.rows_invalid` naming each
   * row and column.
   */
  importAgencies(file: File, dryRun: boolean, regionId?: string): Observable<ImportEvent> {
    const form = new FormData();
    form.append('file', file, file.name);
    const params = withFilter(new HttpParams(), { dryRun, regionId });
    return this.http
      .post<AgencyImportResult>('/api/agencies/import', form, {
        params,
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
        map((e): ImportEvent =>
          e.type === HttpEventType.Response
            ? { done: e.body as AgencyImportResult }
            : { progress: e.total ? e.loaded / e.total : 0 },
        ),
      );
  }

  /** A page of accounts by login, narrowed by `filter`. */
  accountPage(query: PageQuery, list: AccountListFilter = {}): Promise<Page<AccountView>> {
    return this.organisation.accountPage(query, list);
  }

  createAccount(body: CreateAccountRequest): Promise<AccountView> {
    return firstValueFrom(this.http.post<AccountView>('/api/users', body));
  }

  /** Renames, re-scopes, disables (`active: false`, which ends the account's sessions) or enables an account. */
  updateAccount(userId: string, body: UpdateAccountRequest): Promise<AccountView> {
    return firstValueFrom(this.http.patch<AccountView>(`/api/users/${userId}`, body));
  }

  /** Sets a new password on someone's account and ends their sessions. */
  resetPassword(userId: string, password: string): Promise<void> {
    const body: ResetPasswordRequest = { password };
    return firstValueFrom(this.http.post<void>(`/api/users/${userId}/password`, body));
  }
}
