import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ValueImportPage } from './value-import-page';

describe('ValueImportPage', () => {
  it('sends a file once when its button is pressed twice before the page is drawn again', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    const page = TestBed.createComponent(ValueImportPage);
    page.componentRef.setInput('cycleId', 'c1');
    const component = page.componentInstance;
    component['file'].set(new File(['agency_code,indicator_key,value\nA,media.releases,3\n'], 'values.csv'));
    void component['check']();
    void component['check']();
    const http = TestBed.inject(HttpTestingController);
    expect(http.match((r) => r.method === 'POST' && r.url === '/api/cycles/c1/value-import')).toHaveLength(1);
  });

  function setUp() {
    TestBed.configureTestingModule({
      providers: [
        provideZonelessChangeDetection(),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
      ],
    });
    const page = TestBed.createComponent(ValueImportPage);
    page.componentRef.setInput('cycleId', 'c1');
    return { page, http: TestBed.inject(HttpTestingController) };
  }

  it('offers nothing to download or send for a cycle it cannot read, and says why', async () => {
    const { page, http } = setUp();
    page.detectChanges();
    http
      .expectOne('/api/cycles/c1')
      .flush(
        { code: 'record.not_found', params: { record: 'cycle' } },
        { status: 404, statusText: 'Not Found' },
      );
    await page.whenStable();
    const element = page.nativeElement as HTMLElement;
    expect(element.querySelector('[role=alert]')).not.toBeNull();
    expect(element.querySelector('input[type=file]')).toBeNull();
    expect(element.querySelector('a[download]')).toBeNull();
  });

  it('asks for a new check when a save is refused because the values or the file changed', async () => {
    const { page, http } = setUp();
    const component = page.componentInstance;
    component['file'].set(new File(['agency_code,indicator_key,value\nA,media.releases,3\n'], 'values.csv'));
    component['result'].set({
      fingerprint: 'f.v',
      totals: { problems: 0, changes: 1, overwrites: 0 },
    } as never);
    component['step'].set('checked');
    const applying = component['apply']();
    http
      .expectOne((r) => r.method === 'POST' && r.url === '/api/cycles/c1/value-import')
      .flush({ code: 'value_import.stale', params: {} }, { status: 409, statusText: 'Conflict' });
    await applying;
    expect([component['result'](), component['step'](), component['error']()]).toEqual([
      null,
      'idle',
      expect.any(String),
    ]);
  });
});
