import { expect } from '@open-wc/testing';
import * as shim from '../../src/d3-lite/d3-selection.js';
// The real module, by path: the bare name resolves to the stand-in in these tests.
const realPath = '/node_modules/d3-selection/dist/d3-selection.mjs';
const real: unknown = await import(realPath);

type Module = typeof shim;
const modules: [string, Module][] = [
  ['stand-in', shim],
  ['d3-selection', real as unknown as Module],
];

for (const [name, d3] of modules) {
  describe(`${name}: what d3-zoom and d3-drag use`, () => {
    it('adds, replaces and removes listeners by type and namespace', () => {
      const node = document.createElement('div');
      const calls: string[] = [];
      const selection = d3.select(node);
      selection.on('click.a', function (this: unknown, event: Event) {
        calls.push(`a:${event.type}:${this === node}`);
      });
      selection.on('click.b mousedown.b', (event: Event) => calls.push(`b:${event.type}`));
      node.click();
      node.dispatchEvent(new MouseEvent('mousedown'));
      selection.on('click.a', (event: Event) => calls.push(`a2:${event.type}`));
      node.click();
      selection.on('.b', null);
      node.click();
      node.dispatchEvent(new MouseEvent('mousedown'));
      selection.on('click.a', null);
      node.click();
      // A replaced listener is re-added, so it now runs after b.
      expect(calls).to.deep.equal(['a:click:true', 'b:click', 'b:mousedown', 'b:click', 'a2:click', 'a2:click']);
    });

    it('sets properties from values and functions, filters, and reads data', () => {
      const node = document.createElement('div') as HTMLDivElement & { __zoom?: unknown; __data__?: unknown };
      node.__data__ = 'datum';
      d3.select(node).property('__zoom', function (this: typeof node) {
        return `set on ${this.tagName}`;
      });
      expect(node.__zoom).to.equal('set on DIV');
      expect(d3.select(node).datum()).to.equal('datum');
      expect(
        d3
          .select(node)
          .filter(() => false)
          .node(),
      ).to.equal(null);
      let seen = 0;
      d3.select(node)
        .filter(() => false)
        .on('click.x', () => seen++);
      node.click();
      expect(seen).to.equal(0);
      d3.select(node).style('touch-action', 'none');
      expect(node.style.touchAction).to.equal('none');
      let called: unknown;
      d3.select(node).call((selection: unknown, value: unknown) => (called = [selection === undefined, value]), 7);
      expect(called).to.deep.equal([false, 7]);
    });

    it('reads the pointer in SVG user units', () => {
      const host = document.createElement('div');
      host.innerHTML = '<svg width="200" height="100" viewBox="0 0 400 200" style="position:fixed;left:10px;top:20px"></svg>';
      document.body.append(host);
      const svg = host.querySelector('svg')!;
      const event = new MouseEvent('mousemove', { clientX: 60, clientY: 70 });
      expect(d3.pointer(event, svg as never).map(Math.round)).to.deep.equal([100, 100]);
      host.remove();
    });
  });
}
