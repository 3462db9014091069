import type { Migration } from '../migration';
import { migration as m0001 } from './0001-drafts';
import { migration as m0002 } from './0002-catalog';
import { migration as m0003 } from './0003-search-every-script';

/** Every migration, in order. Append a new one with one import above and one entry here. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003];
