import { expect } from '@open-wc/testing';
import { isCssColor, parseSafeUrl } from '../../src/data/sanitize.js';

describe('parseSafeUrl', () => {
  const accepted: [string, string][] = [
    ['https://example.org', 'https://example.org/'],
    ['http://example.org/a?b=c#d', 'http://example.org/a?b=c#d'],
    ['HTTPS://EXAMPLE.ORG/Path', 'https://example.org/Path'],
    ['https://mid.ru/ru/foreign_policy/news/-/asset_publisher/', 'https://mid.ru/ru/foreign_policy/news/-/asset_publisher/'],
    ['https://пример.рф/', 'https://xn--e1afmkfd.xn--p1ai/'],
    ['  https://example.org/\n', 'https://example.org/'], // CMS exports leave whitespace around
    ['https://example.org:8443/x', 'https://example.org:8443/x'],
  ];
  for (const [text, href] of accepted) {
    it(`accepts ${JSON.stringify(text)} as ${href}`, () => {
      expect(parseSafeUrl(text)).to.equal(href);
    });
  }

  const refused = [
    '',
    '   ',
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    'jav&#x09;ascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'ftp://example.org/',
    'mailto:someone@example.org',
    '//example.org/protocol-relative',
    '/relative/path',
    'example.org',
    'https:example.org', // parses as https://example.org/ only with a base; refused anyway below if hidden
    'https://user:pass@example.org/',
    'https://trusted.example@evil.example/',
    'https://exa\u200bmple.org/',
    'https://example.org/\u202egnp.exe',
    'https://example.org/a b',
    'https://example.org/\u0007',
    'http://',
    'https://[not-an-ip]/',
  ];
  for (const text of refused) {
    it(`refuses ${JSON.stringify(text)}`, () => {
      const result = parseSafeUrl(text);
      // `https:example.org` is a valid absolute URL by WHATWG rules; what matters is that it
      // can only come out as an https: link.
      if (text === 'https:example.org') return expect(result).to.equal('https://example.org/');
      expect(result).to.equal(undefined);
    });
  }
});

describe('isCssColor', () => {
  const colours = [
    '#0a7',
    '#0a7f',
    '#00aa77',
    '#00aa77cc',
    'teal',
    'RebeccaPurple',
    'transparent',
    'rgb(0, 120, 80)',
    'rgba(0, 120, 80, 0.5)',
    'rgb(0 120 80)',
    'rgb(0 120 80 / 50%)',
    'hsl(160, 100%, 24%)',
    'hsl(160deg 100% 24% / .5)',
    '  #0a7  ',
  ];
  const hazards = [
    '',
    'red; background: url(https://evil.example/x)',
    'red;',
    'url(https://evil.example/x)',
    'var(--brand)',
    'expression(alert(1))',
    'red /* comment */',
    'r\\65 d',
    '}body{color:red',
    '{red}',
    'attr(data-x)',
    'env(safe-area-inset-top)',
    '"red"',
    '<red>',
    'x'.repeat(101),
  ];
  const notColours = ['#0a', '#12345', 'rgb(0, 120)', 'hsl()', '12px', 'red blue', 'rgb(a, b, c)', 'not a colour'];

  const withCss = typeof CSS !== 'undefined' && typeof CSS.supports === 'function';

  for (const text of colours) {
    it(`accepts ${JSON.stringify(text)}`, () => {
      expect(isCssColor(text)).to.equal(true);
    });
  }
  for (const text of [...hazards, ...notColours]) {
    it(`refuses ${JSON.stringify(text.slice(0, 40))}`, () => {
      expect(isCssColor(text)).to.equal(false);
    });
  }

  it('lets the browser decide modern colour syntax', function () {
    if (!withCss) this.skip();
    expect(isCssColor('oklch(60% 0.15 160)')).to.equal(true);
    expect(isCssColor('color-mix(in srgb, teal 40%, white)')).to.equal(true);
    expect(isCssColor('notacolour')).to.equal(false);
  });

  describe('without CSS.supports (server-side rendering), a strict parser decides', () => {
    let saved: PropertyDescriptor | undefined;
    beforeEach(() => {
      saved = Object.getOwnPropertyDescriptor(globalThis, 'CSS');
      Object.defineProperty(globalThis, 'CSS', { value: undefined, configurable: true, writable: true });
    });
    afterEach(() => {
      if (saved) Object.defineProperty(globalThis, 'CSS', saved);
      else delete (globalThis as { CSS?: unknown }).CSS;
    });

    it('accepts the common forms', () => {
      for (const text of colours) expect(isCssColor(text), text).to.equal(true);
      expect(isCssColor('hsla(160, 100%, 24%, 0.5)')).to.equal(true);
    });
    it('refuses hazards and non-colours', () => {
      for (const text of [...hazards, ...notColours]) expect(isCssColor(text), text).to.equal(false);
      expect(isCssColor('oklch(60% 0.15 160)')).to.equal(false);
    });
  });
});
