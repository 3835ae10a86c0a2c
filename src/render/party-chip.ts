import { html, nothing, type TemplateResult } from 'lit';
import { partyColor } from './party-color.js';

/**
 * A party as the legend, the detail card and the list show it: a dot in its
 * colour, its flag (hidden from assistive technology, which reads the name)
 * and its name, isolated from the surrounding direction. `prefix` names the
 * classes for the list's own styles (`list-` gives `list-dot`, `list-flag`).
 */
export function renderPartyChip(color: string, flag: string | undefined, name: string, prefix = ''): TemplateResult {
  return html`<span class="${prefix}dot" style=${partyColor(color)}></span>${
      flag ? html`<span class=${prefix ? `${prefix}flag` : nothing} aria-hidden="true">${flag}</span>` : nothing
    }<bdi>${name}</bdi>`;
}
