// The page-load probe: the server puts it inline at the top of every article
// page (bench/article.mjs), so that it observes from the first moment. It
// records long tasks and layout shifts, and when the contender's chart is drawn
// (`chartDrawn()`, called on the contender's own signal) and painted (a task
// posted from the next animation frame). Times are page times, from navigation.
(() => {
  const probe = (window.probe = { longTasks: [], shifts: [], frames: [], drawnAt: null, paintedAt: null, detail: null });
  const observe = (type, take) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(take)).observe({ type, buffered: true });
    } catch {
      // Not in this browser: the figures stay empty.
    }
  };
  observe('longtask', (entry) => probe.longTasks.push([Math.round(entry.startTime * 10) / 10, Math.round(entry.duration)]));
  observe('layout-shift', (entry) => {
    if (!entry.hadRecentInput) probe.shifts.push([Math.round(entry.startTime), entry.value]);
  });
  // Every animation frame until the chart is painted: how many came between the data and the drawing.
  const tick = () => {
    probe.frames.push(Math.round(performance.now() * 10) / 10);
    if (probe.paintedAt === null) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  window.chartDrawn = (detail = {}) => {
    if (probe.drawnAt !== null) return;
    probe.drawnAt = performance.now();
    probe.detail = detail;
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (probe.paintedAt = performance.now());
      channel.port2.postMessage(null);
    });
  };
})();
