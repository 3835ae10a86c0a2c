import { expect } from '@open-wc/testing';

/** Opens an example page (npm test builds dist/ first) in a same-origin iframe. */
async function openPage(path: string): Promise<Window> {
  const frame = document.createElement('iframe');
  frame.style.width = '1100px';
  frame.style.height = '900px';
  document.body.append(frame);
  await new Promise((resolve) => {
    frame.addEventListener('load', resolve, { once: true });
    frame.src = path;
  });
  return frame.contentWindow!;
}

async function until(check: () => boolean, what: string, timeout = 5000): Promise<void> {
  const start = performance.now();
  while (!check()) {
    if (performance.now() - start > timeout) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('examples/playground.html', () => {
  afterEach(() => document.querySelectorAll('iframe').forEach((frame) => frame.remove()));

  it('checks what an editor types, shows faults with paths, previews and offers the embed code', async () => {
    const page = await openPage('/examples/playground.html');
    const doc = page.document;
    await until(() => doc.documentElement.dataset.ready === 'true', 'the playground to be ready');
    const source = doc.getElementById('source') as HTMLTextAreaElement;
    const type = (text: string) => {
      source.value = text;
      source.dispatchEvent(new (page as unknown as typeof globalThis).Event('input', { bubbles: true }));
    };

    type(
      JSON.stringify({
        version: 1,
        parties: [
          { id: 'RU', name: 'Russia' },
          { id: 'AZ', name: 'Azerbaijan' },
        ],
        events: [
          { id: 'a', date: '2021-05-11', title: 'Talks in Baku', parties: ['RU', 'AZ'] },
          { id: 'b', date: '2021-02-30', title: 'Impossible day', parties: ['RU', 'AZ'] },
        ],
      }),
    );
    await until(() => doc.getElementById('faults')!.textContent!.includes('events[1].date'), 'the fault list');
    expect(doc.getElementById('status')!.textContent).to.match(/^1 event will be shown/);
    const preview = doc.getElementById('preview')!;
    await until(() => !!preview.shadowRoot?.querySelector('[part~="event"][data-event-id="a"]'), 'the preview');
    // "Copy embed code": to the clipboard where the page may write it, else shown to copy by hand.
    let copiedCode = '';
    Object.defineProperty(page.navigator, 'clipboard', {
      configurable: true,
      value: { writeText: async (text: string) => void (copiedCode = text) },
    });
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await until(() => /^Copied/.test(doc.getElementById('copied')!.textContent!), 'the copied code');
    expect(copiedCode).to.match(/<entente-timeline style="--entente-reserved-height:\d+px">/);
    expect(copiedCode).to.contain('<script type="application/json">');
    expect(copiedCode).to.contain('Talks in Baku');
    // The snippet `entente-timeline html` prints: the package's CDN address (never this server's),
    // the reserved height, and the events as a list for readers without JavaScript.
    const scriptUrl = doc.getElementById('script-url') as HTMLInputElement;
    expect(scriptUrl.value).to.match(/^https:\/\/cdn\.jsdelivr\.net\/npm\/entente-timeline@[^/]+\/dist\/entente-timeline\.js$/);
    expect(copiedCode).to.contain(`<script type="module" src="${scriptUrl.value}"></script>`);
    expect(copiedCode).not.to.contain(location.host);
    expect(copiedCode).to.contain('min-block-size:var(--entente-reserved-height,24rem)');
    expect(copiedCode).to.match(/<li><time datetime="2021-05-11">May 11, 2021<\/time>: <strong>Talks in Baku<\/strong>/);
    // The editor sets where the script is hosted.
    scriptUrl.value = 'https://static.example.org/entente-timeline.js';
    (doc.getElementById('copy') as HTMLButtonElement).click();
    await until(() => copiedCode.includes('src="https://static.example.org/entente-timeline.js"'), 'the new script address');

    type('{"version": 2, "parties": [], "events": []}');
    await until(() => /cannot be shown/.test(doc.getElementById('status')!.textContent!), 'the error');
    expect(doc.getElementById('status')!.textContent).to.contain('version');

    type('date,title,parties\n2021-05-11,Talks in Baku,Russia;Azerbaijan\n');
    await until(() => /^1 event will be shown/.test(doc.getElementById('status')!.textContent!), 'the CSV');
  });
});
