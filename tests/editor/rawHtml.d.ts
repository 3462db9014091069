/** Vite's `?raw` imports: a fixture file's text. */
declare module '*.html?raw' {
  const text: string;
  export default text;
}
declare module '*.md?raw' {
  const text: string;
  export default text;
}
