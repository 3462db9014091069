export type CharacterCounterProps = {
  id: string;
  length: number;
  /** The length sites use for this field; going over warns but never blocks. */
  limit: number;
};

/** "42 / 70", turning to a warning past the limit. */
export function CharacterCounter({ id, length, limit }: CharacterCounterProps) {
  const over = length - limit;
  return (
    <span id={id} className={`counter${over > 0 ? ' counter--over' : ''}`}>
      {length} / {limit}
      {over > 0 ? <span className="counter__warning"> · {over} over, may be cut off</span> : null}
    </span>
  );
}
