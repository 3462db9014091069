import type { Migration } from '../migration';

/**
 * Holds number 3 on the sync branch only: issue 8's languages and search migration takes this number
 * when the branches meet, and this file goes.
 */
export const migration: Migration = {
  version: 3,
  name: 'reserved-for-languages',
  up() {},
};
