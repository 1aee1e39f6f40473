// Remotion's webpack config turns font files into URLs (asset/resource).
declare module '*.woff2' {
  const url: string;
  export default url;
}
