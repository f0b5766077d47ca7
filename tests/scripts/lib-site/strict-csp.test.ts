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

describe('the rewrite, at its edges', () => {
  it('reads every quoting and entity an attribute may carry', () => {
    const { html, css } = hoistStyleAttributes(
      `<i class='a b' style='content:&#39;x&#39;;background:url("a&amp;b")'>x</i>`,
    );
    const decl = `content:'x';background:url("a&b")`;
    expect(html).toBe(`<i class="a b ${styleClass(decl)}">x</i>`);
    expect(css).toBe(`.${styleClass(decl)}{content:'x'!important;background:url("a&b")!important}`);
  });

  it('keeps a semicolon inside parentheses, as in a data: URL, and writes one rule per element', () => {
    const decl = 'background:url(data:image/svg+xml;base64,AAA=);top:0';
    const { css } = hoistStyleAttributes(
      `<b style="${decl}">x</b><i class="" style="left:0">y</i>`,
    );
    expect(css).toBe(
      `.${styleClass(decl)}{background:url(data:image/svg+xml;base64,AAA=)!important;top:0!important}` +
        `.${styleClass('left:0')}{left:0!important}`,
    );
    expect(hoistStyleAttributes('<i class="" style="left:0">y</i>').html).toBe(
      `<i class="${styleClass('left:0')}">y</i>`,
    );
  });

  it('marks a declaration important unless it ends in !important already, spaced or not', () => {
    const decl = 'color:red ! important;content:"!important x"';
    const { css } = hoistStyleAttributes(`<b style='${decl}'>x</b>`);
    expect(css).toBe(
      `.${styleClass(decl)}{color:red ! important;content:"!important x"!important}`,
    );
  });

  it('trims declarations, drops empty ones and keeps an !important as it is', () => {
    const { html, css } = hoistStyleAttributes(
      '<p style=" top:0 ;; color:red !important ">x</p><i style="">y</i><b style="  ">z</b>',
    );
    const decl = 'top:0 ;; color:red !important';
    expect(html).toBe(`<p class="${styleClass(decl)}">x</p><i>y</i><b>z</b>`);
    expect(css).toBe(`.${styleClass(decl)}{top:0!important;color:red !important}`);
  });

  it('puts the class after the whole name of a custom element, before its other attributes', () => {
    const { html } = hoistStyleAttributes('<ff-step data-x="1" style="top:0">x</ff-step>');
    expect(html).toBe(`<ff-step class="${styleClass('top:0')}" data-x="1">x</ff-step>`);
  });

  it('leaves a style attribute written inside a script’s code alone', () => {
    const page = `<script>el.innerHTML = '<b style="color:red">';</script><b style="top:0">x</b>`;
    const { html } = hoistStyleAttributes(page);
    expect(html).toBe(
      `<script>el.innerHTML = '<b style="color:red">';</script><b class="${styleClass('top:0')}">x</b>`,
    );
  });

  it('writes the whole policy, and no <style> of its own for a page with no style attribute', () => {
    const bare =
      '<html><head data-x="1"><title>t</title></head><body><script src = "/a.js"></script></body></html>';
    const page = applyStrictCsp(bare);
    expect(page).not.toContain('data-ff-hoisted');
    expect(inlineBlocks(bare).scripts).toEqual([]);
    expect(page).toBe(
      bare.replace(
        '<head data-x="1">',
        `<head data-x="1"><meta http-equiv="content-security-policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'">`,
      ),
    );
  });
});
