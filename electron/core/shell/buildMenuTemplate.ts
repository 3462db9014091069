import type { ShellCommand } from '../../shared/contract/index';

/** The standard menu roles the app uses; a subset of Electron's, so the template passes to Menu as is. */
export type MenuRole =
  | 'about'
  | 'services'
  | 'hide'
  | 'hideOthers'
  | 'unhide'
  | 'quit'
  | 'close'
  | 'editMenu'
  | 'windowMenu'
  | 'help'
  | 'reload'
  | 'forceReload'
  | 'toggleDevTools'
  | 'resetZoom'
  | 'zoomIn'
  | 'zoomOut'
  | 'togglefullscreen'
  | 'cut'
  | 'copy'
  | 'paste'
  | 'pasteAndMatchStyle'
  | 'selectAll';

/** One menu item, shaped like Electron's MenuItemConstructorOptions without importing Electron. */
export type MenuItemTemplate = {
  id?: string;
  label?: string;
  role?: MenuRole;
  accelerator?: string;
  type?: 'separator';
  enabled?: boolean;
  submenu?: MenuItemTemplate[];
  click?: () => void;
};

export type MenuOptions = {
  platform: NodeJS.Platform;
  appName: string;
  /** Reload and developer tools appear only in development: a reload would drop unsaved edits. */
  isDevelopment: boolean;
  /** Sends a command to the page (New Draft, Import, Export, Settings, Back to Library). */
  command: (command: ShellCommand) => void;
  /** Shows the folder holding the database and its backups. */
  showDataFolder: () => void;
};

const separator: MenuItemTemplate = { type: 'separator' };

/**
 * The application menu, from the platform's standard roles plus Newsdesk's own commands: the app menu
 * on macOS (with Settings there, as Mac users expect), File, Edit, View, Window and Help.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemTemplate[] {
  const mac = options.platform === 'darwin';
  const item = (id: ShellCommand, label: string, accelerator: string): MenuItemTemplate => ({
    id,
    label,
    accelerator,
    click: () => options.command(id),
  });
  const settings = item('settings', 'Settings…', 'CmdOrCtrl+,');
  const file: MenuItemTemplate = {
    label: '&File',
    submenu: [
      item('new-draft', 'New Draft', 'CmdOrCtrl+N'),
      separator,
      item('import', 'Import…', 'CmdOrCtrl+O'),
      item('export', 'Export…', 'CmdOrCtrl+E'),
      separator,
      ...(mac ? [{ role: 'close' } satisfies MenuItemTemplate] : [settings, separator, { role: 'quit' } satisfies MenuItemTemplate]),
    ],
  };
  const help: MenuItemTemplate = {
    role: 'help',
    submenu: [
      { id: 'show-data-folder', label: 'Show Data Folder', click: options.showDataFolder },
      ...(mac ? [] : [separator, { role: 'about' } satisfies MenuItemTemplate]),
    ],
  };
  return [
    ...(mac ? [appMenu(options.appName, settings)] : []),
    file,
    { role: 'editMenu' },
    viewMenu(options.isDevelopment, item('library', 'Back to Library', 'CmdOrCtrl+Shift+L')),
    { role: 'windowMenu' },
    help,
  ];
}

function appMenu(appName: string, settings: MenuItemTemplate): MenuItemTemplate {
  return {
    label: appName,
    submenu: [
      { role: 'about' },
      separator,
      settings,
      separator,
      { role: 'services' },
      separator,
      { role: 'hide' },
      { role: 'hideOthers' },
      { role: 'unhide' },
      separator,
      { role: 'quit' },
    ],
  };
}

function viewMenu(isDevelopment: boolean, library: MenuItemTemplate): MenuItemTemplate {
  const development: MenuItemTemplate[] = [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  return {
    label: '&View',
    submenu: [
      library,
      separator,
      ...(isDevelopment ? development : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  };
}
