import { html, nothing, type TemplateResult } from 'lit';
import { renderPartyMark } from './party-chip.js';
import type { Arity } from '../data/model.js';
import type { TimelineStrings } from '../strings.js';
import { renderArityGlyph } from './chart.js';

export interface FilterChip<K extends string> {
  readonly key: K;
  readonly label: string;
  readonly count: string;
  readonly shown: boolean;
  readonly color?: string;
  readonly flag?: string;
}

export interface PairOption {
  /** `A,B` party ids. */
  readonly key: string;
  readonly label: string;
}

export interface ControlsView {
  readonly strings: TimelineStrings;
  /** "5 events", already formatted. */
  readonly countLabel: string;
  readonly arities: readonly FilterChip<Arity>[];
  readonly parties: readonly FilterChip<string>[];
  readonly pairs: readonly PairOption[];
  readonly pair?: string;
  readonly layout: 'lanes' | 'list';
  readonly zoomed: boolean;
  readonly onArity: (arity: Arity) => void;
  readonly onParty: (id: string) => void;
  readonly onPair: (key: string) => void;
  readonly onZoomIn: () => void;
  readonly onZoomOut: () => void;
  readonly onReset: () => void;
  readonly onLayout: () => void;
}

/**
 * The bar above the chart: the count, the relationship menu (pair focus), the
 * zoom buttons and the switch between chart and list. Every control is a
 * native button or select, so keyboards and screen readers know them.
 */
export function renderToolbar(view: ControlsView): TemplateResult {
  const { strings } = view;
  return html`<div class="toolbar">
    <span class="count" part="count" role="status">${view.countLabel}</span>
    ${
      view.pairs.length
        ? html`<label class="pair" part="pair-focus">
            <span>${strings.relationship}</span>
            <select @change=${(event: Event) => view.onPair((event.target as HTMLSelectElement).value)}>
              <option value="" ?selected=${!view.pair}>${strings.allRelationships}</option>
              ${view.pairs.map((option) => html`<option value=${option.key} ?selected=${option.key === view.pair}>${option.label}</option>`)}
            </select>
          </label>`
        : nothing
    }
    <span class="controls" part="controls" role="toolbar" aria-label=${strings.viewControls}>
      ${
        view.layout === 'lanes'
          ? html`<button
                class="icon"
                type="button"
                aria-label=${strings.zoomOut}
                title=${strings.zoomOut}
                @click=${view.onZoomOut}
                ?disabled=${!view.zoomed}
              >
                −
              </button>
              <button class="icon" type="button" aria-label=${strings.zoomIn} title=${strings.zoomIn} @click=${view.onZoomIn}>+</button>
              <button class="text" type="button" @click=${view.onReset} ?disabled=${!view.zoomed}>${strings.resetZoom}</button>`
          : nothing
      }
      <button
        class="text"
        type="button"
        part="layout-toggle"
        aria-pressed=${view.layout === 'list' ? 'true' : 'false'}
        @click=${view.onLayout}
      >
        ${view.layout === 'list' ? strings.viewChart : strings.viewList}
      </button>
    </span>
  </div>`;
}

/**
 * A legend entry: its glyph, then its name and count as one run of text, so that a long name
 * wraps on a phone with the count after its last word rather than at the entry's far edge.
 */
function renderChip<K extends string>(chip: FilterChip<K>, glyph: TemplateResult, onToggle: (key: K) => void): TemplateResult {
  return html`<li role="none">
    <button class="filter" part="filter" type="button" aria-pressed=${chip.shown ? 'true' : 'false'} @click=${() => onToggle(chip.key)}>
      ${glyph}<span class="filter-label"><bdi>${chip.label}</bdi> <span class="filter-count">${chip.count}</span></span>
    </button>
  </li>`;
}

/**
 * The key to the marks, which doubles as the filter: each arity and party toggles its events.
 * It is a toolbar, as the zoom and view buttons are: one tab stop, arrow keys inside (`view/toolbars.ts`).
 */
export function renderLegend(view: ControlsView): TemplateResult {
  return html`<ul class="legend" part="legend" role="toolbar" aria-label=${view.strings.filters}>
    ${view.arities.map((chip) => renderChip(chip, renderArityGlyph(chip.key), view.onArity))}
    ${view.parties.map((chip) => renderChip(chip, renderPartyMark(chip.color ?? 'currentColor', chip.flag), view.onParty))}
  </ul>`;
}
