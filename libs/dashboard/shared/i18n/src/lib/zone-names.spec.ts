import { zoneLabel } from './zone-names';

describe('zoneLabel: a zone named in the reader’s script', () => {
  it("keeps Intl's name where it is written in the locale's script", () => {
    expect(zoneLabel('ru', 'Asia/Almaty', 'Алматы')).toBe('Алматы');
    expect(zoneLabel('fa', 'Asia/Tehran', 'وقت ایران')).toBe('وقت ایران');
  });

  it('names the city itself where Intl has only an English name or an offset', () => {
    expect(zoneLabel('ru', 'Asia/Almaty', 'Almaty')).toBe('Алматы');
    expect(zoneLabel('kk', 'Europe/Moscow', 'GMT+3')).toBe('Мәскеу');
    expect(zoneLabel('fa', 'Asia/Almaty', 'Almaty')).toBe('آلماتی');
    expect(zoneLabel('ru', 'Asia/Tehran', 'Iran Time')).toBe('Тегеран');
  });

  it("keeps Intl's name in English, and for a zone the product does not know", () => {
    expect(zoneLabel('en', 'Asia/Almaty', 'Almaty')).toBe('Almaty');
    expect(zoneLabel('ru', 'America/New_York', 'New York')).toBe('New York');
  });
});
