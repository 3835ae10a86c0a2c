// Turns bench/run.mjs's results into bench/RESULTS.md: the machine, a table
// per size (medians, and the element's ratios to the floor and the anchors),
// the issue's targets checked against this run, and the two extra checks.

export function percentile(values, fraction) {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
}

/** The middle value; with an even count (runs lost to a time-out), the mean of the two middle ones. */
function median(values) {
  const numbers = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (!numbers.length) return null;
  const middle = numbers.length >> 1;
  return numbers.length % 2 ? numbers[middle] : (numbers[middle - 1] + numbers[middle]) / 2;
}

/** The per-run figures the report shows, flattened; null where the run did not get that far. */
function figuresOf(run) {
  return {
    renderMs: run.render?.ms ?? null,
    frameMs: run.render?.frameMs ?? null,
    framesToDrawn: run.render?.framesToDrawn ?? null,
    renderLongTaskMax: run.render?.longTasks.max ?? null,
    domElements: run.dom?.elements ?? null,
    domNodes: run.dom?.nodes ?? null,
    heapAddedMB: run.heap ? run.heap.added / 2 ** 20 : null,
    heapUsedMB: run.heap ? run.heap.used / 2 ** 20 : null,
    frameMedian: run.interaction?.frameMedian ?? null,
    frameP95: run.interaction?.frameP95 ?? null,
    interactionLongTasks: run.interaction?.longTasks.count ?? null,
    interactionLongTaskMax: run.interaction?.longTasks.max ?? null,
    interactionLongTaskAfterFirstMax: run.interaction?.longestAfterFirstStepsMs ?? null,
    interactionMutations: run.interaction?.mutations ?? null,
    interactionSteps: run.interaction ? run.interaction.zoomSteps + run.interaction.panSteps : null,
  };
}

/** Medians over the runs that got that far, and how many did, per figure. */
export function summarise(runs) {
  const figures = runs.map(figuresOf);
  const summary = {};
  const counts = {};
  for (const key of Object.keys(figuresOf({}))) {
    const values = figures.map((figure) => figure[key]).filter((value) => typeof value === 'number');
    summary[key] = median(values);
    counts[key] = values.length;
  }
  const renderBounds = runs.map((run) => run.renderAtLeastMs).filter((value) => typeof value === 'number');
  return {
    ...summary,
    counts,
    runs: runs.length,
    timeouts: runs.filter((run) => run.timeout).map((run) => run.timeout),
    // A render that timed out took at least this long (the shortest such bound).
    renderAtLeastMs: renderBounds.length ? Math.min(...renderBounds) : null,
    // Not run: { because, size, … } (a string in older results.json files).
    skipped: runs.find((run) => run.skipped)?.skipped ?? null,
    interactionSkipped: runs.find((run) => run.interactionSkipped)?.interactionSkipped ?? null,
    failed: runs.filter((run) => run.failed).length,
    // The input step the longest zoom + pan task began in, per run that zoomed ('none': no long task).
    // (Older results.json files did not record it.)
    longestAt: runs.filter((run) => run.interaction && 'longest' in run.interaction).map((run) => run.interaction.longest?.at ?? 'none'),
    errors: [...new Set(runs.flatMap((run) => run.errors ?? []))].slice(0, 5),
  };
}

const NAMES = {
  entente: 'entente-timeline',
  'entente-html': 'entente-timeline (html snippet)',
  floor: 'floor (plain SVG)',
  vis: 'vis-timeline',
  milestones: 'd3-milestones',
};

const ROWS = [
  { key: 'renderMs', label: 'first render, ms (data set → drawn)', digits: 1 },
  { key: 'frameMs', label: 'to the next frame after it, ms', digits: 1 },
  { key: 'framesToDrawn', label: 'animation frames between data set and drawn', digits: 0 },
  { key: 'renderLongTaskMax', label: 'longest task while rendering, ms', digits: 0 },
  { key: 'domElements', label: 'DOM elements (shadow root / container)', digits: 0 },
  { key: 'heapAddedMB', label: 'JS heap added by the render, MB', digits: 2 },
  { key: 'heapUsedMB', label: 'JS heap used after render (incl. the document), MB', digits: 1 },
  { key: 'frameMedian', label: 'zoom + pan frame, median ms', digits: 1, interaction: true },
  { key: 'frameP95', label: 'zoom + pan frame, p95 ms', digits: 1, interaction: true },
  { key: 'interactionLongTasks', label: 'long tasks during zoom + pan', digits: 0, interaction: true },
  { key: 'interactionLongTaskMax', label: 'longest task during zoom + pan, ms', digits: 0, interaction: true },
  { key: 'longestAt', label: '… began at input step (per run)', text: true, interaction: true },
  {
    key: 'interactionLongTaskAfterFirstMax',
    label: 'longest task after the first step of the zoom and of the drag, ms',
    digits: 0,
    interaction: true,
  },
  { key: 'interactionSteps', label: 'zoom + pan input steps sent (of 60; fewer = the 10 s budget ran out)', digits: 0, interaction: true },
  { key: 'interactionMutations', label: 'DOM mutation records during zoom + pan', digits: 0, interaction: true },
];

