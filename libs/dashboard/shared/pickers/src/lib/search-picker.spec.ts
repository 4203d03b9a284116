import { provideZonelessChangeDetection } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { SearchPicker, type PickerChoice } from './search-picker';

const NORTH: PickerChoice = {
  id: 'a1',
  name: { ru: 'Северное ведомство', en: 'North agency' },
  detail: 'NORTH',
};
const NORTHERN: PickerChoice = { id: 'a2', name: { ru: 'Северный фонд', en: 'Northern fund' }, detail: 'NF' };

describe('SearchPicker', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ providers: [provideZonelessChangeDetection()] });
  });

  /** The picker choosing `value`, whose searches `answer` (by default, the choices whose code starts so). */
  async function render(
    value: string | null,
    answer: (text: string) => Promise<PickerChoice[]> = async (text) =>
      [NORTH, NORTHERN].filter((c) => c.detail?.startsWith(text.toUpperCase())),
  ) {
    const searched: string[] = [];
    const resolved: string[] = [];
    const fixture = TestBed.createComponent(SearchPicker);
    fixture.componentRef.setInput('label', 'Ведомство');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('delay', 0);
    fixture.componentRef.setInput('search', (text: string) => {
      searched.push(text);
      return answer(text);
    });
    fixture.componentRef.setInput('refusalOf', (error: unknown) => `refused: ${String(error)}`);
    fixture.componentRef.setInput('resolve', async (id: string) => {
      resolved.push(id);
      return [NORTH, NORTHERN].find((c) => c.id === id) as PickerChoice;
    });
    const picked: (string | null)[] = [];
    fixture.componentInstance.picked.subscribe((id) => picked.push(id));
    await fixture.whenStable();
    const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
    const type = async (text: string) => {
      input.dispatchEvent(new Event('focusin'));
      input.value = text;
      input.dispatchEvent(new Event('input'));
      await fixture.whenStable();
    };
    const options = () =>
      [...document.querySelectorAll('mat-option')].map((o) => o.textContent?.replace(/\s+/g, ' ').trim());
    const loading = () => document.querySelector('.mat-mdc-autocomplete-panel mat-progress-bar') !== null;
    return { fixture, input, type, options, loading, searched, resolved, picked };
  }

  it('names a kept choice by reading that one record, in the reader’s language, and asks no search', async () => {
    const { input, searched, resolved } = await render('a2');
    expect([input.value, resolved, searched]).toEqual(['Северный фонд', ['a2'], []]);
  });

  it('offers the server’s matches of what is typed with their codes, and emits the one chosen', async () => {
    const { input, type, options, searched, resolved, picked, fixture } = await render(null);
    await type('nor');
    expect(searched.at(-1)).toBe('nor');
    expect(options()).toEqual(['Северное ведомство NORTH']);
    (document.querySelector('mat-option') as HTMLElement).click();
    expect(picked).toEqual(['a1']);
    // The screen keeps the choice (in the address) and hands it back: named without asking the server again.
    fixture.componentRef.setInput('value', 'a1');
    await fixture.whenStable();
    expect([input.value, resolved]).toEqual(['Северное ведомство', []]);
  });

  it('says when nothing matches, and chooses none when the field is emptied', async () => {
    const { type, options, picked } = await render('a1');
    await type('zzz');
    expect(options()).toEqual(['Ничего не найдено']);
    expect(picked).toEqual([]);
    await type('');
    expect(picked).toEqual([null]);
  });

  it('keeps the last matches on view, marked as loading, while the next search is answered', async () => {
    const pending: ((choices: PickerChoice[]) => void)[] = [];
    const { type, options, loading, fixture } = await render(null, (text) =>
      text === 'n' ? Promise.resolve([NORTH, NORTHERN]) : new Promise((r) => pending.push(r)),
    );
    await type('n');
    expect([options(), loading()]).toEqual([['Северное ведомство NORTH', 'Северный фонд NF'], false]);
    const input = (fixture.nativeElement as HTMLElement).querySelector('input') as HTMLInputElement;
    input.value = 'nf';
    input.dispatchEvent(new Event('input'));
    // The search's pause and its answer are still to come: the panel must not empty meanwhile.
    await new Promise((resolve) => setTimeout(resolve));
    fixture.detectChanges();
    expect([options(), loading()]).toEqual([['Северное ведомство NORTH', 'Северный фонд NF'], true]);
    pending.forEach((answer) => answer([NORTHERN]));
    await fixture.whenStable();
    expect([options(), loading()]).toEqual([['Северный фонд NF'], false]);
  });

  it('says why a search failed instead of "nothing found", and asks again when the field is used', async () => {
    let fails = true;
    const { type, options, searched, fixture } = await render(null, async () => {
      if (fails) throw new Error('offline');
      return [NORTH];
    });
    await type('nor');
    expect(options()).toEqual(['refused: Error: offline']);
    fails = false;
    (fixture.nativeElement as HTMLElement).querySelector('input')?.dispatchEvent(new Event('focus'));
    await fixture.whenStable();
    expect([options(), searched]).toEqual([['Северное ведомство NORTH'], ['nor', 'nor']]);
  });
});
