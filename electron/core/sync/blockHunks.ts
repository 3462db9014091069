/** A run of top-level blocks replaced by others: `removed` blocks from `start` of the old list give way to `added`. */
export type BlockHunk<T> = { start: number; removed: number; added: T[] };

/**
 * The hunks that turn one list of blocks into another, from a longest common subsequence of their keys, left to
 * right, with `start` in the old list's numbering.
 */
export function blockHunks<T>(before: readonly string[], after: readonly T[], keyOf: (block: T) => string): BlockHunk<T>[] {
  const afterKeys = after.map(keyOf);
  const rows = before.length + 1;
  const columns = afterKeys.length + 1;
  const common = new Uint32Array(rows * columns);
  for (let i = before.length - 1; i >= 0; i -= 1) {
    for (let j = afterKeys.length - 1; j >= 0; j -= 1) {
      common[i * columns + j] =
        before[i] === afterKeys[j] ? (common[(i + 1) * columns + j + 1] ?? 0) + 1 : Math.max(common[(i + 1) * columns + j] ?? 0, common[i * columns + j + 1] ?? 0);
    }
  }
  const hunks: BlockHunk<T>[] = [];
  let open: BlockHunk<T> | null = null;
  let i = 0;
  let j = 0;
  const hunkAt = (start: number): BlockHunk<T> => {
    open ??= { start, removed: 0, added: [] };
    return open;
  };
  while (i < before.length || j < afterKeys.length) {
    if (i < before.length && j < afterKeys.length && before[i] === afterKeys[j]) {
      if (open !== null) hunks.push(open);
      open = null;
      i += 1;
      j += 1;
    } else if (j < afterKeys.length && (i === before.length || (common[i * columns + j + 1] ?? 0) >= (common[(i + 1) * columns + j] ?? 0))) {
      const block = after[j];
      if (block !== undefined) hunkAt(i).added.push(block);
      j += 1;
    } else {
      hunkAt(i).removed += 1;
      i += 1;
    }
  }
  if (open !== null) hunks.push(open);
  return hunks;
}
