import { expect, test } from '@playwright/test';
import type { AccountView, CycleView, Page as ListPage, ReviewQueueItem } from '@prgauge/contracts';
import { apiAs, replaceOneTimePassword } from './support/api';
import { signIn } from './support/session';

test('an agency editor sees the bell count rise after a return and lands on the commented field from it', async ({
  page,
  playwright,
  baseURL,
}) => {
  const director = await apiAs(playwright, baseURL ?? '', 'director');
  // The last submission waiting for review, so that the review journey's first picks stay as they are, and an
  // editor account of its agency of our own, so that no other journey's editor finds a changed form.
  const cycle = (await director.get<ListPage<CycleView>>('/api/cycles')).items.find(
    (c) => c.status === 'open',
  );
  const queue = await director.get<ListPage<ReviewQueueItem>>(
    `/api/cycles/${cycle?.id}/review-queue?status=submitted&limit=500`,
  );
  const waiting = queue.items.at(-1);
  expect(waiting, 'a submission waiting for review').toBeTruthy();
  const login = `bell-editor-${Date.now().toString(36)}`;
  const oneTimePassword = 'a one-time password for the bell';
  const account = await director.send<AccountView>('POST', '/api/users', {
    login,
    displayName: 'Редактор ведомства',
    role: 'agency_editor',
    agencyId: waiting?.agencyId,
    password: oneTimePassword,
    locale: 'ru',
  });
  await replaceOneTimePassword(playwright, baseURL ?? '', login, oneTimePassword);

  try {
    // The bell polls once a minute: the page's clock is moved on rather than waited for.
    await page.clock.install();
    await signIn(page, login);
    const bell = page.getByRole('button', { name: /^Уведомления/ });
    await expect(bell).toHaveAccessibleName('Уведомления');

    await director.send('POST', `/api/submissions/${waiting?.submissionId}/return`, {
      version: waiting?.version,
      comments: [{ indicator: 'media.releases', body: 'Приложите список пресс-релизов.' }],
    });
    await page.clock.fastForward('01:05');
    await expect(bell).toHaveAccessibleName('Уведомления: непрочитанных 1');

    await bell.click();
    const panel = page.getByRole('dialog', { name: 'Уведомления' });
    await expect(panel.getByRole('heading', { level: 3 })).toContainText('возвращён на доработку');
    await panel.getByRole('link', { name: 'Пресс-релизы: Приложите список пресс-релизов.' }).click();

    await expect(page).toHaveURL(new RegExp(`/submissions/${waiting?.submissionId}\\?field=media.releases$`));
    const field = page.locator('#leaf-media-releases');
    await expect(field).toHaveClass(/highlighted/);
    await expect(field).toBeInViewport();
    await expect(bell).toHaveAccessibleName('Уведомления');
  } finally {
    // Retired, so that journeys counting the region's accounts find what they expect.
    const accounts = await director.get<ListPage<AccountView>>(`/api/users?search=${login}`);
    const current = accounts.items.find((a) => a.id === account.id);
    await director.send('PATCH', `/api/users/${account.id}`, { version: current?.version, active: false });
    await director.dispose();
  }
});
