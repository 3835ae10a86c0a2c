import { html, nothing, type TemplateResult } from 'lit';

/**
 * The figure around the status panels (loading, error, empty). The element
 * shows it with the loading panel before its renderer has loaded, and the
 * renderer shows its panels in it: one template, so when the renderer takes
 * over, Lit keeps these nodes and the live region is not announced twice.
 * Title and panel together hold the reserved height, so the article does not
 * move while they stand in for the chart.
 */
export const renderStatusFigure = (header: unknown, panel: unknown): TemplateResult =>
  html`<figure class="base status" part="base">${header}${panel}</figure>`;

export const renderLoadingPanel = (text: string): TemplateResult =>
  html`<div class="panel loading" part="loading" role="status" aria-live="polite">${text}</div>`;

/** What exactly is at fault and where in the document, closed under the error panel's reason: it speaks to the site's developers, not to readers. */
export const renderFaultPath = (summary: string, path: string): TemplateResult =>
  html`<details class="fault" part="error-details">
    <summary>${summary}</summary>
    <code>${path}</code>
  </details>`;

/**
 * The error panel, with a retry button when `retry` is given. The element
 * shows it when its renderer fails to load; the renderer, for its own errors.
 */
export const renderErrorPanel = (
  title: string,
  reason: string,
  details: unknown,
  retry?: { label: string; onRetry: () => void },
): TemplateResult =>
  html`<div class="panel error" part="error" role="alert">
    <strong>${title}</strong>
    <p class="reason">${reason}</p>
    ${details} ${retry ? html`<button class="button" part="retry" type="button" @click=${retry.onRetry}>${retry.label}</button>` : nothing}
  </div>`;

export { placeholderStyles } from './placeholder.styles.js';
