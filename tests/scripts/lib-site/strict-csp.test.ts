import { createHash } from 'node:crypto';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import {
  applyStrictCsp,
  hoistStyleAttributes,
  inlineBlocks,
  policyFor,
  styleClass,
} from '../../../src/lib-site/strict-csp.ts';

const hash = (text: string) =>
  `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const PAGE = [
  '<!DOCTYPE html><html><head><meta charset="utf-8"><title>t</title>',
  '<script>window.theme = "auto";</script><style>.a{color:red}</style></head><body>',
  '<span class="strut" style="height:0.68em;">x</span>',
  '<span style="height:0.68em;" aria-label="a > b">y</span>',
  '<div data-x="1" style="font-family:&quot;KaTeX_Main&quot;;top:-2em" class="k">z</div>',
  '<svg><rect style="--depth: 2"/></svg>',
  '<noscript class="ff-deferred"><p style="margin-right:1em">deferred</p></noscript>',
  '<script type="module">document.body.insertAdjacentHTML("beforeend", "<b style=\\"a:b\\">");</script>',
  '<script type="module" src="/_astro/page.js"></script>',
  '</body></html>',
].join('');

describe('hoisting style attributes', () => {
  const { html, css } = hoistStyleAttributes(PAGE);
  const { document } = parseHTML(html);

  it('leaves no style attribute in the markup, inside <noscript> included', () => {
    expect(document.querySelectorAll('[style]').length).toBe(0);
    expect(html).not.toMatch(/<p style=/);
    expect(html).toContain(`<p class="${styleClass('margin-right:1em')}">deferred</p>`);
  });

  it('gives equal declarations one class and keeps the classes an element had', () => {
    const spans = [...document.querySelectorAll('span')];
    const name = styleClass('height:0.68em;');
    expect(spans[0]!.getAttribute('class')).toBe(`strut ${name}`);
    expect(spans[1]!.getAttribute('class')).toBe(name);
    expect(spans[1]!.getAttribute('aria-label')).toBe('a > b');
    expect(css.split(`.${name}{`).length - 1).toBe(1);
  });

  it('writes each rule as the browser read the attribute, and as strong as an inline style', () => {
    const decl = 'font-family:"KaTeX_Main";top:-2em';
    expect(css).toContain(
      `.${styleClass(decl)}{font-family:"KaTeX_Main"!important;top:-2em!important}`,
    );
    expect(document.querySelector('div')!.getAttribute('class')).toBe(`k ${styleClass(decl)}`);
    expect(css).toContain(`.${styleClass('--depth: 2')}{--depth: 2!important}`);
  });

  it('does not touch the code inside script elements', () => {
    expect(html).toContain('"<b style=\\"a:b\\">"');
  });
});

describe('the policy', () => {
  it('allows inline scripts and styles by their hashes and nothing inline besides', () => {
    const { scripts, styles } = inlineBlocks(PAGE);
    expect(scripts).toHaveLength(2);
    expect(styles).toEqual(['.a{color:red}']);
    const policy = policyFor(PAGE);
    expect(policy).toContain(
      `script-src 'self' 'wasm-unsafe-eval' ${hash(scripts[0]!)} ${hash(scripts[1]!)};`,
    );
    expect(policy).toContain(`style-src 'self' ${hash('.a{color:red}')};`);
    expect(policy).not.toMatch(/unsafe-inline|'unsafe-eval'|https?:/);
  });

  it('is the first thing after <meta charset>, and covers the page it ends up in', () => {
    const page = applyStrictCsp(PAGE);
    expect(page).toMatch(
      /^<!DOCTYPE html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy"/,
    );
    const { document } = parseHTML(page);
    const policy = document.querySelector('meta[http-equiv]')!.getAttribute('content')!;
    for (const style of document.querySelectorAll('style'))
      expect(policy).toContain(hash(style.textContent ?? ''));
    for (const script of document.querySelectorAll('script:not([src])'))
      expect(policy).toContain(hash(script.textContent ?? ''));
    expect(document.querySelector('style[data-ff-hoisted]')!.textContent).toContain('.ffs-');
  });
});
