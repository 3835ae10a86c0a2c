import { html, nothing, type TemplateResult } from 'lit';
import { partyColor } from './party-color.js';

/**
 * A party's dot in its colour and its flag (hidden from assistive technology,
 * which reads the name): what stands before its name in the legend, the
 * detail card and the list. `prefix` names the classes for the list's own
 * styles (`list-` gives `list-dot`, `list-flag`).
 */
export function renderPartyMark(color: string, flag: string | undefined, prefix = ''): TemplateResult {
  return html`<span class="${prefix}dot" style=${partyColor(color)}></span>${
      flag ? html`<span class=${prefix ? `${prefix}flag` : nothing} aria-hidden="true">${flag}</span>` : nothing
    }`;
}

/** A party as the detail card and the list show it: its mark and its name, isolated from the surrounding direction. */
export function renderPartyChip(color: string, flag: string | undefined, name: string, prefix = ''): TemplateResult {
  return html`${renderPartyMark(color, flag, prefix)}<bdi>${name}</bdi>`;
}
