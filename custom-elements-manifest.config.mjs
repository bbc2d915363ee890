// The manifest (npm run manifest): what the kit's elements offer their users, read by
// Storybook, editors and the framework typings. Private members are implementation, and so
// is Lit's `static properties` (its entries are listed as the members they declare).
export default {
  globs: ['src/elements/**/*.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      name: 'hide-private-members',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.members) declaration.members = declaration.members.filter((m) => m.privacy !== 'private' && !m.name.startsWith('#') && !(m.static && m.name === 'properties'));
          }
        }
      },
    },
  ],
};
