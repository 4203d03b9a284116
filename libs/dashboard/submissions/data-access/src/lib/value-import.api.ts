import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { Locale, ValueImportResult } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** A cycle's value import: the template to download, and the check and apply of a filled file. */
@Injectable({ providedIn: 'root' })
export class ValueImportApi {
  private readonly http = inject(HttpClient);

  /** The address of the cycle's XLSX template in `lang`, for a plain download link. */
  templateUrl(cycleId: string, lang: Locale): string {
    return `/api/cycles/${cycleId}/value-import/template.xlsx?lang=${lang}`;
  }

  /** Checks a file: every problem by sheet, row and column, and the changes it would make. Nothing is saved. */
  check(cycleId: string, file: File): Promise<ValueImportResult> {
    return this.send(cycleId, file, { mode: 'dry_run' });
  }

  /**
   * Saves the checked file's values as drafts: `fingerprint` is the check's (409 `value_import.stale` when the
   * values changed since), `overwrite` the ticked `agency_code/indicator_key` keys of submitted or approved data.
   */
  apply(
    cycleId: string,
    file: File,
    fingerprint: string,
    overwrite: readonly string[],
  ): Promise<ValueImportResult> {
    return this.send(cycleId, file, { mode: 'apply', fingerprint, overwrite: overwrite.join(',') });
  }

  private send(cycleId: string, file: File, fields: Record<string, string>): Promise<ValueImportResult> {
    const form = new FormData();
    for (const [name, value] of Object.entries(fields)) form.append(name, value);
    form.append('file', file, file.name);
    return firstValueFrom(this.http.post<ValueImportResult>(`/api/cycles/${cycleId}/value-import`, form));
  }
}
