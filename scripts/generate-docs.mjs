#!/usr/bin/env node
// Writes docs/data-format.md, the reference of the timeline document format,
// from the JSON Schema (src/data/entente-timeline.schema.json): every field,
// with its description, type and an example, so the docs cannot drift from
// the schema. Examples come from the schema's own `examples`, else from the
// Karabakh example document, else from the small table below (for fields that
// example does not use); a field with no example at all is an error.
//
//   node scripts/generate-docs.mjs          write docs/data-format.md
//   node scripts/generate-docs.mjs --check  write nothing; exit 1 if it is stale (CI)
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'src/data/entente-timeline.schema.json');
const examplePath = join(root, 'examples/karabakh-2020-2021.json');
const docsPath = join(root, 'docs/data-format.md');

/** Examples for fields the Karabakh document does not use, keyed by definition and field. */
const EXTRA_EXAMPLES = {
  'TimelineEventInput.end': '2021-05-12',
  'TimelineEventInput.quotes': [{ text: 'We discussed the unblocking of transport links.', by: 'lavrov' }],
  'TimelineEventInput.sources': [{ title: 'Lavrov meets Aliyev in Baku', url: 'https://example.com/news/2021/05/11/baku' }],
  'TimelineEventInput.image': {
    url: 'https://example.com/photos/baku.jpg',
    alt: 'Lavrov and Aliyev shake hands',
    credit: 'Example Agency',
  },
  'TimelineEventInput.host': 'AZ',
  'TimelineEventInput.label': 'Trilateral statement',
  'Quote.text': 'We discussed the unblocking of transport links.',
  'Quote.by': 'lavrov',
  'Source.title': 'Lavrov meets Aliyev in Baku',
  'Source.url': 'https://example.com/news/2021/05/11/baku',
  'Image.url': 'https://example.com/photos/baku.jpg',
  'Image.alt': 'Lavrov and Aliyev shake hands',
  'Image.credit': 'Example Agency',
};

/** Where each definition's objects sit in a document, to find examples in the Karabakh file. */
const DEFINITION_PATHS = {
  TimelineDocument: (doc) => [doc],
  Party: (doc) => doc.parties ?? [],
  Person: (doc) => doc.people ?? [],
  Topic: (doc) => doc.topics ?? [],
  TimelineEventInput: (doc) => doc.events ?? [],
  Location: (doc) => (doc.events ?? []).map((event) => event.location).filter(Boolean),
  Quote: (doc) => (doc.events ?? []).flatMap((event) => event.quotes ?? []),
  Source: (doc) => (doc.events ?? []).flatMap((event) => event.sources ?? []),
  Image: (doc) => (doc.events ?? []).map((event) => event.image).filter(Boolean),
};

const refName = (ref) => ref.replace('#/$defs/', '');
const anchor = (name) => name.toLowerCase();

/** A schema node's type, in words, with links to the definitions it refers to. */
function describeType(node, defs) {
  if (node.$ref) {
    const name = refName(node.$ref);
    const target = defs[name];
    // Plain aliases (Id, DateString) read better as their underlying type.
    if (target && target.type === 'string') return `string ([${name}](#${anchor(name)}))`;
    return `object ([${name}](#${anchor(name)}))`;
  }
  if ('const' in node) return `\`${JSON.stringify(node.const)}\``;
  if (node.anyOf) return node.anyOf.map((sub) => describeType(sub, defs)).join(' or ');
  if (node.enum) {
    return `one of ${node.enum.map((value) => `\`${JSON.stringify(value)}\``).join(', ')}`;
  }
  const types = Array.isArray(node.type) ? node.type : [node.type];
  return types
    .map((type) => {
      if (type === 'array') return `array of ${node.items ? describeType(node.items, defs) : 'any'}`;
      if (type === 'string' && node.minLength === 1) return 'non-empty string';
      return type;
    })
    .join(' or ');
}

/** Schema prose mentions tags such as <entente-timeline>: show them as code, not as HTML. */
const prose = (text) => String(text ?? '').replace(/(^|[^`])<([a-z][a-z0-9-]*)>/g, '$1`<$2>`');

