import { expect, test } from '@playwright/test';
import type { CommitteeView, TrainingEventView, TrainingTopicView } from '@prgauge/contracts';
import { apiAs } from './support/api';
import { signInQuietly } from './support/session';

/**
 * 2020 holds no demo events, so the year shows only what this journey records, by hand:
 * - the training committee's seminar, 6 h: three people 6 h each and a fourth for 4 h = 22;
 * - its follow-up course, 5 h, attended again by the first of them = 5;
 * 22 + 5 = 27 person-hours, 5 attendances, 4 people trained. The media relations committee's press tour
 * (10 h × 2 = 20) the same year must not count.
 */
test("a committee's page shows its person-hours and people trained for the chosen period", async ({
  page,
  playwright,
  baseURL,
}) => {
  const api = await apiAs(playwright, baseURL ?? '', 'director');
  const committees = await api.get<CommitteeView[]>('/api/committees');
  const training = committees.find((c) => c.kind === 'training') as CommitteeView;
  const media = committees.find((c) => c.kind === 'media_relations') as CommitteeView;
  const topics = await api.get<TrainingTopicView[]>('/api/training/topics');
  const topicId = topics.find((t) => t.code === 'news_writing')?.id;
  const created: string[] = [];
  const event = async (
    committeeId: string,
    startDate: string,
    plannedHours: number,
    rows: [string, number][],
  ) => {
    const made = await api.send<TrainingEventView>('POST', '/api/training/events', {
      title: `Committee check ${startDate}`,
      topicId,
      format: 'course',
      committeeId,
      startDate,
      endDate: startDate,
      plannedHours,
      audiences: ['pr_staff'],
    });
    created.push(made.id);
    for (const [participantName, hours] of rows)
      await api.send('POST', `/api/training/events/${made.id}/attendance`, {
        participantName,
        outlet: 'Khabar Jonoub',
        audience: 'pr_staff',
        hours,
      });
  };
  try {
    await event(training.id, '2020-05-10', 6, [
      ['Parisa Naderi', 6],
      ['Omid Rahimi', 6],
      ['Leila Hosseini', 6],
      ['Babak Sadri', 4],
    ]);
    await event(training.id, '2020-06-01', 5, [['Parisa Naderi', 5]]);
    await event(media.id, '2020-05-20', 10, [
      ['Press tour A', 10],
      ['Press tour B', 10],
    ]);

    await signInQuietly(page, 'director');
    await page.goto(`/training/committees/${training.id}`);
    const section = page.getByRole('region', { name: 'Проведённое обучение' });
    await section.getByLabel('С', { exact: true }).fill('2020-01-01');
    await section.getByLabel('С', { exact: true }).press('Tab');
    await section.getByLabel('По', { exact: true }).fill('2020-12-31');
    await section.getByLabel('По', { exact: true }).press('Tab');
    await expect(section.locator('[data-figure="committee-person-hours"]')).toHaveText('27');
    await expect(section.locator('[data-figure="committee-people-trained"]')).toHaveText('4');
  } finally {
    for (const id of created) await api.remove(`/api/training/events/${id}`);
    await api.dispose();
  }
});
