// Other formats through the element's `src`, as a newsroom publishes them: a TimelineJS
// Google sheet's CSV export (recognised by its header, relative media resolved against the
// address it came from), and a spreadsheet whose columns are not known (a CSV problem, said once).
import { expect } from '@open-wc/testing';
import type { EntenteTimeline } from '../../src/index.js';
import { column, createTimeline, nextOutcome, type Outcome } from '../hostile/helpers.js';

let element: EntenteTimeline;

async function load(src: string): Promise<Outcome> {
  element = createTimeline();
  element.src = src;
  const outcome = nextOutcome(element, 8000);
  column().append(element);
  const result = await outcome;
  await element.updateComplete;
  return result;
}

describe('formats through src', function () {
  this.timeout(20_000);
  const { error, warn } = console;
  before(() => {
    console.error = () => undefined;
    console.warn = () => undefined;
  });
  after(() => {
    console.error = error;
    console.warn = warn;
  });
  afterEach(() => element?.parentElement?.remove());

  it('draws a TimelineJS sheet (CSV export), its faults located by row and column', async () => {
    const outcome = await load('/test/fixtures/documents/timelinejs-sheet.csv');
    expect(outcome.kind).to.equal('render');
    if (outcome.kind !== 'render') return;
    expect(outcome.detail.events).to.equal(9);
    const places = outcome.detail.warnings.map((fault) => `${fault.path} ${fault.code}`);
    expect(places).to.include('row 3, column "Type" not-mapped');
    expect(places).to.include('row 9, column "Background" not-mapped');
    // The relative image link is resolved against the address the sheet came from.
    expect(outcome.detail.warnings.filter((fault) => fault.code === 'relative-url')).to.deep.equal([]);
    expect(element.shadowRoot!.textContent).to.include('Iran and the world powers');
  });

  it('reports a spreadsheet with unknown columns once, as a CSV problem', async () => {
    const outcome = await load('/test/fixtures/element/unknown-columns.csv');
    expect(outcome.kind).to.equal('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.detail.reason).to.equal('invalid');
    expect(outcome.detail.fault).to.include({ path: 'row 1', code: 'unknown-header' });
    expect(outcome.detail.message).to.not.match(/JSON/);
  });

  it('places a JSON syntax error by line and column', async () => {
    const outcome = await load('/test-api/truncated?file=test/fixtures/element/two-events.json');
    expect(outcome.kind).to.equal('error');
    if (outcome.kind !== 'error') return;
    expect(outcome.detail.reason).to.equal('not-json');
    expect(outcome.detail.fault?.message).to.match(/^JSON syntax error: line \d+, column \d+: the text ends before the document does/);
  });
});
