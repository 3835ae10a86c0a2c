// Shared in-page instrumentation for every benchmark page. A page defines
// `window.contender = { root(), render(doc) }` — `render` resolves once the
// contender's own "drawn" signal has fired — and this file does the timing,
// counting and frame recording the same way for all of them.
(() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long-task timing in this browser: the figures will read as zero.
  }

  const tasksBetween = (start, end) => {
    const tasks = longTasks.filter((task) => task.start + task.duration > start && task.start < end);
    // Every task (start, duration; page time, ms): run.mjs attributes them to input steps.
    return {
      list: tasks.slice(0, 1000).map((task) => [Math.round(task.start * 10) / 10, Math.round(task.duration)]),
      count: tasks.length,
      max: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
      total: tasks.reduce((sum, task) => sum + task.duration, 0),
    };
  };

  // Resolves after the next frame has been produced: a task posted from a
  // requestAnimationFrame callback runs after that frame's style, layout and paint.
  const afterNextFrame = () =>
    new Promise((resolve) => {
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve();
        channel.port2.postMessage(null);
      });
    });

  let doc;
  let frames;
  let mutations = 0;
  let observer;
  let interactionStart = 0;

  window.bench = {
    /** Fetches and parses the document before any timing starts. */
    async load(url) {
      doc = await (await fetch(url)).json();
      return doc.events.length;
    },
    async render() {
      await afterNextFrame();
      const start = performance.now();
      // Animation frames between setting the data and the contender's "drawn" signal:
      // each is a wait (the next frame's callbacks, its style, layout and paint) before drawing.
      let frames = 0;
      let counting = true;
      const count = () => {
        if (!counting) return;
        frames += 1;
        requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      const result = (await window.contender.render(doc)) ?? {};
      const drawn = performance.now();
      counting = false;
      await afterNextFrame();
      const framed = performance.now();
      return { ms: drawn - start, frameMs: framed - start, framesToDrawn: frames, longTasks: tasksBetween(start, framed), ...result };
    },
    count() {
      const root = window.contender.root();
      let nodes = 0;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) nodes += 1;
      return { elements: root.querySelectorAll('*').length, nodes };
    },
    /** A point inside the drawing where wheel and drag should land, in viewport pixels. */
    target() {
      const box = window.contender.target().getBoundingClientRect();
      return { x: Math.round(box.left + box.width / 2), y: Math.round(box.top + Math.min(box.height / 2, 150)) };
    },
    startFrames() {
      frames = [];
      mutations = 0;
      observer = new MutationObserver((records) => {
        mutations += records.length;
      });
      observer.observe(window.contender.root(), { subtree: true, childList: true, attributes: true, characterData: true });
      interactionStart = performance.now();
      let last = interactionStart;
      const tick = (now) => {
        if (!frames) return;
        frames.push(now - last);
        last = now;
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
      return interactionStart;
    },
    async stopFrames() {
      await afterNextFrame();
      await afterNextFrame();
      const recorded = frames;
      frames = undefined;
      observer.disconnect();
      const end = performance.now();
      // The first delta spans the wait for the loop's first frame, not a frame.
      return {
        start: interactionStart,
        frames: recorded.slice(1),
        mutations,
        longTasks: tasksBetween(interactionStart, end),
        ms: end - interactionStart,
      };
    },
  };
})();
