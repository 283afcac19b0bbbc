/** Why the engine refuses to load a compiled policy artefact (`callguard build`). */
export const ARTEFACT_CODES = [
  /** The file is not a policy artefact, or it is damaged. */
  'artefact/invalid',
  /** The policy inside does not match its hash: it was changed after the build. */
  'artefact/tampered',
  /** The artefact was built by another version of the engine. */
  'artefact/engine-mismatch',
] as const;
