import type { BenchReport, Measurement } from './benchmark';

function milliseconds(value: number): string {
  return value < 1 ? value.toFixed(3) : value < 100 ? value.toFixed(2) : value.toFixed(0);
}

function row(cells: string[]): string {
  const widths = [40, 9, 9, 9, 9, 60];
  return cells.map((cell, index) => (index === 0 ? cell.padEnd(widths[index] ?? 10) : cell.padStart(widths[index] ?? 10))).join(' ');
}

function ratio(value: number, baseline: number): string {
  const factor = baseline / value;
  return factor >= 1 ? `${factor.toFixed(1)}x faster` : `${(1 / factor).toFixed(1)}x the time`;
}

function compare(measurement: Measurement, baseline: Measurement): string {
  return `mean ${ratio(measurement.meanMs, baseline.meanMs)}, p95 ${ratio(measurement.p95Ms, baseline.p95Ms)} than ${baseline.name}`;
}

/** A report that prints aligned figures on stdout. */
export function consoleReport(write: (line: string) => void = (line) => console.log(line)): BenchReport {
  return {
    section(title) {
      write('');
      write(title);
      write(row(['operation', 'mean ms', 'p50 ms', 'p95 ms', 'ops/s', 'vs baseline']));
    },
    figure(measurement: Measurement, baseline?: Measurement) {
      const ratio = baseline ? compare(measurement, baseline) : '';
      write(
        row([
          measurement.name,
          milliseconds(measurement.meanMs),
          milliseconds(measurement.p50Ms),
          milliseconds(measurement.p95Ms),
          measurement.opsPerSecond.toFixed(0),
          ratio,
        ]),
      );
    },
    note(text) {
      write(`  ${text}`);
    },
  };
}
