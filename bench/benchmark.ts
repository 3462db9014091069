/** One measured operation: how long it took per run, in milliseconds. */
export type Measurement = {
  name: string;
  runs: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  opsPerSecond: number;
};

/** Where a benchmark writes its figures. */
export type BenchReport = {
  /** A heading for a group of figures. */
  section: (title: string) => void;
  /** One figure, optionally compared with a baseline measured in the same run. */
  figure: (measurement: Measurement, baseline?: Measurement) => void;
  /** A line of context (sizes, counts, setup time). */
  note: (text: string) => void;
};

/**
 * A benchmark file (`bench/NAME.bench.ts`) exports `benchmark` of this type; `npm run bench`
 * finds and runs every one. Benchmarks print figures and ratios; they never fail on a timing.
 */
export type Benchmark = {
  name: string;
  run: (report: BenchReport) => Promise<void> | void;
};
