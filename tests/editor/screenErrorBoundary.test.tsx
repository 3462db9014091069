// @vitest-environment happy-dom
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ScreenErrorBoundary } from '../../renderer/src/app/ScreenErrorBoundary';

Object.assign(globalThis, { IS_REACT_ACT_ENVIRONMENT: true });

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function Broken(): never {
  throw new Error('TypeError: cannot read properties of undefined (reading "content") at EditorScreen.tsx:42');
}

describe('a screen that fails to render', () => {
  it('shows a plain message and a way back, never the error itself', () => {
    const onReset = vi.fn();
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root?.render(<ScreenErrorBoundary onReset={onReset}><Broken /></ScreenErrorBoundary>));

    const alert = container.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Your drafts are safe in the library');
    expect(container.textContent).not.toMatch(/TypeError|EditorScreen\.tsx|at /);
    const back = [...container.querySelectorAll('button')].find((button) => button.textContent === 'Back to the library');
    act(() => back?.click());
    expect(onReset).toHaveBeenCalledTimes(1);
  });

  it('renders its screen untouched when nothing fails', () => {
    const container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    act(() => root?.render(<ScreenErrorBoundary onReset={() => {}}><p>The library</p></ScreenErrorBoundary>));
    expect(container.textContent).toBe('The library');
  });
});