const formatNumber = (value, digits) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });

const sizeName = (size) => Number(size).toLocaleString('en');

/** Why a contender was not run: "timed out at 10,000", or an older results file's own words. */
function notRun(stop) {
  if (typeof stop === 'string') return stop;
  const what = stop.because === 'timeout' ? (stop.phase === 'interaction' ? 'zoom/pan timed out' : 'timed out') : 'failed';
  return `${what} at ${sizeName(stop.size)}`;
}

/** "zoom 1 ×4, pan 1": how often each step held the longest task. */
function tally(labels) {
  const counts = new Map();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([label, n]) => (n > 1 ? `${label} ×${n}` : label))
    .join(', ');
}

function cell(summary, row, timeout) {
  if (!summary) return '';
  const value = summary[row.key];
  const over = `(> ${timeout} s)`;
  const renderTimedOut = summary.timeouts.includes('render');
  const interactionTimedOut = row.interaction && summary.timeouts.includes('interaction');
  if (row.text) {
    if (value?.length) return tally(value);
  } else if (value !== null && value !== undefined) {
    const measured = summary.counts[row.key];
    if (measured === summary.runs) return formatNumber(value, row.digits);
    // Some runs finished before a time-out or failure stopped the rest.
    const missing = [
      renderTimedOut && `timed out ${over}`,
      interactionTimedOut && `zoom/pan timed out ${over}`,
      summary.failed && 'failed',
      (summary.skipped || (row.interaction && summary.interactionSkipped)) && 'not run again',
    ]
      .filter(Boolean)
      .join(', ');
    return `${formatNumber(value, row.digits)} (${measured} of ${summary.runs} runs${missing ? `; then ${missing}` : ''})`;
  }
  // The zoom and pan's own fate first: it may have timed out, or not have been run, before a later render timed out.
  if (interactionTimedOut) return `zoom/pan timed out ${over}`;
  if (row.interaction && summary.interactionSkipped) return `not run (${notRun(summary.interactionSkipped)})`;
  if (renderTimedOut) return `timed out ${over}`;
  if (summary.skipped) return `not run (${notRun(summary.skipped)})`;
  return summary.errors.length || summary.failed ? 'failed' : '—';
}

/** Rounds up, so that "< x" stays true after rounding. */
function ceilTo(value) {
  const digits = value >= 10 ? 0 : value >= 1 ? 1 : value >= 0.1 ? 2 : 3;
  const scale = 10 ** digits;
  return formatNumber(Math.ceil(value * scale) / scale, digits);
}

function ratio(summary, other, row) {
  if (row.text) return '';
  const value = summary?.[row.key];
  const base = other?.[row.key];
  if (typeof value !== 'number')
    return summary && !(summary.counts[row.key] > 0) && (summary.timeouts.length || summary.skipped || summary.failed) ? '—' : '';
  if (typeof base !== 'number') {
    // The other one's render timed out after at least t ms: the ratio is below value / t.
    // Anything else it did not measure (not run, failed, the figures after the render) has no ratio.
    const bound = other?.renderAtLeastMs;
    if ((row.key === 'renderMs' || row.key === 'frameMs') && bound > 0) return `< ${ceilTo(value / bound)}×`;
    return other && (other.timeouts.length || other.skipped || other.interactionSkipped || other.failed) ? '—' : '';
  }
  if (base === 0) return value === 0 ? '=' : '';
  const r = value / base;
  return `${r >= 10 ? formatNumber(r, 0) : r >= 1 ? formatNumber(r, 1) : r >= 0.01 ? formatNumber(r, 2) : formatNumber(r, 3)}×`;
}

