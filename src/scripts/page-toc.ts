/**
 * <page-toc>: the "On this page" list marks the section being read (aria-current on its link).
 *
 * It watches only the headings its links point to, a dozen elements, and reads their positions at
 * most once a frame while the page scrolls. Starlight's own script observed every block of the page
 * and matched `:has()` selectors against all of it at start-up, which on the book's equation-heavy
 * chapters was the longest task of the page load (see src/components/toc/TableOfContents.astro).
 *
 * With `data-mobile` it is the narrow-screen drop-down: its summary shows the current section, and
 * following a link, clicking outside or pressing Escape closes it (Escape gives focus back to the
 * summary when focus was inside).
 */
import { currentSection } from '../lib-site/reading-position.ts';

class PageToc extends HTMLElement {
  private links: HTMLAnchorElement[] = [];
  private headings: HTMLElement[] = [];
  private current: HTMLAnchorElement | null = null;
  private frame = 0;

  connectedCallback(): void {
    for (const link of this.querySelectorAll('a')) {
      const heading = document.getElementById(decodeURIComponent(link.hash.slice(1)));
      if (heading === null) continue;
      this.links.push(link);
      // A heading inside a block skipped while off screen (an /errata/ entry: content-visibility)
      // is read by its block: asking the heading's own position would lay out every skipped
      // entry, 300 ms of layout on /errata/ on each scroll frame; the block's box is laid out already.
      this.headings.push(heading.closest<HTMLElement>('[data-card-key]') ?? heading);
    }
    addEventListener('scroll', this.schedule, { passive: true });
    addEventListener('resize', this.schedule, { passive: true });
    // The first mark waits until the page is idle, so that it never adds to loading the page.
    (window.requestIdleCallback ?? ((callback: () => void) => setTimeout(callback, 1)))(
      this.schedule,
    );
    if (this.hasAttribute('data-mobile')) this.wireDropDown();
  }

  private readonly schedule = (): void => {
    if (this.frame === 0) this.frame = requestAnimationFrame(this.update);
  };

  private readonly update = (): void => {
    this.frame = 0;
    if (this.links.length === 0) return;
    const tops = this.headings.map((h) => h.getBoundingClientRect().top);
    const link = this.links[currentSection(tops, this.readingLine())];
    if (link !== undefined) this.mark(link);
  };

  /**
   * Where a section starts counting as "being read": just below the fixed header (and the mobile
   * drop-down's bar), a little lower than where following a link places its heading.
   */
  private readingLine(): number {
    const header = document.querySelector('header')?.getBoundingClientRect().height ?? 0;
    const bar = this.querySelector('summary')?.getBoundingClientRect().height ?? 0;
    return header + bar + 32;
  }

  private mark(link: HTMLAnchorElement): void {
    if (link === this.current) return;
    this.current?.removeAttribute('aria-current');
    link.setAttribute('aria-current', 'true');
    this.current = link;
    const display = this.querySelector('.display-current');
    if (display !== null) display.textContent = link.textContent;
  }

  private wireDropDown(): void {
    const details = this.querySelector('details');
    if (details === null) return;
    const close = () => {
      details.open = false;
    };
    for (const link of details.querySelectorAll('a')) link.addEventListener('click', close);
    addEventListener('click', (event) => {
      if (!details.contains(event.target as Node)) close();
    });
    addEventListener('keydown', (event) => {
      if (event.key !== 'Escape' || !details.open) return;
      const hadFocus = details.contains(document.activeElement);
      close();
      if (hadFocus) details.querySelector('summary')?.focus();
    });
  }
}

customElements.define('page-toc', PageToc);
