import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AgencyImportResult } from '@prgauge/contracts';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { ORGANISATION_TEXTS } from '../i18n/organisation-texts';
import { AgencyImportPage } from './agency-import-page';

/** The import page on screen in `locale`, a file chosen and checked, with the API mocked at the HTTP level. */
async function checkFile(locale: string) {
  localStorage.setItem('prgauge.locale', locale);
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
    ],
  });
  TestBed.inject(TranslationService).register(ORGANISATION_TEXTS);
  const fixture = TestBed.createComponent(AgencyImportPage);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const input = root.querySelector<HTMLInputElement>('#agency-file');
  if (!input) throw new Error('no file input');
  Object.defineProperty(input, 'files', {
    value: [new File(['code'], 'agencies.csv', { type: 'text/csv' })],
  });
  input.dispatchEvent(new Event('change'));
  await fixture.whenStable();
  root.querySelector<HTMLButtonElement>('.buttons button')?.click();
  const request = TestBed.inject(HttpTestingController).expectOne((r) => r.url === '/api/agencies/import');
  const answer = async (body: object, status = 201) => {
    request.flush(body, { status, statusText: status === 201 ? 'Created' : 'Refused' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  const text = () => (root.textContent ?? '').replace(/\s+/g, ' ');
  return { root, answer, text };
}

const agency = (code: string, followers: number) => ({
  id: '',
  regionId: 'r',
  code,
  name: { ru: code },
  peerGroupId: null,
  attributes: { prStaff: 1, followers },
  active: true,
  version: 0,
});

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('AgencyImportPage', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('says in the reader’s language how the file was read, and shows each attribute the file sets', async () => {
    const page = await checkFile('ru');
    const result: AgencyImportResult = {
      created: 0,
      agencies: [agency('FLD-MUS1', 12500), agency('FLD-THR1', 800)],
      source: { format: 'csv', encoding: 'windows-1251', separator: 'semicolon' },
    };
    await page.answer(result);
    expect(page.text()).toContain(
      'Файл прочитан как текст в кодировке Windows-1251 (кириллица), ячейки разделены точкой с запятой.',
    );
    const cells = [...page.root.querySelectorAll('td[data-label="followers"]')].map((td) =>
      td.textContent?.trim(),
    );
    expect(cells).toEqual(['12\u00a0500', '800']);
  });

  it('names an ambiguous number by row and column, in Persian', async () => {
    const page = await checkFile('fa');
    await page.answer(
      {
        code: 'import.rows_invalid',
        params: { count: 1 },
        details: [
          {
            field: 'row 2, attr_followers',
            code: 'file.ambiguous_number',
            params: { value: '12,500', thousands: 12500, decimal: 12.5 },
            problems: ['"12,500" could be 12500 or 12.5'],
          },
        ],
      },
      400,
    );
    const row = page.root.querySelector('#import-problems-title ~ .scroll tbody tr');
    expect(row?.querySelector('th')?.textContent).toContain('۲');
    expect(row?.querySelector('code')?.textContent).toBe('attr_followers');
    expect(row?.querySelectorAll('td')[1]?.textContent).toContain('«12,500» می‌تواند');
  });
});
