// The one render function every story uses. Stories describe a state with
// args only; adding a story for a new attribute is one export such as
//   export const Zoomed: Story = { args: { zoom: 'in' } };
// because any arg that names an attribute of the element is set as that
// attribute, any arg that names one of its properties is set as that property,
// `--entente-*` args become custom properties and `onEntente…` args listen to
// the matching DOM event. A few args belong to the page around the element
// (its width, direction, language, a stylesheet); they are listed below.
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { EntenteTimeline, defineEntenteTimeline } from '../src/index.js';

// `import 'entente-timeline'` registers the element in an app, but package.json
// marks only dist/ files as having side effects, so the bundler drops the
// registration in src/index.ts here: register explicitly.
defineEntenteTimeline();

/** Args that describe the page around the element rather than the element itself. */
export interface FrameArgs {
  /** Width of the column the element sits in: a CSS length, e.g. `320px`; unset fills the story. */
  width?: string;
  /** Writing direction of the page (`rtl` for Arabic or Hebrew articles). */
  dir?: 'ltr' | 'rtl';
  /** Language of the page (`lang` on the column), which the element falls back to. */
  lang?: string;
  /** Inline style of the column, e.g. a dark page background. */
  pageStyle?: string;
  /** A stylesheet for the story, e.g. `entente-timeline::part(title) { … }`. */
  css?: string;
  /** A timeline document given inline, as the text of a `<script type="application/json">` child. */
  inline?: string;
}

/** Everything a story may set: frame args plus any attribute, property, custom property or event handler. */
export type TimelineArgs = FrameArgs & Record<string, unknown>;

export type Story = StoryObj<TimelineArgs>;

const FRAME_ARGS = new Set<string>(['width', 'dir', 'lang', 'pageStyle', 'css', 'inline']);

/** Property name → attribute name, from Lit's own property declarations (so it never drifts). */
function attributeOf(name: string): string | undefined {
  const options = EntenteTimeline.elementProperties.get(name);
  if (!options || options.state || options.attribute === false) return undefined;
  return typeof options.attribute === 'string' ? options.attribute : name.toLowerCase();
}

function isAttribute(name: string): boolean {
  return (EntenteTimeline.observedAttributes as string[]).includes(name);
}

/** `onEntenteSelect` → `entente-select` (the inverse of Storybook's naming of event args). */
function eventNameOf(arg: string): string {
  return arg
    .slice(2)
    .replace(/^[A-Z]/, (first) => first.toLowerCase())
    .replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

/** Builds the column and the element from a story's args. */
export function renderTimeline(args: TimelineArgs): HTMLElement {
  const column = document.createElement('div');
  column.className = 'story-column';
  if (args.width) column.style.inlineSize = args.width;
  if (args.pageStyle) column.setAttribute('style', `${column.getAttribute('style') ?? ''};${args.pageStyle}`);
  if (args.dir) column.dir = args.dir;
  if (args.lang) column.lang = args.lang;
  if (args.css) {
    const style = document.createElement('style');
    style.textContent = args.css;
    column.append(style);
  }

  const element = document.createElement('entente-timeline');
  if (args.inline !== undefined) {
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = args.inline;
    element.append(script);
  }
  for (const [name, value] of Object.entries(args)) {
    if (FRAME_ARGS.has(name) || value === undefined || value === null) continue;
    if (name.startsWith('--')) {
      if (value !== '') element.style.setProperty(name, String(value));
    } else if (/^on[A-Z]/.test(name) && typeof value === 'function') {
      element.addEventListener(eventNameOf(name), value as EventListener);
    } else if (isAttribute(name)) {
      if (value === false || value === '') continue;
      element.setAttribute(name, value === true ? '' : String(value));
    } else if (attributeOf(name)) {
      // A camel-case property that mirrors an attribute: write the attribute, as a page would.
      element.setAttribute(attributeOf(name)!, String(value));
    } else if (EntenteTimeline.elementProperties.has(name)) {
      (element as unknown as Record<string, unknown>)[name] = value;
    }
  }
  column.append(element);
  return column;
}

/** Frame args have no place in the element's manifest; give them controls of their own. */
const frameArgTypes: Meta<TimelineArgs>['argTypes'] = {
  width: { control: 'text', description: 'Width of the column around the element (story only).', table: { category: 'story' } },
  dir: {
    control: 'inline-radio',
    options: ['ltr', 'rtl'],
    description: 'Direction of the page (story only).',
    table: { category: 'story' },
  },
  lang: { control: 'text', description: 'Language of the page (story only).', table: { category: 'story' } },
  pageStyle: { control: 'text', description: 'Inline style of the column (story only).', table: { category: 'story' } },
  css: { control: 'text', description: 'Extra stylesheet, e.g. for `::part` (story only).', table: { category: 'story' } },
  inline: {
    control: 'text',
    description: 'Document as inline `<script type="application/json">` (story only).',
    table: { category: 'story' },
  },
};

/**
 * What every story file's meta spreads in: the element (so Storybook reads its
 * manifest for controls and docs), the frame controls and the one render
 * function. Storybook reads the title statically, so each file writes
 *   export default { title: 'Timeline/…', ...timeline } satisfies Meta<TimelineArgs>;
 */
export const timeline = {
  component: 'entente-timeline',
  render: renderTimeline,
  argTypes: frameArgTypes,
} satisfies Partial<Meta<TimelineArgs>>;
