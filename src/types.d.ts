// Remotion's webpack config turns font files into URLs (asset/resource).
declare module '*.woff2' {
  const url: string;
  export default url;
}

// webpack's import.meta.webpackContext: the modules in a folder that match, resolved when bundling.
interface ImportMeta {
  webpackContext(
    request: string,
    options: { recursive?: boolean; regExp?: RegExp },
  ): { keys(): string[]; (id: string): unknown };
}
