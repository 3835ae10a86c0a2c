import type { ArgTypes, Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
// Generated from the JSDoc of src/element.ts by `npm run analyze` (run by the storybook scripts).
import manifest from '../custom-elements.json';

/**
 * Storybook files attributes, properties, events and CSS parts in one table
 * keyed by name, parts last, so the part `loading` (the loading panel) would
 * hide the attribute `loading`. Parts are listed as a stylesheet names them,
 * `::part(loading)`; custom-elements.json itself stays as editors read it.
 */
function withPartSelectors(cem: typeof manifest): typeof manifest {
  return {
    ...cem,
    modules: cem.modules.map((module) => ({
      ...module,
      declarations: module.declarations?.map((declaration) =>
        'cssParts' in declaration && declaration.cssParts
          ? { ...declaration, cssParts: declaration.cssParts.map((part) => ({ ...part, name: `::part(${part.name})` })) }
          : declaration,
      ),
    })),
  } as typeof manifest;
}

setCustomElementsManifest(withPartSelectors(manifest));

type ArgType = ArgTypes[string];

/** `'a' | 'b' | undefined` → ['a', 'b']; anything that is not a union of string literals → null. */
function stringLiterals(type: string | undefined): string[] | null {
  if (!type) return null;
  const members = type
    .split('|')
    .map((part) => part.trim())
    .filter((part) => part !== 'undefined' && part !== 'null');
  if (!members.length || !members.every((part) => /^'[^']*'$/.test(part))) return null;
  return members.map((part) => part.slice(1, -1));
}

/**
 * Turns the argTypes Storybook extracts from custom-elements.json into
 * controls, so a new attribute documented in src/element.ts gets a control
 * with no story change: string-literal unions become a select, numbers a
 * number field, colours a colour picker. A property that only mirrors an
 * attribute (`laneOrder` for `lane-order`) and read-only members are hidden,
 * so each setting appears once.
 */
function controlsFromManifest(context: { argTypes: ArgTypes }): ArgTypes {
  const argTypes: ArgTypes = { ...context.argTypes };
  const mirrored = new Set<string>();
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      if (!('attributes' in declaration) || !declaration.attributes) continue;
      for (const attribute of declaration.attributes) {
        if (attribute.fieldName && attribute.fieldName !== attribute.name) mirrored.add(attribute.fieldName);
      }
      for (const member of ('members' in declaration ? declaration.members : undefined) ?? []) {
        if ('readonly' in member && member.readonly) mirrored.add(member.name);
      }
    }
  }
  for (const [name, argType] of Object.entries(argTypes) as [string, ArgType][]) {
    if (mirrored.has(name)) {
      argTypes[name] = { ...argType, control: false, table: { ...argType.table, disable: true } };
      continue;
    }
    if (argType.control !== undefined) continue;
    const category = argType.table?.category;
    const type = argType.table?.type?.summary;
    let control: ArgType['control'] | undefined;
    if (category === 'css custom properties') {
      control = name.endsWith('-color') || name.endsWith('-background') ? 'color' : 'text';
    } else if (category === 'attributes' || category === 'properties') {
      const options = stringLiterals(type);
      if (options) argTypes[name] = { ...argType, options: [undefined, ...options].filter((o) => o !== undefined) };
      control = options ? 'select' : type === 'number' ? 'number' : type?.startsWith('string') ? 'text' : 'object';
    }
    if (control) argTypes[name] = { ...argTypes[name], control };
  }
  return argTypes;
}

const preview: Preview = {
  argTypesEnhancers: [controlsFromManifest],
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // Accessibility violations fail the story (in the a11y panel and in test runs).
    a11y: { test: 'error' },
    layout: 'padded',
  },
};

export default preview;
