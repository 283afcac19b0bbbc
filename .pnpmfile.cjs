// What `pnpm pack` and `pnpm publish` write into a package's tarball.
//
// In the workspace every package exports a `source` condition so tests and
// the type-checker read TypeScript sources rather than a stale build; a
// published package ships only dist/, so the condition is dropped from the
// packed package.json (docs/design.md, "Publishing"). pnpm itself replaces
// `workspace:*` ranges with the versions packed alongside.
function withoutSource(exports) {
  if (exports === null || typeof exports !== 'object') return exports;
  const kept = {};
  for (const [key, value] of Object.entries(exports)) {
    if (key !== 'source') kept[key] = withoutSource(value);
  }
  return kept;
}

module.exports = {
  hooks: {
    beforePacking(pkg) {
      if (pkg.exports !== undefined) pkg.exports = withoutSource(pkg.exports);
      return pkg;
    },
  },
};
