// The stand-ins in src/d3-lite/ promise to implement every call d3-zoom and
// d3-drag make. These tests hold them to it twice: by the names those modules
// import (read from their published sources), and by driving real d3-zoom over
// the stand-in through every gesture and method while a trap records any
// selection method or property it asks for that the stand-in lacks.
import { expect } from '@open-wc/testing';
import * as selectionLite from '../../src/d3-lite/d3-selection.js';
import * as transitionLite from '../../src/d3-lite/d3-transition.js';
import * as interpolateLite from '../../src/d3-lite/d3-interpolate.js';
import { zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';
// What d3-zoom gets here: the stand-in, unless the suite runs with the real modules (D3=real).
import * as resolvedSelection from 'd3-selection';

const standIns: Record<string, Record<string, unknown>> = {
  'd3-selection': selectionLite,
  'd3-transition': transitionLite,
  'd3-interpolate': interpolateLite,
};

/** The names a published module imports from each stand-in's module. */
async function importedNames(path: string): Promise<Map<string, string[]>> {
  const source = await (await fetch(`/test-api/raw?file=${encodeURIComponent(path)}`)).text();
  const names = new Map<string, string[]>();
  for (const [, list, module] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]([^'"]+)['"]/g)) {
    if (!(module! in standIns)) continue;
    names.set(
      module!,
      list!
        .split(',')
        .map((name) => name.trim().split(/\s+as\s+/)[0]!)
        .filter(Boolean),
    );
  }
  return names;
}

describe('d3-lite covers what d3-zoom and d3-drag import', () => {
  for (const path of ['node_modules/d3-zoom/dist/d3-zoom.mjs', 'node_modules/d3-drag/dist/d3-drag.mjs']) {
    it(path, async () => {
      const imports = await importedNames(path);
      expect(imports.size, 'found the imports').to.be.greaterThan(0);
      for (const [module, names] of imports) {
        for (const name of names) expect(standIns[module], `${module}.${name}`).to.have.property(name);
      }
    });
  }
});

describe('d3-lite covers what d3-zoom calls on a selection', () => {
  const missing = new Set<string>();
  const prototype = selectionLite.Selection.prototype;
  const original = Object.getPrototypeOf(prototype) as object;

  before(() => {
    // Anything looked up on a selection that the stand-in lacks reaches this trap.
    const trap = new Proxy(original, {
      get(target, name, receiver) {
        // d3-zoom asks for `selection` to tell a transition from a selection: its absence is the answer.
        if (typeof name === 'string' && !(name in target) && name !== 'selection') missing.add(name);
        return Reflect.get(target, name, receiver);
      },
    });
    Object.setPrototypeOf(prototype, trap);
  });
  after(() => Object.setPrototypeOf(prototype, original));

  it('through wheel, drag, touch, double-click and every transform method', async function () {
    if ((resolvedSelection.select as unknown) !== selectionLite.select) this.skip();
    const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
    svg.setAttribute('width', '400');
    svg.setAttribute('height', '100');
    document.body.append(svg);
    const transforms: ZoomTransform[] = [];
    const behavior = zoom<SVGSVGElement, unknown>()
      .extent([
        [0, 0],
        [400, 100],
      ])
      .scaleExtent([1, 64])
      // No transitions (d3-lite's contract): a double-click zooms at once, as duration 0 does.
      .duration(0)
      .translateExtent([
        [0, -Infinity],
        [400, Infinity],
      ])
      .on('start zoom end', (event: { transform: ZoomTransform }) => transforms.push(event.transform));
    const selection = selectionLite.select(svg as never) as never;
    (selectionLite.select(svg as never) as unknown as { call: (f: unknown) => void }).call(behavior);
    const at = { clientX: 200, clientY: 50, bubbles: true, cancelable: true };
    svg.dispatchEvent(new WheelEvent('wheel', { ...at, deltaY: -100, ctrlKey: true }));
    svg.dispatchEvent(new MouseEvent('mousedown', { ...at, button: 0, view: window }));
    window.dispatchEvent(new MouseEvent('mousemove', { ...at, clientX: 180, view: window }));
    window.dispatchEvent(new MouseEvent('mouseup', { ...at, clientX: 180, view: window }));
    svg.dispatchEvent(new MouseEvent('dblclick', { ...at, view: window }));
    const touch = (id: number, x: number) => new Touch({ identifier: id, target: svg, clientX: x, clientY: 50 });
    svg.dispatchEvent(
      new TouchEvent('touchstart', {
        touches: [touch(1, 150), touch(2, 250)],
        changedTouches: [touch(1, 150), touch(2, 250)],
        bubbles: true,
        cancelable: true,
      }),
    );
    svg.dispatchEvent(
      new TouchEvent('touchmove', {
        touches: [touch(1, 140), touch(2, 260)],
        changedTouches: [touch(1, 140), touch(2, 260)],
        bubbles: true,
        cancelable: true,
      }),
    );
    svg.dispatchEvent(
      new TouchEvent('touchend', { touches: [], changedTouches: [touch(1, 140), touch(2, 260)], bubbles: true, cancelable: true }),
    );
    behavior.transform(selection, zoomIdentity.scale(2));
    behavior.scaleBy(selection, 2, [100, 0]);
    behavior.scaleTo(selection, 3);
    behavior.translateBy(selection, -10, 0);
    behavior.translateTo(selection, 100, 50);
    (selectionLite.select(svg as never) as unknown as { on: (t: string, v: null) => void }).on('.zoom', null);
    svg.remove();
    expect(transforms.length, 'the gestures zoomed').to.be.greaterThan(10);
    expect([...missing], 'selection members d3-zoom asked for that d3-lite lacks').to.deep.equal([]);
  });
});
