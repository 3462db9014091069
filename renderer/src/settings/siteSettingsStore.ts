import { useSyncExternalStore } from 'react';
import { defaultSiteSettings, type SiteSettings } from '../../../electron/shared/model/settings';
import { request } from '../api/request';

let current: SiteSettings = defaultSiteSettings;
let loading: Promise<void> | null = null;
const listeners = new Set<() => void>();

function publish(next: SiteSettings): void {
  current = next;
  for (const listener of listeners) listener();
}

/** Loads the site settings from the store once (the defaults stand in until then, or if it fails). */
export function loadSiteSettings(): Promise<void> {
  loading ??= request((api) => api.settings.get({})).then((result) => {
    if (result.ok) publish(result.value);
  });
  return loading;
}

/** Saves changed settings; resolves to an error message, or null when saved. */
export async function saveSiteSettings(changes: Partial<SiteSettings>): Promise<string | null> {
  const result = await request((api) => api.settings.update({ changes }));
  if (!result.ok) return result.error.message;
  publish(result.value);
  return null;
}

/** The site settings as last loaded or saved. */
export function siteSettingsSnapshot(): SiteSettings {
  return current;
}

/** Calls back whenever the settings change; returns the unsubscribe function. */
export function subscribeSiteSettings(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The site settings for a component, kept up to date; starts loading them on first use. */
export function useSiteSettings(): SiteSettings {
  void loadSiteSettings();
  return useSyncExternalStore(subscribeSiteSettings, siteSettingsSnapshot);
}
