// `tsc` has no Astro compiler: a test that renders a component through the Container API
// sees an `.astro` import as what the Container API takes, a component factory.
declare module '*.astro' {
  const component: import('astro/runtime/server/index.js').AstroComponentFactory;
  export default component;
}
