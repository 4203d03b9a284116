import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import type { LeafView } from '@prgauge/contracts';
import { LeafField } from './leaf-field';

/** Press releases, scored per member of the PR staff. */
const releases: LeafView = {
  key: 'media.releases',
  index: 'media',
  name: { ru: 'Пресс-релизы' },
  type: 'number',
  direction: 'higher',
  per: 'prStaff',
  source: 'agency',
  evidenceRequired: false,
};

describe('LeafField: a per-staff figure', () => {
  it('drops the per-staff share while what is typed is refused, instead of showing the last one', async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
      ],
    });
    const fixture = TestBed.createComponent(LeafField);
    fixture.componentRef.setInput('leaf', releases);
    fixture.componentRef.setInput('submissionId', 's1');
    fixture.componentRef.setInput('editable', true);
    fixture.componentRef.setInput('value', 40);
    fixture.componentRef.setInput('divisor', 4);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const hint = () => element.querySelector('.per')?.textContent ?? '';
    expect(hint()).toContain('на сотрудника: 10');

    const input = element.querySelector('input') as HTMLInputElement;
    input.value = '-8';
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
    expect(hint()).not.toContain('на сотрудника');
    expect(element.querySelector('.error')?.textContent).toBeTruthy();
  });
});
