import { InvalidArgumentError } from 'commander';

/** The state budget of `verify` and `diff` when `--max-states` is not given. */
export const DEFAULT_MAX_STATES = 2_000_000;

/** Reads `--max-states`: a whole number from 1. */
export function maxStates(value: string): number {
  if (!/^[1-9]\d*$/.test(value)) throw new InvalidArgumentError('expected a whole number from 1');
  return Number(value);
}
