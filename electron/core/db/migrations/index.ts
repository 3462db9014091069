import type { Migration } from '../migration';
import { migration as m0001 } from './0001-drafts';
import { migration as m0002 } from './0002-catalog';
import { migration as m0006 } from './0006-reviews';

// Versions 3 to 5 belong to work being merged (0004 desk sync, 0005 images); until each lands it
// is an empty step here, so 0006 keeps its number. Replace reserved(n) with the real migration.
const reserved = (version: number): Migration => ({ version, name: `reserved-${version}`, up: () => {} });

/** Every migration, in order. Append a new one with one import above and one entry here. */
export const migrations: readonly Migration[] = [m0001, m0002, reserved(3), reserved(4), reserved(5), m0006];
