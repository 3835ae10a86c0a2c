/**
 * Stands in for d3-selection in the drop-in bundles and the browser tests
 * (see rollup.config.mjs and web-test-runner.config.mjs).
 *
 * The timeline renders with Lit; d3-selection is here only because d3-zoom
 * and d3-drag use it to listen for events on one element at a time. The real
 * module's Selection carries some forty methods (data joins, transitions,
 * attributes…) that cannot be tree-shaken from its prototype, about 4 KB gzip
 * that every reader would download. This module implements, with d3's own
 * semantics, exactly the part d3-zoom 3 and d3-drag 3 call: `select`,
 * `pointer`, and selections of zero or one node with `on`, `property`,
 * `style`, `each`, `filter`, `call`, `datum` and `node`.
 */

type Node = EventTarget & { __data__?: unknown; __on?: Listener[] } & Partial<Element>;
// d3 calls back with whatever `this` and arguments the caller's listener expects.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Callback = (this: any, ...args: any[]) => unknown;

interface Listener {
  type: string;
  name: string;
  value: Callback;
  listener: EventListener;
  options: boolean | AddEventListenerOptions | undefined;
}

function parseTypenames(typenames: string): { type: string; name: string }[] {
  return typenames
    .trim()
    .split(/^|\s+/)
    .map((typename) => {
      const i = typename.indexOf('.');
      return i >= 0 ? { type: typename.slice(0, i), name: typename.slice(i + 1) } : { type: typename, name: '' };
    });
}

export class Selection {
  constructor(private readonly nodes: Node[]) {}

  node(): Node | null {
    return this.nodes[0] ?? null;
  }

  each(callback: Callback): this {
    this.nodes.forEach((node, i) => callback.call(node, node.__data__, i, this.nodes));
    return this;
  }

  call(callback: (selection: this, ...args: unknown[]) => unknown, ...args: unknown[]): this {
    callback(this, ...args);
    return this;
  }

  filter(test: Callback): Selection {
    return new Selection(this.nodes.filter((node, i) => test.call(node, node.__data__, i, this.nodes)));
  }

  datum(): unknown {
    return this.node()?.__data__;
  }

  property(name: string, value?: unknown): unknown {
    if (arguments.length < 2) return (this.node() as unknown as Record<string, unknown> | null)?.[name];
    return this.each(function (this: Node, ...args: unknown[]) {
      (this as unknown as Record<string, unknown>)[name] = typeof value === 'function' ? value.apply(this, args) : value;
    });
  }

  style(name: string, value: string | null, priority = ''): this {
    return this.each(function (this: Node) {
      const style = (this as unknown as ElementCSSInlineStyle).style;
      if (value === null) style.removeProperty(name);
      else style.setProperty(name, value, priority);
    });
  }

  /** d3's `selection.on`: `type.name` adds or replaces a listener, `null` removes, `.name` removes the whole namespace. */
  on(typenames: string, value?: Callback | null, options?: boolean | AddEventListenerOptions): this {
    const typed = parseTypenames(typenames);
    return this.each(function (this: Node) {
      const listeners = (this.__on ??= []);
      for (const { type, name } of typed) {
        for (let i = listeners.length - 1; i >= 0; i--) {
          const entry = listeners[i]!;
          if ((type === '' || entry.type === type) && entry.name === name) {
            this.removeEventListener(entry.type, entry.listener, entry.options);
            listeners.splice(i, 1);
          }
        }
        if (value && type) {
          const listener = (event: Event) => value.call(this, event, this.__data__);
          this.addEventListener(type, listener, options);
          listeners.push({ type, name, value, listener, options });
        }
      }
    });
  }
}

/** Selects one node (or none), as d3's `select(node)`. */
export function select(node: Node | null | undefined): Selection {
  return new Selection(node ? [node] : []);
}

/** The event's position relative to `node`, in its SVG user units where it is SVG, as d3's `pointer`. */
export function pointer(event: (MouseEvent | Touch) & { sourceEvent?: unknown }, node?: Node | null): [number, number] {
  let source = event;
  while ((source as { sourceEvent?: unknown }).sourceEvent) source = (source as { sourceEvent: typeof event }).sourceEvent;
  const target = (node ?? (source as MouseEvent).currentTarget) as (Element & Partial<SVGGraphicsElement>) | null;
  if (target) {
    const svg = (target as SVGElement).ownerSVGElement ?? (target as unknown as SVGSVGElement);
    if (svg.createSVGPoint && target.getScreenCTM) {
      const point = svg.createSVGPoint();
      point.x = source.clientX;
      point.y = source.clientY;
      const local = point.matrixTransform(target.getScreenCTM()!.inverse());
      return [local.x, local.y];
    }
    const rect = target.getBoundingClientRect();
    return [source.clientX - rect.left - target.clientLeft, source.clientY - rect.top - target.clientTop];
  }
  return [source.pageX, source.pageY];
}

/** d3's `selection` function, whose prototype other modules extend (see d3-transition.ts). */
export function selection(): Selection {
  return new Selection([document.documentElement]);
}
selection.prototype = Selection.prototype;
