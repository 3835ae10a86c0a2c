// The vis contender, shared by vis.html (timed renders) and load-vis.html (page load):
// defines window.contender = { root(), target(), render(doc) } over #chart.
(() => {
  // vis-timeline's standalone build, groups = parties, one point item per
  // participant (so each party's lane shows the event, like the other
  // contenders), the event title as the item's content, default stacking.
  // "Drawn" is vis's first `changed` event (emitted after a redraw).
  const chart = document.getElementById('chart');
  window.contender = {
    root: () => chart,
    target: () => chart.querySelector('.vis-center') ?? chart,
    render: (doc) =>
      new Promise((resolve) => {
        const groups = doc.parties.map((party) => ({ id: party.id, content: party.name }));
        const items = [];
        for (const event of doc.events) {
          for (const id of event.parties)
            items.push({ id: `${event.id}/${id}`, group: id, start: event.date, content: event.title, type: 'point' });
        }
        let changed = 0;
        const timeline = new vis.Timeline(chart, new vis.DataSet(items), new vis.DataSet(groups), { zoomKey: 'ctrlKey', width: '1200px' });
        window.timeline = timeline;
        // The constructor may already have drawn; wait for the first redraw that
        // happens after it returns, or for the next frame if none comes.
        timeline.on('changed', () => {
          changed += 1;
          resolve({ changedEvents: changed });
        });
        requestAnimationFrame(() => requestAnimationFrame(() => resolve({ changedEvents: changed })));
      }),
  };
})();
