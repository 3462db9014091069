import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Engine } from '../../electron/core/engine';
import { handlers } from '../../electron/core/handlers/index';
import { channelNames, contract } from '../../electron/shared/contract/index';
import { memoryEngine } from './support/testEngine';

let engine: Engine;
beforeAll(() => {
  engine = memoryEngine();
});
afterAll(() => engine.close());

const huge = 'x'.repeat(33 * 1024 * 1024);
const wrongTypes: unknown[] = [42, -1.5, 'text', true, [], [1, 2, 3], huge, { zzUnexpectedKey: 1 }, JSON.parse('{"__proto__": {"polluted": true}}')];
const fieldValues: unknown[] = [12345, -1.5, true, null, [], {}, { nested: { deeper: [1] } }, huge, '', '../../etc/passwd', Number.NaN];

function describeInput(input: unknown): string {
  if (typeof input === 'string') return `a string of ${input.length} characters`;
  return JSON.stringify(input) ?? String(input);
}

function acceptsEmptyObject(name: (typeof channelNames)[number]): boolean {
  return contract[name].input.safeParse({}).success;
}

function objectShape(name: (typeof channelNames)[number]): Record<string, z.ZodType> | null {
  const input = contract[name].input;
  return input instanceof z.ZodObject ? input.shape : null;
}

describe('the IPC contract', () => {
  it('names every channel domain:verb', () => {
    for (const name of channelNames) expect(name).toMatch(/^[a-z]+:[a-zA-Z]+$/);
  });

  it('has a handler for every channel', () => {
    for (const name of channelNames) expect(typeof handlers[name], name).toBe('function');
    expect(Object.keys(handlers).sort()).toEqual([...channelNames].sort());
  });

  it('answers input of the wrong type on every channel with invalid_input, without throwing', async () => {
    for (const name of channelNames) {
      for (const input of wrongTypes) {
        const result = await engine.dispatch(name, input);
        expect(result, `${name} with ${describeInput(input)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
      }
    }
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  it('answers null with invalid_input on every channel that needs fields', async () => {
    for (const name of channelNames.filter((candidate) => !acceptsEmptyObject(candidate))) {
      expect(await engine.dispatch(name, null), name).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });

  it('answers a wrong value in any field with invalid_input on every channel', async () => {
    for (const name of channelNames) {
      const shape = objectShape(name);
      expect(shape, `${name} takes an object`).not.toBeNull();
      for (const [key, schema] of Object.entries(shape ?? {})) {
        for (const value of fieldValues.filter((candidate) => !schema.safeParse(candidate).success)) {
          const result = await engine.dispatch(name, { [key]: value });
          expect(result, `${name} with ${key} = ${describeInput(value)}`).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
        }
      }
    }
  });

  it('says in words what was wrong', async () => {
    const result = await engine.dispatch('drafts:get', { id: 'not-a-uuid' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.message).toMatch(/^id: /);
  });

  it('refuses channels it does not know', async () => {
    for (const name of ['drafts:nope', 'drafts', '', 42, null, undefined, '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      expect(await engine.dispatch(name, {}), String(name)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });
});
