// Using <entente-timeline> from React 19, without JSX so that it runs as it is in any bundler.
// React 19 sets a custom element's known properties as properties (so `data` receives the
// object itself, not "[object Object]") and turns an `on<event-name>` prop into a listener
// for that DOM event — here `onentente-select`.
//
//   npm install entente-timeline react react-dom
//   import { mountTimelineApp } from './app.js';
//   mountTimelineApp(document.getElementById('root'), timelineDocument);
import { createElement as h, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'entente-timeline'; // registers <entente-timeline>

/** A timeline with a line of text under it naming the selected event. */
export function TimelineApp({ timeline, laneOrder = 'auto', onSelect }) {
  const [selected, setSelected] = useState(null);
  const handleSelect = (event) => {
    // event.detail is { id, event }: the event's id and its parsed record (or null when cleared).
    setSelected(event.detail.event);
    onSelect?.(event.detail);
  };
  return h(
    'section',
    null,
    h('entente-timeline', {
      data: timeline,
      'lane-order': laneOrder,
      'onentente-select': handleSelect,
    }),
    h('p', { role: 'status', 'data-testid': 'selected' }, selected ? `Selected: ${selected.title}` : 'Nothing selected'),
  );
}

/** Renders the app into a container; returns the React root (call `unmount()` to remove it). */
export function mountTimelineApp(container, timeline, props = {}) {
  const root = createRoot(container);
  root.render(h(TimelineApp, { timeline, ...props }));
  return root;
}
