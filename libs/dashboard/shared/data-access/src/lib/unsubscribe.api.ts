import { HttpClient, HttpParams } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import type { UnsubscribeResult } from '@prgauge/contracts';
import { firstValueFrom } from 'rxjs';

/** The unsubscribe link of an email: anyone holding it may turn that kind of email off, signed in or not. */
@Injectable({ providedIn: 'root' })
export class UnsubscribeApi {
  private readonly http = inject(HttpClient);

  /** Turns off the email of the link's kind; rejects with 400 `mail.unsubscribe_invalid` for a bad token. */
  unsubscribe(token: string): Promise<UnsubscribeResult> {
    const params = new HttpParams().set('token', token);
    return firstValueFrom(this.http.post<UnsubscribeResult>('/api/mail/unsubscribe', {}, { params }));
  }
}
