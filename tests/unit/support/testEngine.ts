import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BodyJson } from '../../../electron/shared/model/draft';
import { createEngine, type Engine } from '../../../electron/core/engine';
import type { Result } from '../../../electron/shared/contract/result';

/** A clock tests move by hand. */
export type ManualClock = { now: () => Date; advance: (milliseconds: number) => void };

/** A clock that starts at `start` and only moves when told. */
export function manualClock(start = '2026-03-01T09:00:00.000Z'): ManualClock {
  let time = Date.parse(start);
  return { now: () => new Date(time), advance: (milliseconds) => void (time += milliseconds) };
}

/** An engine on an in-memory database with a manual clock. */
export function memoryEngine(clock: ManualClock = manualClock()): Engine {
  return createEngine({ dbPath: ':memory:', now: clock.now });
}

/** A temporary folder, removed by the returned cleanup. */
export function temporaryFolder(prefix = 'newsdesk-test-'): { folder: string; remove: () => void } {
  const folder = mkdtempSync(path.join(tmpdir(), prefix));
  return { folder, remove: () => rmSync(folder, { recursive: true, force: true }) };
}

/** A document of plain paragraphs. */
export function doc(...paragraphs: string[]): BodyJson {
  return { type: 'doc', content: paragraphs.map((text) => ({ type: 'paragraph', content: text === '' ? [] : [{ type: 'text', text }] })) };
}

/** The value of a call that must succeed; fails the test with the error otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

/** The error of a call that must fail. */
export function errorOf<T>(result: Result<T>): { code: string; message: string; details?: Record<string, unknown> } {
  if (result.ok) throw new Error('expected an error, got success');
  return result.error;
}
