// docs/errors.md lists every fault code the parser, the validator and the loader can produce.
import { expect } from '@open-wc/testing';

const raw = async (file: string) => (await fetch(`/test-api/raw?file=${file}`)).text();

/** Codes in the source: `code: '…'`, `fail('…'`, `warn(path, '…'` and the reference codes passed on. */
function extractCodes(source: string): Set<string> {
  const codes = new Set<string>();
  const patterns = [
    /code: '([a-z-]+)'/g,
    /\bfail\('([a-z-]+)'/g,
    /\bwarn\(\s*[^,()]+(?:\([^)]*\))?,\s*'([a-z-]+)'/g,
    /'(unknown-[a-z]+)'/g,
    /failure\('([a-z-]+)'/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) codes.add(match[1]!);
  return codes;
}

describe('docs/errors.md', () => {
  it('documents every fault code produced in src/data and the source controller', async () => {
    const doc = await raw('docs/errors.md');
    const sources = await Promise.all(
      [
        'src/data/parse.ts',
        'src/data/build-model.ts',
        'src/data/json-text.ts',
        'src/data/validate.ts',
        'src/data/sanitize.ts',
        'src/controllers/source-controller.ts',
      ].map(raw),
    );
    const codes = new Set(sources.flatMap((source) => [...extractCodes(source)]));
    // The extraction itself must work: these are known to exist.
    expect([...codes]).to.include.members([
      'invalid-date',
      'unknown-party',
      'required',
      'wrong-type',
      'unsafe-url',
      'html-not-json',
      'network',
    ]);
    const missing = [...codes].filter((code) => !doc.includes(`\`${code}\``));
    expect(missing, 'codes missing from docs/errors.md').to.deep.equal([]);
  });
});
