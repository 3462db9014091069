/**
 * Whether a frame may navigate. The app is one page: its top frame never navigates anywhere, and the
 * only frames it makes are sandboxed previews filled from `srcdoc` (or blank while they are set up).
 */
export function isAllowedFrameNavigation(url: string, isMainFrame: boolean): boolean {
  if (isMainFrame) return false;
  return url === 'about:srcdoc' || url === 'about:blank';
}
