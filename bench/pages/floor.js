// The floor contender, shared by floor.html (timed renders) and load-floor.html (page load):
// defines window.contender = { root(), target(), render(doc) } over #chart.
(() => {
  // The floor: the same marks as plain SVG — one line per event joining its
  // parties' lanes, one circle per participant — positioned with a linear
  // scale and written with a single innerHTML assignment. Zoom (ctrl+wheel)
  // and pan (drag) redraw everything the same naive way, once per frame.
  const chart = document.getElementById('chart');
  const WIDTH = 1200,
    LEFT = 120,
    RIGHT = 1188,
    LANE = 46,
    TOP = 30;
  let marks = [],
    lanes = 0,
    domain = [0, 1],
    queued = false;

  function draw() {
    queued = false;
    const [d0, d1] = domain;
    const k = (RIGHT - LEFT) / (d1 - d0);
    const parts = [];
    for (const mark of marks) {
      const x = (LEFT + (mark.t - d0) * k).toFixed(1);
      parts.push(`<line x1="${x}" x2="${x}" y1="${mark.y0}" y2="${mark.y1}"></line>`);
      for (const y of mark.ys) parts.push(`<circle cx="${x}" cy="${y}" r="4"></circle>`);
    }
    const height = TOP + lanes * LANE;
    chart.innerHTML = `<svg width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">${parts.join('')}</svg>`;
  }
  const redraw = () => {
    if (!queued) {
      queued = true;
      requestAnimationFrame(draw);
    }
  };

  chart.addEventListener(
    'wheel',
    (event) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const [d0, d1] = domain;
      const at = d0 + ((event.offsetX - LEFT) / (RIGHT - LEFT)) * (d1 - d0);
      const factor = Math.pow(2, event.deltaY * 0.002);
      domain = [at - (at - d0) * factor, at + (d1 - at) * factor];
      redraw();
    },
    { passive: false },
  );
  let dragX = null;
  chart.addEventListener('pointerdown', (event) => {
    dragX = event.clientX;
  });
  window.addEventListener('pointermove', (event) => {
    if (dragX === null) return;
    const shift = ((event.clientX - dragX) / (RIGHT - LEFT)) * (domain[1] - domain[0]);
    domain = [domain[0] - shift, domain[1] - shift];
    dragX = event.clientX;
    redraw();
  });
  window.addEventListener('pointerup', () => {
    dragX = null;
  });

  window.contender = {
    root: () => chart,
    target: () => chart,
    render(doc) {
      const laneOf = new Map(doc.parties.map((party, index) => [party.id, TOP + index * LANE]));
      lanes = doc.parties.length;
      let min = Infinity,
        max = -Infinity;
      marks = doc.events.map((event) => {
        const t = Date.parse(event.date);
        if (t < min) min = t;
        if (t > max) max = t;
        const ys = event.parties.map((id) => laneOf.get(id));
        return { t, ys, y0: Math.min(...ys), y1: Math.max(...ys) };
      });
      domain = [min, max];
      draw();
      return {};
    },
  };
})();
