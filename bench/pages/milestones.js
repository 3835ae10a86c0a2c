// The milestones contender, shared by milestones.html (timed renders) and load-milestones.html (page load):
// defines window.contender = { root(), target(), render(doc) } over #chart.
(() => {
  // d3-milestones' standalone build (it bundles the d3 modules it uses), one
  // category row per party holding every event that party took part in,
  // aggregated by day. Auto-resize is off so that the render we time is the
  // only one (its ResizeObserver would otherwise draw everything again).
  // "Drawn" is its renderCallback, called synchronously at the end of render().
  const chart = document.getElementById('chart');
  window.contender = {
    root: () => chart,
    target: () => chart,
    render: (doc) =>
      new Promise((resolve) => {
        const rows = doc.parties.map((party) => ({
          party: party.name,
          entries: doc.events
            .filter((event) => event.parties.includes(party.id))
            .map((event) => ({ date: event.date, title: event.title })),
        }));
        milestones(chart)
          .mapping({ category: 'party', entries: 'entries', timestamp: 'date', text: 'title' })
          .parseTime('%Y-%m-%d')
          .aggregateBy('day')
          .autoResize(false)
          .renderCallback(() => resolve({}))
          .render(rows);
      }),
  };
})();
