import { expect } from '@open-wc/testing';
import { render } from 'lit';
import { renderPreview, type PreviewView } from '../../src/render/preview.js';
import { previewStyles } from '../../src/render/preview.styles.js';

describe('renderPreview', () => {
  let host: HTMLElement;
  let root: ShadowRoot;
  beforeEach(() => {
    host = document.createElement('div');
    host.style.cssText = 'position: relative; width: 600px; height: 300px';
    document.body.append(host);
    root = host.attachShadow({ mode: 'open' });
    root.adoptedStyleSheets = [previewStyles.styleSheet!];
  });
  afterEach(() => host.remove());

  const card = () => root.querySelector<HTMLElement>('[role="tooltip"]')!;

  it('shows an event’s date, parties and title in a tooltip at its position', () => {
    const view: PreviewView = {
      id: 'preview-1',
      x: 40,
      y: 60,
      placement: 'below',
      content: { kind: 'event', date: '11 May 2021', parties: 'Russia and Azerbaijan', title: 'Lavrov meets President Aliyev in Baku' },
    };
    render(renderPreview(view), root);
    expect(card().id).to.equal('preview-1');
    expect(card().getAttribute('part')).to.equal('preview');
    expect(card().dataset.placement).to.equal('below');
    const text = (selector: string) =>
      card()
        .querySelector(selector)!
        .textContent!.replace(/[\u2068\u2069]/g, '');
    expect(text('.preview-meta')).to.equal('11 May 2021 · Russia and Azerbaijan');
    expect(text('.preview-title')).to.equal('Lavrov meets President Aliyev in Baku');
    const box = card().getBoundingClientRect();
    const origin = host.getBoundingClientRect();
    expect([box.left - origin.left, box.top - origin.top]).to.deep.equal([40, 60]);
    // Set through the CSSOM, not a style attribute a strict CSP would block.
    render(renderPreview({ ...view, x: 80 }), root);
    expect(card().getBoundingClientRect().left - origin.left).to.equal(80);
  });

  for (const [name, more, items] of [
    ['with more events than titles', 'and 9 more', ['Talks in Geneva', 'Talks in Vienna', 'Statement', 'and 9 more']],
    ['with every title', undefined, ['Talks in Geneva', 'Talks in Vienna', 'Statement']],
  ] as const) {
    it(`shows a cluster’s count, date range and first titles, ${name}`, () => {
      render(
        renderPreview({
          id: 'p',
          x: 0,
          y: 0,
          placement: 'above',
          content: {
            kind: 'cluster',
            count: '12 events',
            dateRange: 'May–June 2021',
            titles: ['Talks in Geneva', 'Talks in Vienna', 'Statement'],
            ...(more ? { more } : {}),
          },
        }),
        root,
      );
      expect(
        card()
          .querySelector('.preview-meta')!
          .textContent!.replace(/[\u2068\u2069]/g, ''),
      ).to.equal('12 events · May–June 2021');
      expect([...card().querySelectorAll('li')].map((li) => li.textContent!.replace(/[\u2068\u2069]/g, ''))).to.deep.equal([...items]);
    });
  }

  it('writes titles as isolated text, never markup', () => {
    render(
      renderPreview({
        id: 'p',
        x: 0,
        y: 0,
        placement: 'above',
        content: { kind: 'event', date: 'd', parties: 'p', title: '<b>bold</b> שלום' },
      }),
      root,
    );
    expect(card().querySelector('b')).to.equal(null);
    expect(card().querySelector('.preview-title')!.textContent).to.equal('\u2068<b>bold</b> שלום\u2069');
  });
});
