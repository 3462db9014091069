/** Saves whatever the open screen still holds; resolves when it is in the store (false: it could not be). */
export type Flush = () => Promise<boolean | void>;

/**
 * The one place that knows how to flush the open draft. The editor registers itself while mounted;
 * the app calls `flushAll` before navigating, on window close (the shell's flush request) and when
 * the page is hidden.
 */
export class FlushRegistry {
  private readonly flushes = new Set<Flush>();

  /** Adds a flush; returns the function that removes it. */
  register(flush: Flush): () => void {
    this.flushes.add(flush);
    return () => {
      this.flushes.delete(flush);
    };
  }

  /** Runs every registered flush and waits for all of them; false when one could not store everything. */
  async flushAll(): Promise<boolean> {
    const outcomes = await Promise.all([...this.flushes].map(async (flush) => flush()));
    return outcomes.every((outcome) => outcome !== false);
  }
}
