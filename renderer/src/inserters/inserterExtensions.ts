import type { AnyExtension } from '@tiptap/core';
import { siteSettingsSnapshot, subscribeSiteSettings } from '../settings/siteSettingsStore';
import { AdWarnings } from './adWarningsExtension';
import { InserterShortcuts } from './inserterShortcuts';
import { openRelatedDialog } from './relatedDialogStore';

/** The editor-only extensions of the inserters: placement warnings and keyboard shortcuts. */
export function inserterExtensions(): AnyExtension[] {
  const rules = () => siteSettingsSnapshot().adRules;
  return [AdWarnings.configure({ rules, subscribe: subscribeSiteSettings }), InserterShortcuts.configure({ rules, onRelatedLink: () => openRelatedDialog() })];
}
