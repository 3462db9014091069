import { Window } from 'happy-dom';

let shared: Window | null = null;

/**
 * The process's one window for parsing and writing untrusted HTML in Node: it never runs scripts or
 * fetches anything. Shared, because making a window costs more than reading a whole article, and a
 * batch conversion reads thousands.
 */
export function inertWindow(): Window {
  shared ??= new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
    },
  });
  return shared;
}
