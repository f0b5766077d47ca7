import { describe, expect, it } from 'vitest';
import { splitDeferred } from '../../../src/lib-site/deferred.ts';

describe('splitDeferred', () => {
  it('keeps content without scripts or stylesheets whole, and hoists nothing', () => {
    const html =
      '<p class="ff-code-ref">See <a href="#code">lib/x.ts</a></p><pre><code>1 < 2</code></pre>';
    expect(splitDeferred(html)).toEqual({ hoisted: '', body: html });
  });

  it('hoists module scripts and stylesheet links, in order, and leaves the rest in place', () => {
    const html =
      '<div class="expressive-code"><link rel="stylesheet" href="/_astro/ec.css">' +
      '<script type="module" src="/_astro/ec.js"></script><pre>code</pre></div>' +
      '<script>\n  inline();\n</script><p>after</p>';
    expect(splitDeferred(html)).toEqual({
      hoisted:
        '<link rel="stylesheet" href="/_astro/ec.css">' +
        '<script type="module" src="/_astro/ec.js"></script>' +
        '<script>\n  inline();\n</script>',
      body: '<div class="expressive-code"><pre>code</pre></div><p>after</p>',
    });
  });

  it('leaves links that are not stylesheets (a preload, an anchor) in the deferred content', () => {
    const html = '<link rel="preload" href="/f.woff2" as="font"><a href="/x/">x</a>';
    expect(splitDeferred(html)).toEqual({ hoisted: '', body: html });
  });

  it('refuses content that would close the <noscript> around it early', () => {
    expect(() => splitDeferred('<p>a</p></noscript><p>b</p>')).toThrow(/<\/noscript>/);
    expect(() => splitDeferred('<p>a</NOSCRIPT ></p>')).toThrow(/<\/noscript>/);
  });
});
