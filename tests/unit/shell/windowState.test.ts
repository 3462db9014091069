import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { placeWindow } from '../../../electron/core/shell/placeWindow';
import { parseWindowState } from '../../../electron/core/shell/windowState';
import { createWindowStateFile } from '../../../electron/core/shell/windowStateFile';

const defaults = { width: 1280, height: 860, minWidth: 720, minHeight: 480 };
const laptop = { x: 0, y: 25, width: 1440, height: 875 };
const monitorRight = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('parseWindowState', () => {
  it('accepts a well-formed state and refuses anything else', () => {
    expect(parseWindowState({ x: 10, y: 20, width: 1000, height: 700, maximized: false })).toEqual({ x: 10, y: 20, width: 1000, height: 700, maximized: false });
    for (const bad of [null, 'x', [], { x: 10, y: 20, width: 1000, height: 700 }, { x: 'a', y: 0, width: 800, height: 600, maximized: false }, { x: 0, y: 0, width: 5, height: 600, maximized: false }, { x: 0, y: 0, width: Number.NaN, height: 600, maximized: false }, { x: 1e12, y: 0, width: 800, height: 600, maximized: false }]) {
      expect(parseWindowState(bad), JSON.stringify(bad)).toBeNull();
    }
  });
});

describe('placeWindow', () => {
  it('opens a first window at the default size, centred (no position)', () => {
    expect(placeWindow(null, [laptop], defaults)).toEqual({ bounds: { width: 1280, height: 860 }, maximized: false });
  });

  it('reopens where it was on a screen that is still there, maximized if it was', () => {
    const saved = { x: 1600, y: 100, width: 1200, height: 900, maximized: true };
    expect(placeWindow(saved, [laptop, monitorRight], defaults)).toEqual({ bounds: { x: 1600, y: 100, width: 1200, height: 900 }, maximized: true });
  });

  it('centres a window whose monitor was unplugged on the primary screen, shrunk to fit', () => {
    const saved = { x: 1600, y: 100, width: 2400, height: 1300, maximized: false };
    expect(placeWindow(saved, [laptop], defaults)).toEqual({ bounds: { width: 1440, height: 875 }, maximized: false });
  });

  it('pulls a window hanging off the edge fully back onto its screen', () => {
    const saved = { x: 1000, y: 400, width: 1000, height: 700, maximized: false };
    const placed = placeWindow(saved, [laptop], defaults);
    expect(placed.bounds).toEqual({ x: 440, y: 200, width: 1000, height: 700 });
  });

  it('does not keep a place where only a sliver of the window would show', () => {
    const saved = { x: 1400, y: 800, width: 1000, height: 700, maximized: false };
    expect(placeWindow(saved, [laptop], defaults).bounds).toEqual({ width: 1000, height: 700 });
  });
});

describe('createWindowStateFile', () => {
  let folder: string | undefined;
  afterEach(() => {
    if (folder) fs.rmSync(folder, { recursive: true, force: true });
  });

  it('remembers the state across runs and ignores a damaged file', () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'newsdesk-window-'));
    const filePath = path.join(folder, 'profile', 'window-state.json');
    const file = createWindowStateFile(filePath);
    expect(file.read()).toBeNull();
    file.write({ x: 5, y: 6, width: 900, height: 700, maximized: true });
    expect(createWindowStateFile(filePath).read()).toEqual({ x: 5, y: 6, width: 900, height: 700, maximized: true });
    expect(fs.readdirSync(path.dirname(filePath))).toEqual(['window-state.json']);
    fs.writeFileSync(filePath, '{"x": 5, "y":');
    expect(file.read()).toBeNull();
  });
});
