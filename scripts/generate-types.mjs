#!/usr/bin/env node
// Derives everything that must agree with the JSON Schema from the schema itself:
//   src/data/document-types.ts    TypeScript types of the input document (json-schema-to-typescript)
//   src/data/schema.generated.ts  the schema minus annotations, interpreted at run time by validate.ts
//                                 (its definitions as constants, which the references point to)
//   dist/entente-timeline.schema.json  the published copy
//
//   node scripts/generate-types.mjs          write the generated files and copy the schema to dist/
//   node scripts/generate-types.mjs --dist   only copy the schema to dist/
//   node scripts/generate-types.mjs --check  write nothing; exit 1 if a generated file is stale (CI)
import { mkdir, readFile, writeFile, copyFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from 'json-schema-to-typescript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const schemaPath = join(root, 'src/data/entente-timeline.schema.json');
const typesPath = join(root, 'src/data/document-types.ts');
const validatorSchemaPath = join(root, 'src/data/schema.generated.ts');
const distSchemaPath = join(root, 'dist/entente-timeline.schema.json');

/** Annotations: useful to people and editors, useless to the validator that ships to readers. */
const ANNOTATIONS = new Set(['title', 'description', 'examples', '$comment', '$schema', '$id', 'default']);
/** Exactly the keywords src/data/validate.ts interprets; anything else would be silently ignored there. */
const SUPPORTED = new Set([
  'type',
  'properties',
  'required',
  'items',
  'enum',
  'const',
  'minLength',
  'minItems',
  'pattern',
  '$ref',
  'anyOf',
  '$defs',
]);
/** Keywords whose value is a map from names to subschemas (so a property called `title` survives). */
const SCHEMA_MAPS = new Set(['properties', '$defs']);

/** Returns a copy of a schema node with annotations removed, failing on keywords the validator lacks. */
function stripAnnotations(node, at) {
  const out = {};
  for (const [keyword, value] of Object.entries(node)) {
    if (ANNOTATIONS.has(keyword)) continue;
    if (!SUPPORTED.has(keyword)) {
      throw new Error(`${at}: keyword "${keyword}" is not supported by src/data/validate.ts; add it there first`);
    }
    if (SCHEMA_MAPS.has(keyword)) {
      out[keyword] = Object.fromEntries(
        Object.entries(value).map(([name, sub]) => [name, stripAnnotations(sub, `${at}/${keyword}/${name}`)]),
      );
    } else if (keyword === 'items') {
      out[keyword] = stripAnnotations(value, `${at}/items`);
    } else if (keyword === 'anyOf') {
      out[keyword] = value.map((sub, i) => stripAnnotations(sub, `${at}/anyOf/${i}`));
    } else if ((keyword === 'minLength' || keyword === 'minItems') && value !== 1) {
      throw new Error(`${at}: validate.ts only knows ${keyword} 1 ("must not be empty"), not ${value}`);
    } else if (keyword === 'pattern' && at !== '#/$defs/DateString') {
      throw new Error(`${at}: validate.ts words every pattern fault as an invalid date; patterns belong in $defs/DateString`);
    } else if (keyword === '$ref' && !/^#\/\$defs\/[A-Za-z]+$/.test(value)) {
      throw new Error(`${at}: only "#/$defs/Name" references are supported, not "${value}"`);
    } else {
      out[keyword] = value;
    }
  }
  if ('$ref' in out && Object.keys(out).length > 1) {
    throw new Error(`${at}: validate.ts ignores keywords next to $ref; move them into the definition`);
  }
  return out;
}

/**
 * Titles name the generated types; keep them only on the root and the definitions, so property
 * titles (there for readers of the schema) do not turn into a crowd of `Name1`, `Name2` aliases.
 * Likewise a description next to a `$ref` would make a fresh copy of the referenced type.
 */
function keepTypeTitles(node, named) {
  if (Array.isArray(node)) return node.map((item) => keepTypeTitles(item, false));
  if (node === null || typeof node !== 'object') return node;
  if ('$ref' in node) return { $ref: node.$ref };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'title' && !named) continue;
    if (key === '$defs') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, keepTypeTitles(sub, true)]));
    } else if (key === 'properties') {
      out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, keepTypeTitles(sub, false)]));
    } else if (key === 'enum' || key === 'const' || key === 'examples' || key === 'required') {
      out[key] = value;
    } else {
      out[key] = keepTypeTitles(value, false);
    }
  }
  return out;
}

