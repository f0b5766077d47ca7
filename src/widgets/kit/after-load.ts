/**
 * Runs `task` after the page's load event, when the browser is next idle. The built page already
 * shows every widget's default state, so what a widget needs to go live (Observable Plot, for a
 * chart) can wait until the reader has the page; the page's load stays light.
 */
export function afterLoad(task: () => void): void {
  const idle = () =>
    'requestIdleCallback' in window
      ? requestIdleCallback(task, { timeout: 1000 })
      : setTimeout(task, 1);
  if (document.readyState === 'complete') idle();
  else addEventListener('load', idle, { once: true });
}
