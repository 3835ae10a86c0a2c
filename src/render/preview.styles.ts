import { css } from 'lit';

/**
 * The hover and focus preview card (see `renderPreview`): a small card over
 * the chart, placed by `placePreview` in the widget's coordinates, so the
 * element that holds it must be its containing block (`position: relative`).
 * Colours come from the theme's `--_*` variables, so a site's `--entente-*`
 * colours apply; `::part(preview)` styles it further. It takes pointer
 * events: the reader may move the pointer onto it to read it (WCAG 2.2
 * SC 1.4.13, hoverable), and the view keeps it while the pointer is there.
 */
export const previewStyles = css`
  .preview {
    position: absolute;
    z-index: 2;
    box-sizing: border-box;
    max-inline-size: min(18rem, 100%);
    padding: 0.375rem 0.5rem;
    border: 1px solid var(--_rule, #deddd8);
    border-radius: var(--_radius, 3px);
    background: var(--_surface, Canvas);
    color: var(--_text, CanvasText);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.15);
    font-size: 0.8125rem;
    line-height: 1.3;
  }

  .preview-meta {
    display: block;
    color: var(--_muted, GrayText);
    font-size: 0.75rem;
  }

  .preview-title {
    display: block;
    font-weight: 600;
  }

  .preview-titles {
    margin: 0.125rem 0 0;
    padding: 0;
    list-style: none;
  }

  @media (forced-colors: active) {
    .preview {
      border-color: CanvasText;
      box-shadow: none;
    }
  }
`;
