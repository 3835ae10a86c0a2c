import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type PartInfo } from 'lit/directive.js';

/**
 * Sets a party's colour as the `--party` custom property, always through the
 * CSSOM. Lit's `styleMap` writes a `style="…"` attribute on first render,
 * which a strict Content-Security-Policy (`style-src 'self'`) blocks; a
 * property set with `style.setProperty` is allowed. The colour itself has
 * already been validated as a CSS colour by the parser.
 */
class PartyColorDirective extends Directive {
  private color?: string;

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style') {
      throw new Error('partyColor() goes in a style attribute binding.');
    }
  }

  render(_color: string): unknown {
    return noChange;
  }

  override update(part: AttributePart, [color]: [string]): unknown {
    if (color !== this.color) {
      this.color = color;
      (part.element as HTMLElement | SVGElement).style.setProperty('--party', color);
    }
    return noChange;
  }
}

export const partyColor = directive(PartyColorDirective);
