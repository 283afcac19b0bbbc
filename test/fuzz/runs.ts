/**
 * How many inputs each fuzz property tries: a short run in every `pnpm test`
 * (and so in CI), a long one with `pnpm fuzz` (CALLGUARD_FUZZ_RUNS=20000).
 */
export const FUZZ_RUNS = Number(process.env['CALLGUARD_FUZZ_RUNS'] ?? 150);
