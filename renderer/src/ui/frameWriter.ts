/** A write to the page coalesced to one per frame: `schedule` asks for it, `cancel` drops a pending one. */
export type FrameWriter = { schedule: () => void; cancel: () => void };

/**
 * Runs `write` at the next animation frame, once however often it was asked for in between, before the
 * frame is laid out and painted. For what follows a keystroke without being part of it: the counts and
 * the save status under the body, and the caret brought into view. Inside the key, a write changes the
 * page's style and a measure lays it out there and then, at every key; at the frame, the page is laid
 * out once for all the keys since the last one.
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
