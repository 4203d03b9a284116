import type { TrainingEventView } from '@prgauge/contracts';
import { Caller, callerFor, seedRegions } from '../../../test/support/fixtures';
import { itemsOf } from '../../../test/support/pages';
import { createTestApp, TestApp } from '../../../test/support/test-app';
import { topicId } from '../../../test/support/training-fixtures';

const ZWNJ = '\u200c';

/** `GET /api/training/events?search=` matches title, place and trainers through the shared search key. */
describe('training event search as people type', () => {
  let testApp: TestApp;
  let director: Caller;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createTestApp();
    const fx = await seedRegions(testApp);
    director = await callerFor(testApp, fx.logins.director);
    const topic = await topicId(testApp, fx.region.id, 'social_media');
    const events = {
      kaf: { title: 'کارگاه روابط عمومی الکترونیک', location: 'بیرجند', trainers: [] },
      zwnj: { title: `آموزش خبرنویسی برای رسانه${ZWNJ}ها`, location: null, trainers: [] },
      yo: {
        title: 'Семинар для пресс-секретарей',
        location: 'Петропавловск',
        trainers: [{ name: 'Алёна Фёдорова', affiliation: 'Школа журналистики' }],
      },
    };
    for (const [key, event] of Object.entries(events)) {
      const r = await director({
        method: 'POST',
        url: '/api/training/events',
        payload: {
          ...event,
          topicId: topic,
          format: 'seminar',
          startDate: '2026-03-10',
          endDate: '2026-03-10',
          plannedHours: 4,
          audiences: ['pr_staff'],
        },
      });
      expect([r.statusCode, r.body]).toEqual([201, expect.any(String)]);
      ids[key] = (r.json() as TrainingEventView).id;
    }
  }, 120_000);
  afterAll(() => testApp.close());

  async function found(search: string): Promise<string[]> {
    const r = await director({
      method: 'GET',
      url: `/api/training/events?search=${encodeURIComponent(search)}`,
    });
    expect(r.statusCode).toBe(200);
    return itemsOf<TrainingEventView>(r).map((e) => Object.keys(ids).find((k) => ids[k] === e.id) ?? e.id);
  }

  it.each([
    ['Arabic Kaf and Yeh in the title', 'الكترونيك', ['kaf']],
    ['an Arabic Yeh in the place', 'بيرجند', ['kaf']],
    ['a space for a zero-width non-joiner', 'رسانه ها', ['zwnj']],
    ['е for ё in a trainer’s name', 'алена федорова', ['yo']],
    ['a hyphen left out', 'пресссекретарей', ['yo']],
  ])('finds an event typed with %s', async (_what, search, keys) => {
    expect(await found(search)).toEqual(keys);
  });

  it('finds an event by its new title once renamed', async () => {
    const r = await director({
      method: 'PATCH',
      url: `/api/training/events/${ids['yo']}`,
      payload: { version: 1, title: 'Школа блогеров' },
    });
    expect([r.statusCode, r.body]).toEqual([200, expect.any(String)]);
    expect(await found('ШКОЛА БЛОГЕРОВ')).toEqual(['yo']);
    expect(await found('семинар')).toEqual([]);
  });
});