function sizeTable(size, entry, timeout) {
  const contenders = Object.keys(entry);
  const summaries = Object.fromEntries(contenders.map((name) => [name, summarise(entry[name].runs)]));
  const own = summaries.entente;
  const ratioColumns = own ? contenders.filter((name) => name !== 'entente') : [];
  const header = ['', ...contenders.map((name) => NAMES[name] ?? name), ...ratioColumns.map((name) => `entente ÷ ${name}`)];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const row of ROWS) {
    const cells = [
      row.label,
      ...contenders.map((name) => cell(summaries[name], row, timeout)),
      ...ratioColumns.map((name) => ratio(own, summaries[name], row)),
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  const notes = contenders
    .filter((name) => summaries[name].errors.length)
    .map(
      (name) =>
        `- ${NAMES[name] ?? name}: ${summaries[name].errors.map((text) => `\`${text.replace(/`/g, "'").slice(0, 200)}\``).join('; ')}`,
    );
  return [
    `### ${Number(size).toLocaleString('en')} events`,
    '',
    ...lines,
    '',
    ...(notes.length ? ['Page errors:', ...notes, ''] : []),
  ].join('\n');
}

function targets(results) {
  const get = (size, name, key) => {
    const runs = results.sizes[size]?.[name]?.runs;
    return runs ? summarise(runs)[key] : undefined;
  };
  const mark = (ok) => (ok === undefined ? '—' : ok ? 'met' : '**missed**');
  const check = (ok, measured) => `${mark(ok)} (${measured})`;
  const fmt = (value, digits = 0) => (typeof value === 'number' ? formatNumber(value, digits) : 'not measured');
  const lines = [];
  const compare = (size, key, limit, label, digits = 0) => {
    const value = get(size, 'entente', key);
    lines.push(`| ${label} | ${check(typeof value === 'number' ? value <= limit : undefined, fmt(value, digits))} |`);
  };
  // Frame targets only mean something when the element zoomed and panned at all;
  // an idle page's frames are 16.7 ms give or take the clock's 0.1 ms.
  const compareInteraction = (size, key, limit, label, digits = 0) => {
    if (get(size, 'entente', 'interactionMutations') === 0) {
      lines.push(`| ${label} | — (the element did not react to ctrl+wheel or drag: no DOM mutations) |`);
      return;
    }
    compare(size, key, limit, label, digits);
  };
  for (const size of [1000, 10000]) {
    const own = get(size, 'entente', 'renderMs');
    const vis = get(size, 'vis', 'renderMs');
    const ok = typeof own === 'number' && typeof vis === 'number' ? own <= 0.1 * vis : undefined;
    lines.push(
      `| first render ≤ 0.1 × vis-timeline at ${size.toLocaleString('en')} | ${check(ok, typeof own === 'number' && typeof vis === 'number' ? `${formatNumber(own / vis, 3)}×` : 'not measured')} |`,
    );
  }
  {
    const own = get(10000, 'entente', 'renderMs');
    const floor = get(10000, 'floor', 'renderMs');
    const ok = typeof own === 'number' && typeof floor === 'number' ? own < floor : undefined;
    lines.push(
      `| first render faster than the floor at 10,000 | ${check(ok, typeof own === 'number' && typeof floor === 'number' ? `${fmt(own)} vs ${fmt(floor)} ms` : 'not measured')} |`,
    );
  }
  compare(1000, 'renderMs', 100, 'first render ≤ 100 ms at 1,000');
  compare(10000, 'renderMs', 400, 'first render ≤ 400 ms at 10,000');
  compare(50000, 'renderMs', 2000, 'first render ≤ 2 s at 50,000');
  compare(10000, 'domElements', 3000, '≤ 3,000 elements in the shadow root at 10,000');
  compare(50000, 'domElements', 3000, '≤ 3,000 elements in the shadow root at 50,000');
  compareInteraction(10000, 'frameP95', 17, 'zoom/pan p95 frame ≤ 16.7 ms at 10,000', 1);
  {
    // The step it began in tells a first-interaction warm-up from a cost paid on every step.
    const at = get(10000, 'entente', 'longestAt');
    const after = get(10000, 'entente', 'interactionLongTaskAfterFirstMax');
    const where = at?.length ? `; began at ${tally(at)}${typeof after === 'number' ? `; ${fmt(after)} ms after the first steps` : ''}` : '';
    if (get(10000, 'entente', 'interactionMutations') === 0)
      compareInteraction(10000, 'interactionLongTaskMax', 50, 'no long task > 50 ms while zooming at 10,000');
    else {
      const value = get(10000, 'entente', 'interactionLongTaskMax');
      lines.push(
        `| no long task > 50 ms while zooming at 10,000 | ${check(typeof value === 'number' ? value <= 50 : undefined, `${fmt(value)}${typeof value === 'number' ? ' ms' : ''}${where}`)} |`,
      );
    }
  }
  compareInteraction(50000, 'frameP95', 33.5, 'zoom/pan p95 frame ≤ 33 ms at 50,000', 1);
  if (results.lazy) {
    const lazy = results.lazy;
    const measured = lazy.error
      ? `check failed: ${lazy.error}`
      : `before scrolling: ${lazy.before.serverFetches} fetches, ${lazy.before.renders} renders, ${lazy.before.marks.length} marks; entente:* marks ${lazy.marks}`;
    lines.push(`| nothing before near the viewport | ${check(lazy.error ? undefined : lazy.pass, measured)} |`);
  }
  if (results.leak) {
    const leak = results.leak;
    const measured = leak.error
      ? `check failed: ${leak.error}`
      : `heap ${signed(leak.heapDelta / 1024, 0)} KB, DOM nodes ${signed(leak.nodeDelta, 0)} after ${leak.cycles} cycles`;
    lines.push(`| memory back to baseline after ${leak?.cycles ?? 100} cycles | ${check(leak.error ? undefined : leak.pass, measured)} |`);
  }
  return ['| target (issue 5) | this run |', '| --- | --- |', ...lines].join('\n');
}

