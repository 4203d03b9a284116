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
});
