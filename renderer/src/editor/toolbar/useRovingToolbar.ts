import { useLayoutEffect, useRef, type KeyboardEvent, type RefObject } from 'react';

const moves: Record<string, (index: number, count: number) => number> = {
  ArrowRight: (index, count) => (index + 1) % count,
  ArrowLeft: (index, count) => (index - 1 + count) % count,
  Home: () => 0,
  End: (_index, count) => count - 1,
};

function buttonsOf(toolbar: HTMLElement): HTMLButtonElement[] {
  return [...toolbar.querySelectorAll<HTMLButtonElement>('button')];
}

/** Gives `current` (or the first button) the toolbar's one tab stop. */
function settle(toolbar: HTMLElement, current: HTMLButtonElement | null): void {
  const buttons = buttonsOf(toolbar);
  const stop = current !== null && buttons.includes(current) ? current : buttons[0];
  for (const button of buttons) button.tabIndex = button === stop ? 0 : -1;
}

/**
 * The WAI-ARIA toolbar pattern: the toolbar is one tab stop, which remembers the button last used;
 * Left/Right move between buttons (wrapping round), Home/End go to the first and last. Buttons
 * added by features (the inserters) take part as they are rendered into the toolbar.
 */
export function useRovingToolbar(toolbar: RefObject<HTMLDivElement | null>) {
  const current = useRef<HTMLButtonElement | null>(null);
  useLayoutEffect(() => {
    if (toolbar.current !== null) settle(toolbar.current, current.current);
  });
  const handleFocus = (event: { target: EventTarget }) => {
    if (!(event.target instanceof HTMLButtonElement) || toolbar.current === null) return;
    current.current = event.target;
    settle(toolbar.current, event.target);
  };
  const handleKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = moves[event.key];
    if (move === undefined || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    const buttons = buttonsOf(event.currentTarget);
    const index = buttons.findIndex((button) => button === document.activeElement);
    if (index < 0) return;
    event.preventDefault();
    buttons[move(index, buttons.length)]?.focus();
  };
  return { onFocus: handleFocus, onKeyDown: handleKeyDown };
}
