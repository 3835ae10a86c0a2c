// Configuration of @custom-elements-manifest/analyzer (`npm run analyze`).
// custom-elements.json is generated from the JSDoc of src/element.ts: it feeds
// Storybook's autodocs and controls, and editors' HTML completion, so the
// element's API is written down once, in the source.

/**
 * `customElements.define(TAG_NAME, EntenteTimeline)` names the tag through a
 * constant; the analyzer records the identifier ("TAG_NAME") instead of its
 * value. Collect string constants while analysing, then put their values in.
 */
function resolveTagConstants() {
  const constants = new Map();
  return {
    name: 'entente-resolve-tag-constants',
    analyzePhase({ ts, node }) {
      if (!ts.isVariableDeclaration(node) || !ts.isIdentifier(node.name) || !node.initializer) return;
      if (ts.isStringLiteral(node.initializer) || ts.isNoSubstitutionTemplateLiteral(node.initializer)) {
        constants.set(node.name.text, node.initializer.text);
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const resolve = (name) => (name && !name.includes('-') && constants.has(name) ? constants.get(name) : name);
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          if (declaration.customElement) declaration.tagName = resolve(declaration.tagName);
        }
        for (const exported of mod.exports ?? []) {
          if (exported.kind === 'custom-element-definition') {
            exported.name = resolve(exported.name);
            // The analyzer writes the import specifier ("/src/element.js"); point at the module in the manifest.
            exported.declaration.module = exported.declaration.module.replace(/^\/?(.*)\.js$/, '$1.ts');
          }
        }
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: private and protected members (and
 * reactive state such as `tabStopId`, which the analyzer lists as an
 * attribute) would otherwise appear as Storybook controls and in autodocs.
 * Also drops stray local variables the analyzer picks up inside methods.
 */
function keepPublicApi() {
  return {
    name: 'entente-keep-public-api',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        const exported = new Set((mod.exports ?? []).map((entry) => entry.declaration?.name ?? entry.name));
        mod.declarations = (mod.declarations ?? []).filter(
          (declaration) => declaration.kind !== 'variable' || exported.has(declaration.name),
        );
        for (const declaration of mod.declarations) {
          if (!declaration.members) continue;
          const hidden = new Set(
            declaration.members
              .filter((member) => member.privacy === 'private' || member.privacy === 'protected' || member.static)
              .map((member) => member.name),
          );
          declaration.members = declaration.members.filter((member) => !hidden.has(member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !hidden.has(attribute.fieldName));
          }
        }
      }
    },
  };
}

export default {
  globs: ['src/element.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [resolveTagConstants(), keepPublicApi()],
};
