import type { Rectangle, WindowState } from './windowState';

/** Where to open the window: a position only when the remembered one is still on a screen. */
export type WindowPlacement = {
  bounds: { x?: number; y?: number; width: number; height: number };
  maximized: boolean;
};

export type PlacementDefaults = { width: number; height: number; minWidth: number; minHeight: number };

/** How much of the window must show on a screen for its remembered place to be kept. */
const minimumVisible = { width: 160, height: 80 };

/**
 * Places the window from its remembered state and the screens' work areas (the primary first).
 * A window that would be off every screen (a monitor unplugged, resolution changed) is centred on the
 * primary screen instead; one larger than its screen is shrunk to fit and moved fully onto it.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rectangle[], defaults: PlacementDefaults): WindowPlacement {
  const primary = workAreas[0];
  const size = { width: saved?.width ?? defaults.width, height: saved?.height ?? defaults.height };
  const maximized = saved?.maximized ?? false;
  if (primary === undefined) return { bounds: size, maximized };
  const home = saved ? bestArea(saved, workAreas) : undefined;
  if (saved === null || home === undefined) {
    return { bounds: fitSize(size, primary, defaults), maximized };
  }
  const fitted = fitSize(size, home, defaults);
  const x = clamp(saved.x, home.x, home.x + home.width - fitted.width);
  const y = clamp(saved.y, home.y, home.y + home.height - fitted.height);
  return { bounds: { x, y, ...fitted }, maximized };
}

function bestArea(window: Rectangle, workAreas: readonly Rectangle[]): Rectangle | undefined {
  let best: Rectangle | undefined;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const overlapWidth = Math.min(window.x + window.width, area.x + area.width) - Math.max(window.x, area.x);
    const overlapHeight = Math.min(window.y + window.height, area.y + area.height) - Math.max(window.y, area.y);
    if (overlapWidth < minimumVisible.width || overlapHeight < minimumVisible.height) continue;
    if (overlapWidth * overlapHeight > bestOverlap) {
      best = area;
      bestOverlap = overlapWidth * overlapHeight;
    }
  }
  return best;
}

function fitSize(size: { width: number; height: number }, area: Rectangle, defaults: PlacementDefaults): { width: number; height: number } {
  return {
    width: clamp(size.width, Math.min(defaults.minWidth, area.width), area.width),
    height: clamp(size.height, Math.min(defaults.minHeight, area.height), area.height),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.max(low, Math.min(value, high));
}
