import type { ChannelInput } from '../../electron/shared/contract/index';
import type { LaunchedApp } from './harness';
import type { EditorPage } from './pages/EditorPage';
import { LibraryPage } from './pages/LibraryPage';

/**
 * Writes a draft straight into the store (as an import or another laptop would), then opens it from
 * the library as a reporter does, and waits until the editor is ready.
 */
export async function openStoredDraft(app: LaunchedApp, changes: NonNullable<ChannelInput<'drafts:create'>['changes']>): Promise<EditorPage> {
  const created = await app.engine.call('drafts:create', { changes });
  if (!created.ok) throw new Error(created.error.message);
  const library = new LibraryPage(app.page);
  await library.waitUntilShown();
  await app.page.reload();
  const editor = await library.open(created.value.headline);
  await editor.waitUntilReady();
  return editor;
}
