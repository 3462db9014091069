// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { frameWriter } from '../../renderer/src/ui/frameWriter';

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

describe('the counts and save status under the body, written once per frame', () => {
  it('write once at the next frame however many keys asked in between, and again at the frame after the next key', async () => {
    let writes = 0;
    const writer = frameWriter(() => (writes += 1));
    for (let key = 0; key < 5; key += 1) writer.schedule();
    expect(writes).toBe(0);
    await nextFrame();
    expect(writes).toBe(1);
    writer.schedule();
    await nextFrame();
    expect(writes).toBe(2);
  });

  it('write nothing once the screen has gone', async () => {
    let writes = 0;
    const writer = frameWriter(() => (writes += 1));
    writer.schedule();
    writer.cancel();
    await nextFrame();
    await nextFrame();
    expect(writes).toBe(0);
  });
});
