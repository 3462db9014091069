/**
 * Installed in the page before typing: for each key, the time from its keydown to the first change of
 * the editor's DOM (`dom`), and to the next frame after it was handled (`frame`: a task queued from
 * the first animation frame, so the frame's style, layout and paint are done). In milliseconds,
 * measured in the page, so Playwright's round trips are not counted.
 */
function installKeyTimings(editorSelector: string): void {
  const editor = document.querySelector(editorSelector);
  if (editor === null) throw new Error(`No editor at ${editorSelector}`);
  const samples: { dom: number; frame: number }[] = [];
  let pending: { start: number; dom: number } | null = null;
  // Created after ProseMirror's own observer, so its callback (the transaction, plugins, node views)
  // has run when this one is told.
  new MutationObserver(() => {
    if (pending !== null && pending.dom < 0) pending.dom = performance.now() - pending.start;
  }).observe(editor, { childList: true, subtree: true, characterData: true, attributes: true });
  window.addEventListener(
    'keydown',
    (event) => {
      const current = { start: event.timeStamp, dom: -1 };
      pending = current;
      requestAnimationFrame(() => {
        setTimeout(() => {
          samples.push({ dom: current.dom, frame: performance.now() - current.start });
          pending = null;
        }, 0);
      });
    },
    { capture: true },
  );
  Object.defineProperty(window, '__keyTimings', { value: samples });
}

Object.defineProperty(window, 'installKeyTimings', { value: installKeyTimings });
