import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { AttendanceImportResult, TrainingEventView } from '@prgauge/contracts';
import { TranslationService } from '@prgauge/dashboard-shared-i18n';
import { TRAINING_TEXTS } from '../i18n/training-texts';
import { RegisterImport } from './register-import';
import { RegisterStore } from './register.store';

const EVENT = { id: 'E1', invited: 10, plannedHours: 2 } as TrainingEventView;

/** The register import on screen in `locale`, a workbook chosen, with the API mocked at the HTTP level. */
async function chooseWorkbook(locale: string) {
  localStorage.setItem('prgauge.locale', locale);
  TestBed.configureTestingModule({
    providers: [
      provideZonelessChangeDetection(),
      provideHttpClient(),
      provideHttpClientTesting(),
      RegisterStore,
    ],
  });
  TestBed.inject(TranslationService).register(TRAINING_TEXTS);
  TestBed.inject(RegisterStore).event.set(EVENT);
  const fixture = TestBed.createComponent(RegisterImport);
  await fixture.whenStable();
  const root = fixture.nativeElement as HTMLElement;
  const input = root.querySelector<HTMLInputElement>('input[type=file]');
  if (!input) throw new Error('no file input');
  const file = new File(['PK'], 'register.xlsx');
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change'));
  const http = TestBed.inject(HttpTestingController);
  const request = http.expectOne((r) => r.url === '/api/training/events/E1/attendance/import');
  const answer = async (body: AttendanceImportResult) => {
    request.flush(body, { status: 201, statusText: 'Created' });
    await new Promise((resolve) => setTimeout(resolve));
    await fixture.whenStable();
  };
  return { root, answer, text: () => (root.textContent ?? '').replace(/\s+/g, ' ') };
}

const row = (participantName: string, hours: number) => ({
  id: '',
  eventId: 'E1',
  participantName,
  agencyId: null,
  outlet: null,
  audience: 'pr_staff' as const,
  attended: true,
  hours,
  version: 0,
});

// The first test compiles Material's components, which takes a while on a busy machine.
jest.setTimeout(30_000);

describe('RegisterImport', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.resetTestingModule();
  });

  it('says a workbook was read cell by cell, and shows a formula’s and a duration’s hours', async () => {
    const screen = await chooseWorkbook('ru');
    await screen.answer({
      created: 0,
      rows: [row('Dauren Abenov', 1.67), row('Saule Karimova', 1.5)],
      source: { format: 'xlsx', encoding: null, separator: null },
    });
    expect(screen.text()).toContain('Файл прочитан как книга Excel: каждая ячейка по своему типу');
    const hours = [...screen.root.querySelectorAll('section.panel tbody td.num:last-child')].map((td) =>
      td.textContent?.trim(),
    );
    expect(hours).toEqual(['1,67', '1,50']);
  });

  it('names the encoding and separator of a CSV register in Kazakh', async () => {
    const screen = await chooseWorkbook('kk');
    await screen.answer({
      created: 0,
      rows: [row('Айгерим', 2)],
      source: { format: 'csv', encoding: 'windows-1251', separator: 'tab' },
    });
    expect(screen.text()).toContain(
      'Файл Windows-1251 (кирилл жазуы) кодтауындағы мәтін ретінде оқылды, ұяшықтар бөлгіші: табуляция.',
    );
  });
});
