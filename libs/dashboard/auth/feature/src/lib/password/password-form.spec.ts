import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { AUTH_TEXTS } from '../i18n/auth-texts';
import { PasswordForm } from './password-form';

/** The form on screen, in Russian, with the API behind it mocked at the HTTP level. */
async function renderForm(resetToken: string | null = null) {
  TestBed.configureTestingModule({
    providers: [provideZonelessChangeDetection(), provideHttpClient(), provideHttpClientTesting()],
  });
  TestBed.inject(TranslationService).register(AUTH_TEXTS);
  const fixture = TestBed.createComponent(PasswordForm);
  fixture.componentRef.setInput('resetToken', resetToken);
  let changed = 0;
  fixture.componentInstance.changed.subscribe(() => (changed += 1));
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const inputs = [...root.querySelectorAll('input[type=password]')];
  const type = (index: number, value: string) => {
    inputs[index].value = value;
    inputs[index].dispatchEvent(new Event('input'));
    inputs[index].dispatchEvent(new Event('blur'));
  };
  const submit = async (current: string, next: string, repeat = next) => {
    type(0, current);
    type(1, next);
    type(2, repeat);
    root.querySelector('form')?.dispatchEvent(new Event('submit'));
    await fixture.whenStable();
  };
  /** The texts shown right after the form field that holds input `index`. */
  const besideField = (index: number): string[] => {
    const texts: string[] = [];
    let next = inputs[index].closest('mat-form-field')?.nextElementSibling;
    while (next?.classList.contains('refusal')) {
      texts.push(next.textContent?.trim() ?? '');
      next = next.nextElementSibling;
    }
    return texts;
  };
  const refuse = async (status: number, body: object) => {
    TestBed.inject(HttpTestingController)
      .expectOne('/api/auth/password')
      .flush(body, { status, statusText: 'Refused' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { root, submit, besideField, refuse, changed: () => changed };
}

// The first test compiles Material's form fields, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('PasswordForm', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it("shows a wrong current password beside that field, in the reader's language", async () => {
    const form = await renderForm();
    await form.submit('not my password', 'lantern orchard quietly');
    await form.refuse(400, {
      code: 'auth.current_password_wrong',
      details: [{ field: 'currentPassword', code: 'field.wrong_password', problems: ['is wrong'] }],
    });
    expect(form.besideField(0)).toEqual(['Неверный пароль']);
    expect(form.besideField(1)).toEqual([]);
    expect(form.changed()).toBe(0);
  });

  it('shows a weak new password beside the new password', async () => {
    const form = await renderForm();
    await form.submit('my current password', 'password1234');
    await form.refuse(400, {
      code: 'auth.password_too_weak',
      details: [{ field: 'newPassword', code: 'field.weak_password', problems: ['is common'] }],
    });
    expect(form.besideField(1)).toEqual([expect.stringMatching(/^Слишком легко угадать/)]);
    expect(form.besideField(0)).toEqual([]);
  });

  it('keeps the limits of LIMITS.password and the repeat to itself, sending nothing', async () => {
    const form = await renderForm();
    await form.submit('my current password', 'short');
    expect(form.root.textContent).toContain('Не меньше 12 символов');
    await form.submit('my current password', 'lantern orchard quietly', 'lantern orchard quiet');
    expect(form.root.textContent).toContain('Новые пароли не совпадают');
    TestBed.inject(HttpTestingController).expectNone('/api/auth/password');
  });

  it('says so above the button when the refusal names no field, such as a throttle', async () => {
    const form = await renderForm();
    await form.submit('guess number six', 'lantern orchard quietly');
    await form.refuse(429, { code: 'auth.throttled', params: { retryAfter: 60 } });
    expect(form.besideField(0)).toEqual([]);
    expect(form.root.textContent).toContain('Слишком много неудачных попыток. Подождите 60 с');
  });

  it('reports the change once the API accepts it and the session is read again', async () => {
    const form = await renderForm();
    await form.submit('my current password', 'lantern orchard quietly');
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/auth/password').flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectOne('/api/auth/me').flush({ id: 'u', passwordChangeRequired: false });
    await new Promise((resolve) => setTimeout(resolve));
    expect(form.changed()).toBe(1);
  });

  it('sets the password with an emailed link, asking for no current password', async () => {
    const form = await renderForm('t0ken');
    const inputs = [...form.root.querySelectorAll<HTMLInputElement>('input[type=password]')];
    expect(inputs.map((i) => i.autocomplete)).toEqual(['new-password', 'new-password']);
    for (const input of inputs) {
      input.value = 'lantern orchard quietly';
      input.dispatchEvent(new Event('input'));
    }
    form.root.querySelector('form')?.dispatchEvent(new Event('submit'));
    const http = TestBed.inject(HttpTestingController);
    const sent = http.expectOne('/api/auth/password-reset/complete');
    expect(sent.request.body).toEqual({ token: 't0ken', newPassword: 'lantern orchard quietly' });
    sent.flush(null, { status: 204, statusText: 'No Content' });
    await new Promise((resolve) => setTimeout(resolve));
    http.expectNone('/api/auth/me');
    expect(form.changed()).toBe(1);
  });
});
