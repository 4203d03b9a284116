import { HttpClient } from '@angular/common/http';
import { inject, Injectable, signal } from '@angular/core';
import type { HealthView } from '@prgauge/contracts';

export type HealthState = 'checking' | 'ok' | 'down';

/** Whether the API and its database answer, as `GET /api/health` reports it. */
@Injectable({ providedIn: 'root' })
export class HealthStore {
  private readonly http = inject(HttpClient);
  private readonly current = signal<HealthState>('checking');
  readonly state = this.current.asReadonly();

  refresh(): void {
    this.current.set('checking');
    this.http.get<HealthView>('/api/health').subscribe({
      next: (body) => this.current.set(body.status === 'ok' ? 'ok' : 'down'),
      error: () => this.current.set('down'),
    });
  }
}
