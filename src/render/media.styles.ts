import { css } from 'lit';

/**
 * What changes for print, forced colours and reduced motion, across the whole
 * figure: it comes after every module's own rules (see `styles.ts`).
 */
export const mediaStyles = css`
  @media print {
    .toolbar,
    .legend,
    .close,
    .steps,
    .hint {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .cluster .badge,
    .cluster .spine {
      stroke: CanvasText;
    }
    .cluster .dot,
    .cluster .count {
      fill: CanvasText;
    }
    .event .glyph,
    .lane .swatch,
    .dot {
      fill: CanvasText;
      background: CanvasText;
    }
    .event .connector,
    .event .span,
    .event .band {
      stroke: CanvasText;
    }
    .event:focus-visible .hit,
    .cluster:focus-visible .hit,
    .event.selected .halo {
      stroke: Highlight;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
