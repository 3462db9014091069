import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { seriousAxeViolations } from './axe';
import { LibraryPage } from './pages/LibraryPage';

const screenshots = 'test-results/screenshots/';
const garbage = 'Not a database: a disk error wrote over the drafts file.\n'.repeat(300);

test('a damaged drafts file is set aside, the latest backup opens, and the reporter is told where the file is', async ({ launch, dbPath }) => {
  const first = await launch();
  const created = await first.engine.call('drafts:create', { changes: { headline: 'Written before the damage' } });
  expect(created.ok).toBe(true);
  await first.engine.runBackupIfDue();
  await first.close();

  writeFileSync(dbPath, garbage);
  for (const sidecar of ['-wal', '-shm']) rmSync(`${dbPath}${sidecar}`, { force: true });

  const app = await launch();
  const notice = app.page.getByRole('alert').filter({ hasText: 'Your drafts file was damaged and has been set aside.' });
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('Nothing was deleted');
  await expect(notice).toContainText('opened the latest backup');
  await expect(notice).not.toContainText(/SQLITE_|\bat .*:\d+:\d+/);
  await expect(new LibraryPage(app.page).draft('Written before the damage')).toBeVisible();
  await app.page.screenshot({ path: `${screenshots}recovered-database.png` });
  expect(await seriousAxeViolations(app.page)).toEqual([]);

  await notice.getByRole('button', { name: 'Show the damaged file' }).click();
  await expect.poll(() => app.shownFiles.length).toBe(1);
  const movedTo = app.shownFiles[0] ?? '';
  expect(movedTo).not.toBe(dbPath);
  expect(existsSync(movedTo) && readFileSync(movedTo, 'utf8')).toBe(garbage);
  await expect(notice).toContainText(movedTo);

  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toBeHidden();
  await app.close();

  const again = await launch();
  await expect(new LibraryPage(again.page).draft('Written before the damage')).toBeVisible();
  await expect(again.page.getByRole('alert')).toHaveCount(0);
});
