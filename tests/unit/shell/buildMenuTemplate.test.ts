import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuItemTemplate, type MenuOptions } from '../../../electron/core/shell/buildMenuTemplate';
import type { ShellCommand } from '../../../electron/shared/contract/index';

function build(platform: NodeJS.Platform, isDevelopment = false) {
  const commands: ShellCommand[] = [];
  let dataFolderShown = 0;
  const options: MenuOptions = {
    platform,
    appName: 'Newsdesk',
    isDevelopment,
    command: (command) => commands.push(command),
    showDataFolder: () => {
      dataFolderShown += 1;
    },
  };
  return { template: buildMenuTemplate(options), commands, dataFolderShown: () => dataFolderShown };
}

function flatten(items: MenuItemTemplate[]): MenuItemTemplate[] {
  return items.flatMap((item) => [item, ...flatten(item.submenu ?? [])]);
}

function byId(items: MenuItemTemplate[], id: string): MenuItemTemplate {
  const found = flatten(items).find((item) => item.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

const roles = (items: MenuItemTemplate[]) => flatten(items).flatMap((item) => (item.role ? [item.role] : []));

describe('buildMenuTemplate', () => {
  it.each(['darwin', 'linux', 'win32'] as const)('offers New Draft, Import, Export, Settings and Back to Library with their shortcuts on %s', (platform) => {
    const { template, commands } = build(platform);
    const expected = [
      ['new-draft', 'New Draft', 'CmdOrCtrl+N'],
      ['import', 'Import…', 'CmdOrCtrl+O'],
      ['export', 'Export…', 'CmdOrCtrl+E'],
      ['settings', 'Settings…', 'CmdOrCtrl+,'],
      ['library', 'Back to Library', 'CmdOrCtrl+Shift+L'],
    ] as const;
    for (const [id, label, accelerator] of expected) {
      const item = byId(template, id);
      expect(item).toMatchObject({ label, accelerator });
      item.click?.();
    }
    expect(commands).toEqual(['new-draft', 'import', 'export', 'settings', 'library']);
  });

  it('puts the app menu first and Settings in it on macOS only', () => {
    const mac = build('darwin').template;
    expect(mac[0]?.label).toBe('Newsdesk');
    expect(mac[0]?.submenu?.some((item) => item.id === 'settings')).toBe(true);
    expect(roles(mac)).toEqual(expect.arrayContaining(['about', 'services', 'hide', 'hideOthers', 'unhide', 'quit', 'close']));
    const linux = build('linux').template;
    expect(linux[0]?.label).toBe('&File');
    expect(roles(linux)).not.toContain('services');
    expect(linux[0]?.submenu?.some((item) => item.id === 'settings')).toBe(true);
  });

  it('builds Edit, View, Window and Help from standard roles on every platform', () => {
    for (const platform of ['darwin', 'linux', 'win32'] as const) {
      const names = roles(build(platform).template);
      expect(names).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'help', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen', 'quit']));
    }
  });

  it('offers reload and developer tools only in development, where losing unsaved edits is acceptable', () => {
    expect(roles(build('linux').template)).not.toEqual(expect.arrayContaining(['reload']));
    expect(roles(build('linux').template)).not.toContain('toggleDevTools');
    expect(roles(build('linux', true).template)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']));
  });

  it('shows the data folder from Help', () => {
    const menu = build('win32');
    byId(menu.template, 'show-data-folder').click?.();
    expect(menu.dataFolderShown()).toBe(1);
  });
});
