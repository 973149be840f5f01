// custom-elements.json is generated (`npm run analyze`) and git-ignored, so a fresh clone
// type-checks before it exists. Storybook only passes it through to setCustomElementsManifest.
declare module '*/custom-elements.json' {
  const manifest: unknown;
  export default manifest;
}
