/** Why the engine refuses to restore a saved session. */
export const SNAPSHOT_CODES = [
  /** The snapshot is damaged or not a snapshot at all. */
  'snapshot/invalid',
  /** The snapshot was taken under another policy or version. */
  'snapshot/policy-mismatch',
  /** A signed snapshot was changed after signing, or no key given to restore signed it. */
  'snapshot/tampered',
] as const;