const signed = (value, digits) => `${value >= 0 ? '+' : ''}${formatNumber(value, digits)}`;

const PAGE_LOAD_ROWS = [
  { key: 'paintedMs', label: 'navigation → chart painted, ms', digits: 0 },
  { key: 'drawnMs', label: 'navigation → chart drawn (its own signal), ms', digits: 0 },
  { key: 'totalBlockingMs', label: 'total blocking time until 2 s after the paint, ms', digits: 0 },
  { key: 'widgetKB', label: 'bytes transferred for the widget (code, styles), KB', digits: 1 },
  { key: 'totalKB', label: 'bytes transferred in all (page, widget, data), KB', digits: 1 },
  { key: 'cls', label: 'layout shift (CLS)', digits: 3 },
  { key: 'framesAfterData', label: 'animation frames between the data arriving and drawn', digits: 0 },
];

/** The page-load scenario and the new element, per size: medians over the runs. */
function pageLoadTables(results) {
  const out = [];
  const throttle =
    results.options.cpuThrottle > 1
      ? `the CPU slowed ${results.options.cpuThrottle}× (CDP \`Emulation.setCPUThrottlingRate\`)`
      : 'the CPU not slowed (`--cpu-throttle` was not given)';
  out.push(
    '### Page load: an article with the chart in the first viewport',
    '',
    `Each run opens the article in a new browser context (empty cache), with ${throttle}. The element is the drop-in as the README gives it (the one-line style that reserves its height before the script has run, \`<script type="module">\` and \`<entente-timeline src>\`); "html snippet" is what \`entente-timeline html\` writes (the same style and script, the document inline and the events as a list for readers without JavaScript); the others load their script and fetch the same document. "Painted" is a task posted from the animation frame after the contender's "drawn" signal. Blocking time: each long task's part over 50 ms, from navigation until 2 s after the paint. Median of ${results.options.runs} runs.`,
    '',
  );
  for (const [size, byContender] of Object.entries(results.pageLoad)) {
    const names = Object.keys(byContender);
    const header = ['', ...names.map((name) => NAMES[name] ?? name)];
    out.push(
      `#### ${sizeName(size)} events`,
      '',
      `| ${header.join(' | ')} |`,
      `|${header.map((_, i) => (i ? ' ---: ' : ' --- ')).join('|')}|`,
    );
    const figures = Object.fromEntries(
      names.map((name) => [
        name,
        byContender[name]
          .filter((run) => !run.failed)
          .map((run) => ({ ...run, widgetKB: run.bytes.widget / 1024, totalKB: run.bytes.total / 1024 })),
      ]),
    );
    for (const row of PAGE_LOAD_ROWS) {
      const cells = names.map((name) => {
        const value = median(figures[name].map((run) => run[row.key]));
        return value === null ? (byContender[name].some((run) => run.failed) ? 'failed' : '—') : formatNumber(value, row.digits);
      });
      out.push(`| ${row.label} | ${cells.join(' | ')} |`);
    }
    out.push('');
  }
  if (results.newElement) {
    out.push(
      '### A new element with its data in hand',
      '',
      'What an article script does: create the element, set `data`, append it on screen (bench/pages/new-element.html). Nothing of the element has run on the page before: no rehearsal, no observer report. Time from setting `data` to `entente-render`, and to the next frame; the animation frames between the two (the target: at most one). Median of the runs.',
      '',
      '| events | to `entente-render`, ms | to the next frame, ms | frames between data and `entente-render` (per run) | longest task, ms |',
      '| ---: | ---: | ---: | --- | ---: |',
    );
    for (const [size, runs] of Object.entries(results.newElement)) {
      const ok = runs.filter((run) => !run.failed);
      const m = (key, digits) => {
        const value = median(ok.map((run) => run[key]));
        return value === null ? 'failed' : formatNumber(value, digits);
      };
      out.push(
        `| ${sizeName(size)} | ${m('ms', 1)} | ${m('frameMs', 1)} | ${ok.map((run) => run.framesToDrawn).join(', ')} | ${m('longestTaskMs', 0)} |`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function extras(results) {
  const out = [];
  if (results.pageLoad) out.push(pageLoadTables(results));
  if (results.lazy) {
    const lazy = results.lazy;
    out.push('### Nothing before visible', '');
    if (lazy.error) out.push(`The check did not finish: ${lazy.error}`);
    else {
      out.push(
        'A page with the element 4,000 px below the fold (`src` set, `loading` left at its default), left idle for 1.5 s, then scrolled to it.',
        '',
        '| | before scrolling | after scrolling |',
        '| --- | ---: | ---: |',
        `| data requests seen by the server | ${lazy.before.serverFetches} | ${lazy.after.serverFetches} |`,
        `| resource entries for the data | ${lazy.before.fetches} | ${lazy.after.fetches} |`,
        `| \`entente-render\` events | ${lazy.before.renders} | ${lazy.after.renders} |`,
        `| \`entente:*\` performance marks | ${lazy.before.marks.join(', ') || 'none'} | ${lazy.after.marks.join(', ') || 'none'} |`,
        `| elements in the shadow root | ${lazy.before.shadowElements} | ${lazy.after.shadowElements} |`,
        ...(lazy.before.longTasks
          ? [
              `| long tasks since the element was defined | ${lazy.before.longTasksAfterDefined} | — |`,
              `| long tasks since navigation (start ms, duration ms) | ${lazy.before.longTasks.map(([start, ms]) => `${start}: ${ms}`).join(', ') || 'none'} | — |`,
            ]
          : []),
        '',
        `\`entente:*\` marks: **${lazy.marks}**. Rendered after scrolling: ${lazy.renderedAfterScroll ? 'yes' : 'no'}.`,
      );
    }
    out.push('');
  }
  if (results.leak) {
    const leak = results.leak;
    out.push('### Create / render / remove cycles', '');
    if (leak.error) out.push(`The check did not finish: ${leak.error}`);
    else {
      const mb = (bytes) => formatNumber(bytes / 2 ** 20, 2);
      out.push(
        `${leak.cycles} cycles of: create an element, append it, set \`data\` (${leak.size.toLocaleString('en')} events, one shared object), wait for \`entente-render\`, remove it — ${formatNumber(leak.seconds, 1)} s in all. Baseline after one warm-up cycle; both figures after \`HeapProfiler.collectGarbage\` (CDP \`Performance.getMetrics\`).`,
        '',
        '| | baseline | after | change |',
        '| --- | ---: | ---: | ---: |',
        `| JS heap used, MB | ${mb(leak.baseline.heap)} | ${mb(leak.after.heap)} | ${signed(leak.heapDelta / 1024, 0)} KB |`,
        `| DOM nodes (renderer) | ${leak.baseline.nodes} | ${leak.after.nodes} | ${signed(leak.nodeDelta, 0)} |`,
        `| JS event listeners | ${leak.baseline.listeners} | ${leak.after.listeners} | ${signed(leak.listenerDelta, 0)} |`,
        '',
        `Verdict: ${leak.pass ? 'back to baseline' : '**grows**'} (pass = heap within +512 KB and at most 20 more DOM nodes).`,
      );
    }
    out.push('');
  }
  return out.join('\n');
}

function totalTime(results) {
  const minutes = (seconds) => `${Math.floor(seconds / 60)} min ${String(seconds % 60).padStart(2, '0')} s`;
  const parts = Object.entries(results.timing?.sizes ?? {}).map(([size, seconds]) => `${sizeName(size)} events ${minutes(seconds)}`);
  if (results.timing?.pageLoad !== undefined) parts.push(`page-load and new-element checks ${results.timing.pageLoad} s`);
  if (results.timing?.lazy !== undefined) parts.push(`lazy check ${results.timing.lazy} s`);
  if (results.timing?.leak !== undefined) parts.push(`leak check ${results.timing.leak} s`);
  return `${minutes(results.seconds)}${parts.length ? ` (${parts.join('; ')}; the rest is starting and stopping the browser)` : ''}`;
}

/**
 * Every page fetches its document before the timed render. entente-timeline uses idle time
 * before its first document to rehearse a first render (bench/README.md): say how often that
 * happened before the timed render, as a page that sets `data` at once would not get it.
 */
function rehearsalNote(results) {
  const runs = Object.values(results.sizes)
    .flatMap((entry) => entry.entente?.runs ?? [])
    .filter((run) => run.render);
  const known = runs.filter((run) => typeof run.render.rehearsed === 'boolean');
  if (!known.length) return [];
  const before = known.filter((run) => run.render.rehearsed).length;
  return [
    `- Rehearsal: entente-timeline had rehearsed a first render while idle before the timed one in ${before} of ${known.length} runs`,
  ];
}

export function formatResults(results) {
  const m = results.machine;
  const o = results.options;
  return [
    '# Benchmark results',
    '',
    'Written by `npm run bench` (bench/run.mjs); see bench/README.md for how to read it. Only ratios within one run count: the machine is shared and noisy.',
    '',
    `- Date: ${results.date}`,
    `- Machine: ${m.os}; ${m.cpus}; ${m.memoryGB} GB memory; Node ${m.node}`,
    `- Browser: ${m.chromium} (headless, system Chromium)`,
    `- Element: ${results.bundle.path}, built ${results.bundle.builtAt}`,
    `- Runs: median of ${o.runs} per contender and size, each in a new browser context; viewport ${o.viewport.width}×${o.viewport.height}; timeout ${o.timeout} s per phase; ${o.zoomSteps} ctrl+wheel zoom steps then a ${o.panSteps}-step drag pan, one input at a time, each followed by the next frame`,
    ...(o.order === 'rotating'
      ? [
          '- Order: sizes smallest first; in each round every contender runs once, each round starting with the next contender. A contender that times out or fails at a size is not run again at that size or a larger one (entente-timeline alone is still run at each larger size)',
        ]
      : []),
    ...rehearsalNote(results),
    ...(o.cpuThrottle > 1
      ? [
          `- CPU slowed ${o.cpuThrottle}× in every page but the leak check (CDP \`Emulation.setCPUThrottlingRate\`), as DevTools' CPU throttling stands in for a mid-range phone`,
        ]
      : []),
    `- Total time: ${totalTime(results)}`,
    '',
    '## Targets',
    '',
    targets(results),
    '',
    '## By size',
    '',
    ...Object.entries(results.sizes).map(([size, entry]) => sizeTable(size, entry, o.timeout)),
    '## Other checks',
    '',
    extras(results),
  ].join('\n');
}

// `node bench/report.mjs [results.json]` rewrites RESULTS.md next to it from the recorded runs.
if (process.argv[1] && import.meta.url === (await import('node:url')).pathToFileURL(process.argv[1]).href) {
  const { readFile, writeFile } = await import('node:fs/promises');
  const { dirname, join, resolve } = await import('node:path');
  const input = resolve(process.argv[2] ?? join(dirname(new URL(import.meta.url).pathname), 'results.json'));
  await writeFile(join(dirname(input), 'RESULTS.md'), formatResults(JSON.parse(await readFile(input, 'utf8'))));
  console.log(`wrote ${join(dirname(input), 'RESULTS.md')}`);
}
