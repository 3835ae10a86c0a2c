// The page-load scenario's article pages, made by the bench server at
// /bench/article/<contender>.html?size=N (and ?far for the element 4,000 px
// below the fold): a news article with the chart in the first viewport, as a
// reader opens it with an empty cache. The probe (pages/load-probe.js) is put
// inline at the top, so it sees every long task and layout shift from the start.
import { readFile } from 'node:fs/promises';
import { FALLBACK_STYLE, buildEmbedSnippet } from '../bin/embed.mjs';
import { generateDocument } from './generate.mjs';

const data = (size) => `/bench-data/${size}.json`;
/** Fetches the document, draws it with the page's `window.contender` (pages/<name>.js), then reports. */
const drawWithContender = (size) =>
  `<script>fetch('${data(size)}').then((response) => response.json()).then((doc) => window.contender.render(doc)).then(() => chartDrawn());</script>`;

/** Per contender: what goes in <head>, and the chart in the article. */
const WIDGETS = {
  // The drop-in as the README gives it: the one-line style that reserves the element's height
  // until its script has run (as `entente-timeline html` writes it), one module script and the element with `src`.
  entente: (size) => ({
    head: `<style>${FALLBACK_STYLE}</style><script type="module" src="/dist/entente-timeline.js"></script>`,
    chart: `<entente-timeline id="chart" src="${data(size)}"></entente-timeline>
<script>document.getElementById('chart').addEventListener('entente-render', (event) => chartDrawn({ events: event.detail.events }), { once: true });</script>`,
  }),
  // What `entente-timeline html` writes: the style, the script, the element with the document
  // inline and the events as a list for readers without JavaScript (needs a build: dist/data).
  'entente-html': async (size) => {
    const { parseInput } = await import('../dist/data/index.js');
    const document = generateDocument(size);
    const result = parseInput(JSON.stringify(document));
    const snippet = buildEmbedSnippet({ document, model: result.model, scriptUrl: '/dist/entente-timeline.js' });
    return {
      head: '',
      chart: `${snippet.replace(/<entente-timeline(?=[ >])/, '<entente-timeline id="chart"')}
<script>document.getElementById('chart').addEventListener('entente-render', (event) => chartDrawn({ events: event.detail.events }), { once: true });</script>`,
    };
  },
  floor: (size) => ({
    head: '<style>#chart line { stroke: #3a3a37; } #chart circle { fill: #8c1c13; }</style>',
    chart: `<div id="chart"></div><script src="/bench/pages/floor.js"></script>${drawWithContender(size)}`,
  }),
  vis: (size) => ({
    head: '<link rel="stylesheet" href="/node_modules/vis-timeline/styles/vis-timeline-graph2d.min.css"><script src="/node_modules/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js" defer></script>',
    chart: `<div id="chart"></div><script src="/bench/pages/vis.js" defer></script>${drawWithContender(size).replace('<script>', "<script>addEventListener('DOMContentLoaded', () => ").replace(';</script>', ');</script>')}`,
  }),
  milestones: (size) => ({
    head: '<link rel="stylesheet" href="/node_modules/d3-milestones/build/d3-milestones.css"><script src="/node_modules/d3-milestones/build/d3-milestones.min.js" defer></script>',
    chart: `<div id="chart"></div><script src="/bench/pages/milestones.js" defer></script>${drawWithContender(size).replace('<script>', "<script>addEventListener('DOMContentLoaded', () => ").replace(';</script>', ');</script>')}`,
  }),
};

export const ARTICLE_CONTENDERS = Object.keys(WIDGETS);

const PARAGRAPH =
  '<p>Foreign ministers met again this week, the third round of talks this year. Officials on both sides described the meeting as constructive, and a further round is planned before the summer. The timeline below shows every visit, call and agreement since 2004.</p>';

/** The article page for a contender, or null for an unknown one. */
export async function articlePage(contender, size, far, probeUrl) {
  const widget = await WIDGETS[contender]?.(size);
  if (!widget) return null;
  const probe = await readFile(probeUrl, 'utf8');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Article with ${contender} (${size} events)</title>
<script>${probe}</script>
<style>body { margin: 0; font: 17px/1.5 Georgia, serif; } article { width: 1200px; } #chart { display: block; width: 1200px; } .far { height: 4000px; }</style>
${widget.head}
</head>
<body>
<article>
<h1>Talks resume</h1>
${PARAGRAPH}
${far ? `<div class="far">${PARAGRAPH}</div>` : ''}
${widget.chart}
${PARAGRAPH.repeat(6)}
</article>
</body>
</html>
`;
}
