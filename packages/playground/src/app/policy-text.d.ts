/** Policy files bundled as text (esbuild's `text` loader, see build.mjs). */
declare module '*.policy' {
  const text: string;
  export default text;
}
