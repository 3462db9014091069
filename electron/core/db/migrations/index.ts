import type { Migration } from '../migration';
import { migration as m0001 } from './0001-drafts';
import { migration as m0002 } from './0002-catalog';
import { migration as m0005 } from './0005-images';

// Versions 3 (languages) and 4 (desk sync) are being written on other branches; these stand-ins
// keep the sequence whole on this one and are replaced by the real steps when the branches merge.
const reserved = (version: number, name: string): Migration => ({ version, name: `reserved for ${name}`, up: () => {} });

/** Every migration, in order. Append a new one with one import above and one entry here. */
export const migrations: readonly Migration[] = [m0001, m0002, reserved(3, 'languages'), reserved(4, 'sync'), m0005];
