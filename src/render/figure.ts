import { html, nothing, type TemplateResult } from 'lit';
import type { TimelineModel } from '../data/model.js';
import { renderChart, type ChartView } from './chart.js';
import { renderLegend, renderToolbar, type ControlsView } from './controls.js';

/** Unicode isolation for data text inside SVG and accessible names, where `<bdi>` cannot go. */
export const isolate = (text: string): string => `\u2068${text}\u2069`;

/** The document's title and description, if it has either. */
export function renderHeader(model: TimelineModel | undefined): TemplateResult | typeof nothing {
  if (!model?.title && !model?.description) return nothing;
  return html`<figcaption class="header" part="header">
    ${model.title ? html`<span class="title" part="title" role="heading" aria-level="2"><bdi>${model.title}</bdi></span>` : nothing}
    ${model.description ? html`<p class="description" part="description"><bdi>${model.description}</bdi></p>` : nothing}
  </figcaption>`;
}

/** The timeline as drawn once its document is ready: header, toolbar, legend, then the chart or the list. */
export function renderTimelineFigure(model: TimelineModel, controls: ControlsView, body: unknown): TemplateResult {
  return html`<figure class="base" part="base">
    ${renderHeader(model)} ${renderToolbar(controls)} ${renderLegend(controls)} ${body}
  </figure>`;
}

/** The chart's box and svg around the lanes and marks, with the zoom hint when there is one. */
export interface ChartFrameView {
  readonly chart: ChartView;
  /** The svg's accessible name, already isolated and shortened. */
  readonly label: string;
  readonly hint?: string;
  readonly onClick: (event: MouseEvent) => void;
  readonly onKeyDown: (event: KeyboardEvent) => void;
  /** The hover and focus preview card (`renderPreview`), placed in the chart's box. */
  readonly preview?: unknown;
}

/** The chart and, under it, the selected event's card (`detail`) in a live region. */
export function renderChartBody(frame: ChartFrameView, detail: unknown): TemplateResult {
  const { chart } = frame;
  return html`<div class="chart" part="chart">
      <svg
        role="group"
        aria-label=${frame.label}
        width=${chart.width}
        height=${chart.height}
        viewBox="0 0 ${chart.width} ${chart.height}"
        @click=${frame.onClick}
        @keydown=${frame.onKeyDown}
      >
        ${renderChart(chart)}
      </svg>
      ${frame.hint ? html`<div class="hint" role="status">${frame.hint}</div>` : nothing} ${frame.preview ?? nothing}
    </div>
    <div aria-live="polite">${detail}</div>`;
}

/** The panel for a document with no events to draw. */
export const renderEmptyPanel = (text: string): TemplateResult => html`<div class="panel empty" part="empty" role="status">${text}</div>`;
