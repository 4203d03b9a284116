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

  async function render(value: string | null) {
    const searched: string[] = [];
    const resolved: string[] = [];
    const fixture = TestBed.createComponent(SearchPicker);
    fixture.componentRef.setInput('label', 'Ведомство');
    fixture.componentRef.setInput('value', value);
    fixture.componentRef.setInput('delay', 0);
    fixture.componentRef.setInput('search', async (text: string) => {
      searched.push(text);
      return [NORTH, NORTHERN].filter((c) => c.detail?.startsWith(text.toUpperCase()));
    });
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
    return { fixture, input, type, options, searched, resolved, picked };
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
});
