// Selection (the `selected` attribute, or `select(id)`) and pair focus.
import type { Meta } from '@storybook/web-components-vite';
import { timeline, type Story, type TimelineArgs } from './render.js';
import { karabakhDocument } from './fixtures.js';

export default { title: 'Timeline/Interaction', ...timeline, args: { data: karabakhDocument } } satisfies Meta<TimelineArgs>;

/** `selected` names an event: its mark is highlighted and its detail card is open. */
export const SelectedWithDetail: Story = { args: { selected: 'lavrov-aliyev-2021-05-11' } };

/** A trilateral event with related events linked from its card. */
export const SelectedTrilateral: Story = { args: { selected: 'trilateral-statement-2020-11-09' } };

/** Narrow screen with the detail open. */
export const SelectedNarrow: Story = { args: { selected: 'lavrov-aliyev-2021-05-11', width: '320px' } };

/**
 * Story stepping: the card's Previous and Next walk the events in time among those shown
 * (filters and pair focus respected), the chart following. Here the story presses Next
 * once, as a reader would; `[` and `]` do the same from the keyboard.
 */
export const StepThroughTheStory: Story = {
  args: { selected: 'trilateral-statement-2020-11-09', width: '1200px' },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('entente-timeline')!;
    const next = () => element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="step"][data-step="next"]');
    while (!next()) await new Promise((resolve) => setTimeout(resolve, 50));
    next()!.click();
  },
};

/** `focus="RU,AZ"`: only what two parties did together (readers choose a pair in the Relationship menu). */
export const PairFocus: Story = { args: { focus: 'RU,AZ' } };

/**
 * Legend filters: each arity and party in the legend is a toggle. Here the
 * story presses "unilateral" once it has rendered, as a reader would.
 */
export const FilteredByArity: Story = {
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector('entente-timeline')!;
    await new Promise((resolve) => element.addEventListener('entente-render', resolve, { once: true }));
    const chip = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="filter"]')].find((button) =>
      button.textContent!.includes('unilateral'),
    );
    chip?.click();
  },
};

/** `deep-link` with an `id`: selecting an event puts `#karabakh/<event id>` in the address, and such an address opens it. */
export const DeepLink: Story = { args: { id: 'karabakh', 'deep-link': true } };

/** `strings`: the interface text, translated by the site (German here); dates follow `locale`. */
export const TranslatedInterface: Story = {
  args: {
    locale: 'de',
    strings: {
      viewList: 'Liste',
      viewChart: 'Diagramm',
      zoomIn: 'Vergrößern',
      zoomOut: 'Verkleinern',
      resetZoom: 'Alles zeigen',
      relationship: 'Beziehung',
      allRelationships: 'Alle Parteien',
      pair: (first: string, second: string) => `${first} und ${second}`,
      eventCount: (_count: number, formatted: string) => `${formatted} Ereignisse`,
      arity: { unilateral: 'einseitig', bilateral: 'bilateral', trilateral: 'trilateral', multilateral: 'multilateral' },
    },
  },
};
