// Bidi overrides and invisible characters in data cannot flip or hide the text around them,
// and a 100 KB title is shortened where space is short but complete in the detail card.
import { expect } from '@open-wc/testing';
import { mountData, unmount } from './helpers.js';

const RLO = '\u202E';
const FSI = '\u2068';
const PDI = '\u2069';
const EVIL = `Arm${RLO}ainem`;

const doc = () => ({
  version: 1,
  locale: 'en-GB',
  parties: [
    { id: 'a', name: EVIL },
    { id: 'b', name: 'Azerbaijan' },
  ],
  events: [{ id: 'e', date: '2021-05-11', title: `Talks ${RLO}in Baku`, parties: ['a', 'b'] }],
});

/** Whether a data string is isolated where it is shown: inside <bdi>, or in an element with isolating unicode-bidi. */
function isIsolated(node: Node | null): boolean {
  for (let element = node instanceof Element ? node : node?.parentElement; element; element = element.parentElement) {
    if (element.localName === 'bdi' || element.hasAttribute('dir')) return true;
    if (/isolate|plaintext/.test(getComputedStyle(element).unicodeBidi)) return true;
    if (element.getAttribute('part')?.split(' ').includes('detail')) break;
  }
  return false;
}

/** Text nodes under a root that contain a string. */
function textNodesWith(root: Node, text: string): Text[] {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const found: Text[] = [];
  while (walker.nextNode()) if ((walker.currentNode as Text).data.includes(text)) found.push(walker.currentNode as Text);
  return found;
}

describe('bidi and invisible characters', function () {
  this.timeout(20_000);
  const { warn } = console;
  before(() => {
    console.warn = () => undefined;
  });
  after(() => {
    console.warn = warn;
  });

  it('isolates names and titles in the detail card (<bdi>)', async () => {
    const { element } = await mountData(doc());
    element.select('e');
    await element.updateComplete;
    const card = element.shadowRoot!.querySelector('[part="detail"]')!;
    const nodes = [...textNodesWith(card, RLO)];
    expect(nodes.length).to.be.at.least(2); // the title and the party chip
    for (const node of nodes) expect(isIsolated(node), `"${node.data}" isolated`).to.be.true;
    unmount(element);
  });

  // needs lead: SVG has no <bdi>; wrap each data string drawn in SVG <text> (lane labels,
  // cluster labels) in FSI…PDI (U+2068 … U+2069), e.g. in element.ts laneLabel:
  // `return \`\u2068${shown}\u2069\`` (flag outside the isolate), or give the <text> a
  // `unicode-bidi: isolate; direction: ...` style via the stylesheet (not an attribute string).
  it('isolates party names in the SVG lane labels', async () => {
    const { element } = await mountData(doc());
    const label = [...element.shadowRoot!.querySelectorAll('[part="lane"] text')].find((text) => text.textContent!.includes(RLO))!;
    expect(label, 'lane label with the name').to.exist;
    const isolated =
      new RegExp(`${FSI}[^${PDI}]*${RLO}[^${PDI}]*${PDI}`).test(label.textContent!) ||
      /isolate|plaintext/.test(getComputedStyle(label).unicodeBidi);
    expect(isolated).to.be.true;
    unmount(element);
  });

  // needs lead: in element.ts describeEvent, wrap each party name and the title in FSI…PDI:
  // `const isolate = (text: string) => \`\u2068${text}\u2069\`;` then
  // `names = event.parties.map((id) => isolate(model.partyById.get(id)?.name ?? id))` and
  // `${isolate(event.title)}`; the same for the chart's group label (model title).
  it("isolates names and the title in each mark's accessible name", async () => {
    const { element } = await mountData(doc());
    const label = element.shadowRoot!.querySelector('[part~="event"]')!.getAttribute('aria-label')!;
    expect(label).to.contain(`${FSI}${EVIL}${PDI}`);
    expect(label).to.contain(`${FSI}Talks ${RLO}in Baku${PDI}`);
    unmount(element);
  });

  it("isolates party names in the Relationship menu's option texts (FSI … PDI; <option> cannot hold <bdi>)", async () => {
    const { element } = await mountData(doc());
    const options = [...element.shadowRoot!.querySelectorAll<HTMLOptionElement>('[part="pair-focus"] option')];
    const withName = options.filter((option) => option.text.includes(RLO));
    expect(withName, 'an option with the name').to.have.length(1);
    for (const option of withName) {
      expect(option.text).to.contain(`${FSI}${EVIL}${PDI}`);
      expect(option.text).to.contain(`${FSI}Azerbaijan${PDI}`);
    }
    unmount(element);
  });

  it('keeps a 100 KB title complete in the detail card', async () => {
    const title = 'Lavrov meets Aliyev. '.repeat(5000);
    const { element, outcome } = await mountData({ ...doc(), events: [{ ...doc().events[0], title }] });
    expect(outcome.kind).to.equal('render');
    if (outcome.kind === 'render')
      expect(outcome.detail.warnings.map((w) => `${w.path} ${w.code}`)).to.include('events[0].title long-text');
    element.select('e');
    await element.updateComplete;
    expect(element.shadowRoot!.querySelector('[part="detail-title"]')!.textContent!.trim()).to.equal(title.trim());
    unmount(element);
  });

  // needs lead: shorten data text where space is short. In element.ts describeEvent (the
  // marks' aria-label) and anywhere a title is drawn in the chart, cut text longer than
  // DISPLAY_TEXT_LIMIT (exported by src/data, 500) to that many characters plus '…'
  // (slice by code points or graphemes, not halfway through a surrogate pair).
  it('shortens a 100 KB title in the chart and its accessible names', async () => {
    const title = 'Lavrov meets Aliyev. '.repeat(5000);
    const { element } = await mountData({ ...doc(), events: [{ ...doc().events[0], title }] });
    for (const node of element.shadowRoot!.querySelectorAll('[aria-label]')) {
      expect(node.getAttribute('aria-label')!.length).to.be.below(1200);
    }
    const chart = element.shadowRoot!.querySelector('[part="chart"]')!;
    expect(chart.textContent!.length).to.be.below(5000);
    unmount(element);
  });

  it('shortens a 100 KB party name in its lane label', async () => {
    const name = 'Republic of '.repeat(9000);
    const { element } = await mountData({
      ...doc(),
      parties: [
        { id: 'a', name },
        { id: 'b', name: 'Azerbaijan' },
      ],
    });
    for (const label of element.shadowRoot!.querySelectorAll('[part="lane"] text')) expect(label.textContent!.length).to.be.below(200);
    unmount(element);
  });

  it('leaves out a name made only of zero-width characters, with a warning', async () => {
    const { outcome } = await mountData({ ...doc(), parties: [...doc().parties, { id: 'z', name: '\u200B\u200D\uFEFF' }] });
    if (outcome.kind !== 'render') throw new Error(`expected a render, got ${outcome.kind}`);
    expect(outcome.detail.warnings.map((w) => `${w.path} ${w.code}`)).to.include('parties[2].name blank-text');
  });
});
