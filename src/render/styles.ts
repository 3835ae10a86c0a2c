import type { CSSResultOrNative } from 'lit';
import { placeholderStyles } from './placeholder.js';
import { timelineStyles } from '../styles.js';
import { listStyles } from './list-styles.js';

/**
 * Every stylesheet the view adopts, in cascade order: the one place that
 * order is set. The placeholder's rules stay first: the rest build on its
 * colours and box.
 */
export const viewStyles: CSSResultOrNative[] = [placeholderStyles, timelineStyles, listStyles];
