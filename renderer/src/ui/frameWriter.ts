/** A write to the page coalesced to one per frame: `schedule` asks for it, `cancel` drops a pending one. */
export type FrameWriter = { schedule: () => void; cancel: () => void };

/**
 * Runs `write` at the next animation frame, once however often it was asked for in between. For what
 * follows the body but is not the body (the counts and the save status under it): written inside a
 * keystroke, it would change the page's style before ProseMirror measures the caret to scroll to it,
 * and that measurement would lay out the page again at every key.
 */
export function frameWriter(write: () => void): FrameWriter {
  let frame: number | null = null;
  return {
    schedule() {
      if (frame !== null) return;
      frame = requestAnimationFrame(() => {
        frame = null;
        write();
      });
    },
    cancel() {
      if (frame !== null) cancelAnimationFrame(frame);
      frame = null;
    },
  };
}
