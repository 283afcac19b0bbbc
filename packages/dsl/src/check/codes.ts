import type { CodeOf } from '@callguard/contract';

/** A code the checker reports; the registry in `@callguard/contract` lists them all. */
export type CheckCode = CodeOf<'check'>;
