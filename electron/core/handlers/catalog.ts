import type { catalogChannels } from '../../shared/contract/catalog';
import { importCatalogFeed } from '../catalog/importCatalogFeed';
import { listCatalog } from '../catalog/listCatalog';
import { refreshCatalogFeeds } from '../catalog/refreshCatalogFeeds';
import { searchCatalog } from '../catalog/searchCatalog';
import { suggestRelated } from '../catalog/suggestRelated';
import { requireDraft } from '../drafts/getDraft';
import type { EngineContext } from '../engineContext';
import type { DomainHandlers } from './domainHandlers';

const feedFilter = { name: 'Feeds and sitemaps', extensions: ['xml', 'rss', 'atom'] };

async function chooseSource(url: string | undefined, { host }: EngineContext): Promise<string | null> {
  if (url !== undefined) return url;
  return host.chooseOpenPath({ title: 'Import a feed of published articles', filters: [feedFilter] });
}

/** Handlers for the `catalog:*` channels. Published drafts are already in the catalog (see changeDraftStatus). */
export const catalogHandlers: DomainHandlers<keyof typeof catalogChannels> = {
  'catalog:search': (input, { db, now }) => ({ items: searchCatalog(db, input.query, { limit: input.limit, now: now().toISOString() }) }),
  'catalog:suggest': (input, { db, now }) => ({
    items: suggestRelated(db, requireDraft(db, input.draftId), { limit: input.limit, now: now().toISOString() }),
  }),
  'catalog:import': async (input, context) => {
    const source = await chooseSource(input.url, context);
    if (source === null) return null;
    return importCatalogFeed(context.db, source, { now: context.now().toISOString() });
  },
  'catalog:list': (input, { db }) => listCatalog(db, input),
  'catalog:refresh': async (_input, { db, now }) => ({ feeds: await refreshCatalogFeeds(db, { now: now().toISOString() }) }),
};
