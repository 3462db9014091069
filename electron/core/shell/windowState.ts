import { z } from 'zod';

/** A rectangle on the desktop in screen pixels, as Electron gives it. */
export type Rectangle = { x: number; y: number; width: number; height: number };

const coordinate = z.number().int().min(-100_000).max(100_000);
const length = z.number().int().min(100).max(20_000);

const WindowStateSchema = z.object({
  x: coordinate,
  y: coordinate,
  width: length,
  height: length,
  maximized: z.boolean(),
});

/** The window's size and place when it last closed, and whether it was maximized. */
export type WindowState = z.infer<typeof WindowStateSchema>;

/** Reads a remembered window state; anything malformed (hand-edited, truncated, wrong types) gives null. */
export function parseWindowState(raw: unknown): WindowState | null {
  const parsed = WindowStateSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