/** Markdown table cells must not contain raw pipes or line breaks. */
const cell = (text) => String(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');

function formatExample(value) {
  const json = JSON.stringify(value);
  return json.length > 90 ? `\`${json.slice(0, 87)}…\`` : `\`${json}\``;
}

function findExample(definition, field, node, defs, documents) {
  if (node.examples?.length) return node.examples[0];
  if (node.$ref && defs[refName(node.$ref)]?.examples?.length) return defs[refName(node.$ref)].examples[0];
  const key = `${definition}.${field}`;
  if (key in EXTRA_EXAMPLES) return EXTRA_EXAMPLES[key];
  for (const object of DEFINITION_PATHS[definition]?.(documents) ?? []) {
    const value = object?.[field];
    if (value === undefined || value === null) continue;
    // Keep array examples short: the first item says enough.
    return Array.isArray(value) ? value.slice(0, 1) : value;
  }
  return undefined;
}

function renderObject(name, node, defs, documents, missing) {
  const required = new Set(node.required ?? []);
  const lines = ['| field | type | required | description | example |', '| --- | --- | --- | --- | --- |'];
  for (const [field, sub] of Object.entries(node.properties ?? {})) {
    const example = findExample(name, field, sub, defs, documents);
    if (example === undefined) missing.push(`${name}.${field}`);
    const description = [sub.title ? `**${sub.title}.**` : '', prose(sub.description)].filter(Boolean).join(' ');
    lines.push(
      `| \`${field}\` | ${cell(describeType(sub, defs))} | ${required.has(field) ? 'yes' : 'no'} | ${cell(description)} | ${
        example === undefined ? '' : cell(formatExample(example))
      } |`,
    );
  }
  return lines.join('\n');
}

function render(schema, documents) {
  const defs = schema.$defs ?? {};
  const missing = [];
  const sections = [
    '<!-- GENERATED FILE, do not edit: run `node scripts/generate-docs.mjs` (the JSON Schema is the source). -->',
    '',
    '# The timeline document format',
    '',
    `Reference of the JSON document that \`<entente-timeline>\` draws, generated from the JSON Schema, [\`src/data/entente-timeline.schema.json\`](../src/data/entente-timeline.schema.json) (published as \`entente-timeline/schema.json\`). Examples are taken from [the Karabakh example](../examples/karabakh-2020-2021.json) where it has one.`,
    '',
    `Schema: \`${schema.$schema}\`, id \`${schema.$id}\`.`,
    '',
    `## ${schema.title}`,
    '',
    prose(schema.description),
    '',
    renderObject('TimelineDocument', schema, defs, documents, missing),
  ];
  for (const [name, def] of Object.entries(defs)) {
    sections.push('', `## ${name}`, '', prose(def.description));
    if (def.type === 'object') {
      sections.push('', renderObject(name, def, defs, documents, missing));
    } else {
      sections.push('', `Type: ${describeType(def, defs)}.`);
      if (def.pattern) sections.push('', `Pattern: \`${def.pattern}\``);
      if (def.examples?.length) {
        sections.push('', `Examples: ${def.examples.map((example) => `\`${JSON.stringify(example)}\``).join(', ')}.`);
      }
    }
  }
  if (missing.length) {
    throw new Error(
      `No example for ${missing.join(', ')}: add \`examples\` to the schema or an entry to EXTRA_EXAMPLES in scripts/generate-docs.mjs`,
    );
  }
  return `${sections.join('\n')}\n`;
}

const schema = JSON.parse(await readFile(schemaPath, 'utf8'));
const documents = JSON.parse(await readFile(examplePath, 'utf8'));
const text = render(schema, documents);

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = await readFile(docsPath, 'utf8');
  } catch {
    // A missing file is as stale as a wrong one.
  }
  if (current !== text) {
    console.error(`Stale generated file: ${relative(root, docsPath)}. Run \`node scripts/generate-docs.mjs\` and commit the result.`);
    process.exit(1);
  }
} else {
  await mkdir(dirname(docsPath), { recursive: true });
  await writeFile(docsPath, text);
}
