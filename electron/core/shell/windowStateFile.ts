import fs from 'node:fs';
import path from 'node:path';
import { parseWindowState, type WindowState } from './windowState';

/** The small JSON file in the profile folder that remembers the window between runs. */
export type WindowStateFile = {
  /** The remembered state, or null when there is none or it is unreadable. */
  read: () => WindowState | null;
  /** Remembers a state; written to a temporary file and renamed, so a crash never leaves half a file. */
  write: (state: WindowState) => void;
};

/** Opens the window-state file at `filePath` (e.g. userData/window-state.json). */
export function createWindowStateFile(filePath: string): WindowStateFile {
  return {
    read() {
      try {
        return parseWindowState(JSON.parse(fs.readFileSync(filePath, 'utf8')));
      } catch {
        return null;
      }
    },
    write(state) {
      const checked = parseWindowState(state);
      if (checked === null) return;
      fs.mkdirSync(path.dirname(filePath), { recursive: true });
      const temporary = `${filePath}.${process.pid}.tmp`;
      fs.writeFileSync(temporary, `${JSON.stringify(checked, null, 2)}\n`);
      fs.renameSync(temporary, filePath);
    },
  };
}