/**
 * Writes the stripped schema as TypeScript for validate.ts: each definition a constant of its
 * own (`PartySchema`), and each `{ "$ref": "#/$defs/Party" }` that constant itself, so that the
 * validator follows no references and a definition used in many places is written once.
 * Constants come before their uses, so a definition cannot refer to itself, even indirectly.
 */
function writeValidatorSchema(schema) {
  const { $defs = {}, ...root } = schema;
  const written = [];
  const writing = new Set();
  // A reference becomes a marker string here, and the constant's name in the printed text.
  const marker = (name) => `\0${name}Schema`;
  const resolve = (node, at) => {
    if (node.$ref) {
      const name = node.$ref.slice('#/$defs/'.length);
      if (!$defs[name]) throw new Error(`${at}: "${node.$ref}" names no definition`);
      if (writing.has(name)) throw new Error(`${at}: "${node.$ref}" refers to itself; validate.ts cannot check recursive definitions`);
      if (!written.some(([written]) => written === name)) {
        writing.add(name);
        written.push([name, resolve($defs[name], `#/$defs/${name}`)]);
        writing.delete(name);
      }
      return marker(name);
    }
    const out = {};
    for (const [keyword, value] of Object.entries(node)) {
      if (keyword === 'properties') {
        out[keyword] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, resolve(sub, `${at}/properties/${name}`)]));
      } else if (keyword === 'items') {
        out[keyword] = resolve(value, `${at}/items`);
      } else if (keyword === 'anyOf') {
        out[keyword] = value.map((sub, i) => resolve(sub, `${at}/anyOf/${i}`));
      } else {
        out[keyword] = value;
      }
    }
    return out;
  };
  const print = (node) => JSON.stringify(node, null, 2).replace(/"\\u0000(\w+)"/g, '$1');
  const document = resolve(root, '#');
  return [
    ...written.map(([name, node]) => `export const ${name}Schema = ${print(node)} as const;`),
    `export const documentSchema = ${print(document)} as const;`,
  ].join('\n\n');
}

async function generate(schema) {
  const banner = [
    '/*',
    ' * GENERATED FILE, do not edit: run `node scripts/generate-types.mjs`.',
    ' * Generated by json-schema-to-typescript from src/data/entente-timeline.schema.json:',
    ' * the types of a timeline document as its author writes it (see model.ts for the parsed form).',
    ' */',
  ].join('\n');
  const types = await compile(keepTypeTitles(schema, true), 'TimelineDocument', {
    bannerComment: banner,
    // Unknown fields are allowed by the schema (forward compatibility), but authors writing
    // documents in TypeScript are better served by types that catch a misspelt field.
    additionalProperties: false,
    unreachableDefinitions: false,
    // `[Id, ...Id[]]` would make documents built in code awkward to type; minItems is checked at run time.
    ignoreMinAndMaxItems: true,
    declareExternallyReferenced: true,
    format: true,
    style: { singleQuote: true, printWidth: 110 },
    $refOptions: { resolve: { external: false } },
  });
  const validatorSchema = [
    '// GENERATED FILE, do not edit: run `node scripts/generate-types.mjs`.',
    '// src/data/entente-timeline.schema.json without its annotations, interpreted by validate.ts;',
    '// each reference to a definition is the definition itself.',
    writeValidatorSchema(stripAnnotations(schema, '#')),
    '',
  ].join('\n');
  return [
    [typesPath, types],
    [validatorSchemaPath, validatorSchema],
  ];
}

async function readOrEmpty(path) {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return '';
  }
}

async function copyToDist() {
  await mkdir(dirname(distSchemaPath), { recursive: true });
  await copyFile(schemaPath, distSchemaPath);
}

const args = new Set(process.argv.slice(2));
const schema = JSON.parse(await readFile(schemaPath, 'utf8'));

if (args.has('--dist')) {
  await copyToDist();
} else if (args.has('--check')) {
  const stale = [];
  for (const [path, text] of await generate(schema)) {
    if ((await readOrEmpty(path)) !== text) stale.push(relative(root, path));
  }
  if (stale.length) {
    console.error(`Stale generated file(s): ${stale.join(', ')}. Run \`node scripts/generate-types.mjs\` and commit the result.`);
    process.exit(1);
  }
} else {
  for (const [path, text] of await generate(schema)) await writeFile(path, text);
  await copyToDist();
}
