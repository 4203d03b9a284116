import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideNoopAnimations } from '@angular/platform-browser/animations';
import { FrameworkEditorStore } from '../framework-editor.store';
import { newLeaf } from '../model/framework-tree';
import { NodeDetail } from './node-detail';

const named = (text: string) => ({ ru: text, kk: text, fa: text, en: text });

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('NodeDetail', () => {
  it("says why a computed leaf's training topics could not be read, and reads them again when asked", async () => {
    localStorage.setItem('prgauge.locale', 'ru');
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideNoopAnimations(),
        FrameworkEditorStore,
      ],
    });
    const store = TestBed.inject(FrameworkEditorStore);
    const leaf = {
      ...newLeaf('hours'),
      name: named('Hours'),
      source: 'computed' as const,
      rule: { training: {} },
    };
    store.framework.set({
      indicators: [{ key: 'training', name: named('Training'), weight: 1, children: [leaf] }],
    });
    store.selected.set([0, 0]);
    const fixture = TestBed.createComponent(NodeDetail);
    const http = TestBed.inject(HttpTestingController);
    const settle = async () => {
      await new Promise((resolve) => setTimeout(resolve));
      fixture.detectChanges();
    };
    await settle();
    http
      .expectOne('/api/training/topics')
      .flush({ code: 'auth.forbidden', params: {} }, { status: 403, statusText: 'Forbidden' });
    await settle();
    const element = fixture.nativeElement as HTMLElement;
    const alert = element.querySelector('pr-read-failed [role=alert]');
    expect(alert?.textContent).toContain('У вас нет права на это действие');

    alert?.querySelector('button')?.click();
    await settle();
    http.expectOne('/api/training/topics').flush([]);
    await settle();
    expect(element.querySelector('pr-read-failed')).toBeNull();
  });
});
