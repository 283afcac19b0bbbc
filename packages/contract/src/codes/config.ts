/** Problems in the service's `callguard.yaml` and the policies it names, found at start, by `serve --check-config`, or on reload. */
export const CONFIG_CODES = [
  /** The configuration file cannot be read. */
  'config/cannot-read',
  /** The configuration file is not valid YAML. */
  'config/not-yaml',
  /** The configuration does not match its schema: a missing, unknown or mistyped setting. */
  'config/invalid',
  /** An environment variable the configuration names is not set. */
  'config/missing-env',
  /** A policy file the configuration names cannot be read. */
  'config/bad-policy',
] as const;
