import type { Migration } from '../migration';
import { migration as m0001 } from './0001-drafts';
import { migration as m0002 } from './0002-catalog';
import { migration as m0003 } from './0003-search-every-script';
import { migration as m0004 } from './0004-desk-sync';
import { migration as m0005 } from './0005-images';
import { migration as m0006 } from './0006-reviews';
import { migration as m0007 } from './0007-headline-sort';
import { migration as m0008 } from './0008-comment-counts';

/** Every migration, in order. Append a new one with one import above and one entry here. */
export const migrations: readonly Migration[] = [m0001, m0002, m0003, m0004, m0005, m0006, m0007, m0008];
