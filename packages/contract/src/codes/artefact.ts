/** Why the engine refuses to load a compiled policy artefact (`callguard build`), or to export one (`callguard compile`). */
export const ARTEFACT_CODES = [
  /** The file is not a policy artefact, or it is damaged. */
  'artefact/invalid',
  /** The policy inside does not match its hash: it was changed after the build. */
  'artefact/tampered',
  /** The artefact was built by another version of the engine. */
  'artefact/engine-mismatch',
  /** The policy uses something the export's target cannot express (json-rules-engine: steps written `after` or `at once`). */
  'artefact/not-exportable',
] as const;
