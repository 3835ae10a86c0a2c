#!/usr/bin/env node
// What the browser's first Intl call costs a page, before any of the element's code: each run
// opens a blank page in a new browser context (a new renderer, so ICU's data is not loaded yet),
// slows its CPU like the benchmark (`--cpu-throttle`, 4 by default), and times one Intl call
// after another, each in a task of its own, in the order given. Whichever heavy Intl service
// comes first pays for loading ICU; the question is whether that one call is already a long
// task (over 50 ms) by itself, which no scheduling in the element can split.
//
//   node bench/intl-cost.mjs [--runs 5] [--cpu-throttle 4]
import puppeteer from 'puppeteer-core';
import { chromiumArgs, findChromium } from '../scripts/chromium.mjs';

function option(name, fallback) {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? fallback : Number(process.argv[index + 1]);
}

/** The calls the element makes, cheapest first; each is timed alone. */
const CALLS = {
  'PluralRules(en)': `new Intl.PluralRules('en').select(1)`,
  'Locale(en).maximize()': `new Intl.Locale('en').maximize().language`,
  'NumberFormat(en)': `new Intl.NumberFormat('en').format(1)`,
  'DateTimeFormat(en, day)': `new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(0)`,
  'DateTimeFormat.supportedLocalesOf(en)': `Intl.DateTimeFormat.supportedLocalesOf('en').length`,
  'ListFormat(en)': `new Intl.ListFormat('en', { type: 'conjunction' }).format(['a', 'b'])`,
  'Segmenter(grapheme)': `[...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment('é')].length`,
  'DateTimeFormat(fr, day)': `new Intl.DateTimeFormat('fr', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC', calendar: 'gregory' }).format(0)`,
};

/** The orders tried: the element's own (the locale is chosen first), and a date formatter first. */
const ORDERS = [
  [
    'PluralRules(en)',
    'Locale(en).maximize()',
    'DateTimeFormat.supportedLocalesOf(en)',
    'DateTimeFormat(en, day)',
    'NumberFormat(en)',
    'ListFormat(en)',
    'Segmenter(grapheme)',
    'DateTimeFormat(fr, day)',
  ],
  ['DateTimeFormat(en, day)', 'DateTimeFormat.supportedLocalesOf(en)', 'NumberFormat(en)', 'ListFormat(en)', 'Segmenter(grapheme)'],
  ['NumberFormat(en)', 'DateTimeFormat(en, day)', 'DateTimeFormat.supportedLocalesOf(en)'],
];

async function main() {
  const runs = option('runs', 5);
  const throttle = option('cpu-throttle', 4);
  const browser = await puppeteer.launch({ executablePath: findChromium(), headless: true, args: chromiumArgs });
  try {
    console.log(`Intl calls in a blank page, each timed alone, CPU slowed ${throttle}×, ${runs} runs per order (ms, per run)\n`);
    for (const order of ORDERS) {
      const times = new Map(order.map((name) => [name, []]));
      for (let run = 0; run < runs; run++) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        const cdp = await page.createCDPSession();
        if (throttle > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
        await page.goto('about:blank');
        for (const name of order) {
          const ms = await page.evaluate(
            `(() => { const start = performance.now(); ${CALLS[name]}; return performance.now() - start; })()`,
          );
          times.get(name).push(ms);
        }
        await context.close();
      }
      for (const [name, list] of times) {
        const sorted = [...list].sort((a, b) => a - b);
        console.log(
          `${name.padEnd(40)} median ${sorted[sorted.length >> 1].toFixed(1).padStart(6)}   (${list.map((ms) => ms.toFixed(1)).join(', ')})`,
        );
      }
      console.log('');
    }
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`intl-cost: ${error.message}`);
  process.exit(1);
});
