// Opens every story of the static Storybook (storybook-static/, written by
// `npm run build-storybook`) and fails on a story that throws, logs an error,
// breaks an accessibility rule, or shows no <entente-timeline> with content,
// so a story cannot rot silently. Builds nothing itself: without a static
// build the test is skipped (CI builds it before `npm test`).
import { expect } from '@open-wc/testing';

interface IndexEntry {
  id: string;
  type: 'story' | 'docs';
  title: string;
  name: string;
  tags?: string[];
}

interface AxeResults {
  violations: { id: string; impact?: string; help: string; nodes: { target: unknown[] }[] }[];
}

type StoryWindow = Window &
  typeof globalThis & {
    axe?: { run(context: Element, options?: object): Promise<AxeResults> };
  };

/** Stories whose point is an error panel: the element logs one `entente-timeline: …` error there, and nothing else may. */
const EXPECT_CONSOLE_ERROR = 'expect-console-error';
/**
 * Stories with hundreds of events: axe's colour-contrast rule takes tens of
 * seconds on them, and checks nothing the small stories (same colours, same
 * marks) do not; every other rule still runs.
 */
const DENSE = 'dense';
/** How long a story may show the loading panel before we take loading to be what it shows. */
const LOADING_GRACE_MS = 2500;
const STORY_TIMEOUT_MS = 30_000;

/**
 * Reads the build's story index. Synchronously, because mocha needs the list
 * of tests when this module runs, and the test build's target (ES2021) has no
 * top-level await.
 */
function readIndex(): IndexEntry[] | undefined {
  try {
    const request = new XMLHttpRequest();
    request.open('GET', '/storybook-static/index.json', false);
    request.send();
    if (request.status !== 200) return undefined;
    const index = JSON.parse(request.responseText) as { entries: Record<string, IndexEntry> };
    return Object.values(index.entries);
  } catch {
    return undefined;
  }
}

const stories = readIndex()?.filter((entry) => entry.type === 'story');

const delay = (ms: number) => new Promise((done) => setTimeout(done, ms));

async function waitFor<T>(what: string, probe: () => T | undefined | null | false, timeout = 10_000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await delay(20);
  }
}

interface StoryPage {
  frame: HTMLIFrameElement;
  window: StoryWindow;
  errors: string[];
}

/**
 * Loads a story in an iframe and hooks its error reporting as soon as the
 * story's document exists: before the preview has imported any story, so
 * nothing a story logs or throws is missed.
 */
async function openStory(id: string): Promise<StoryPage> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width:1280px;height:900px;border:0;display:block';
  frame.src = `/storybook-static/iframe.html?id=${encodeURIComponent(id)}&viewMode=story`;
  const errors: string[] = [];
  document.body.append(frame);
  const storyWindow = await waitFor('the story document', () => {
    const candidate = frame.contentWindow as StoryWindow | null;
    return candidate && candidate.location.pathname.endsWith('/iframe.html') ? candidate : undefined;
  });
  const originalError = storyWindow.console.error.bind(storyWindow.console);
  storyWindow.console.error = (...args: unknown[]) => {
    errors.push(args.map((arg) => (arg instanceof Error ? (arg.stack ?? arg.message) : String(arg))).join(' '));
    originalError(...args);
  };
  storyWindow.addEventListener('error', (event) => errors.push(`uncaught: ${event.message}`));
  storyWindow.addEventListener('unhandledrejection', (event) => errors.push(`unhandled rejection: ${String(event.reason)}`));
  return { frame, window: storyWindow, errors };
}

/** What the element shows, once it has settled: the chart, or one of its panels. */
function shownState(element: Element): 'chart' | 'list' | 'error' | 'empty' | 'loading' | undefined {
  const root = element.shadowRoot;
  if (!root) return undefined;
  if (root.querySelector('svg [part~="event"]')) return 'chart';
  if (root.querySelector('[part~="list-item"]')) return 'list';
  if (root.querySelector('[part="error"]')) return 'error';
  if (root.querySelector('[part="empty"]')) return 'empty';
  if (root.querySelector('[part="loading"]')) return 'loading';
  return undefined;
}

async function checkAccessibility(page: StoryPage, root: Element, dense: boolean): Promise<void> {
  const script = page.window.document.createElement('script');
  script.src = '/node_modules/axe-core/axe.min.js';
  const loaded = new Promise((done, fail) => {
    script.onload = done;
    script.onerror = () => fail(new Error('could not load axe-core'));
  });
  page.window.document.head.append(script);
  await loaded;
  const results = await page.window.axe!.run(root, {
    resultTypes: ['violations'],
    rules: { 'color-contrast': { enabled: !dense } },
  });
  const violations = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`,
  );
  expect(violations, 'accessibility violations').to.deep.equal([]);
}

/**
 * The stories do not depend on the time zone (the unit tests cover dates in
 * both zones), and opening each one takes a second or more: check them once,
 * not in every zone web-test-runner.config.mjs runs.
 */
const secondZone = Intl.DateTimeFormat().resolvedOptions().timeZone === 'Pacific/Kiritimati';

describe('Storybook stories (storybook-static/)', function () {
  if (secondZone) {
    it('are checked in the first time zone only', function () {
      this.skip();
    });
    return;
  }
  if (!stories) {
    it('has a static build to check', function () {
      this.skip(); // run `npm run build-storybook` first
    });
    return;
  }

  it('has stories', () => {
    expect(stories.length).to.be.greaterThan(0);
  });

  for (const story of stories) {
    it(`${story.title} / ${story.name} renders`, async function () {
      this.timeout(STORY_TIMEOUT_MS);
      const page = await openStory(story.id);
      try {
        const document = page.window.document;
        const element = await waitFor('<entente-timeline> in the story', () =>
          document.body?.classList.contains('sb-show-errordisplay')
            ? document.body
            : document.querySelector('#storybook-root entente-timeline'),
        );
        if (element === document.body) {
          const message = document.querySelector('#error-message')?.textContent ?? '';
          const stack = document.querySelector('#error-stack')?.textContent ?? '';
          throw new Error(`the story threw: ${message}\n${stack}`);
        }
        const start = performance.now();
        let state = await waitFor('content in the shadow root', () => shownState(element));
        while (state === 'loading' && performance.now() - start < LOADING_GRACE_MS) {
          await delay(50);
          state = shownState(element) ?? state;
        }
        await (element as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
        expect(element.shadowRoot!.textContent!.trim(), 'text in the shadow root').not.to.equal('');

        const expectsError = story.tags?.includes(EXPECT_CONSOLE_ERROR) ?? false;
        if (expectsError) {
          expect(state, 'an error story shows the error panel').to.equal('error');
          const unexpected = page.errors.filter((error) => !error.startsWith('entente-timeline: '));
          expect(unexpected, 'errors other than the element’s own report').to.deep.equal([]);
        } else {
          expect(page.errors, 'errors logged or thrown').to.deep.equal([]);
        }
        await checkAccessibility(page, document.querySelector('#storybook-root')!, story.tags?.includes(DENSE) ?? false);
        expect(page.errors.filter((error) => !expectsError || !error.startsWith('entente-timeline: '))).to.deep.equal([]);
      } finally {
        page.frame.remove();
      }
    });
  }
});
