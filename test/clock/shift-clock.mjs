// Preload for `.ci/run`'s second pass: the machine's clock reads years ahead
// (CALLGUARD_CLOCK_SHIFT_DAYS, default 3653), so a test that depends on
// today's date fails in CI rather than on some future clean clone.
// Only "now" moves: `new Date(value)` and `Date.parse` are untouched.
const days = Number(process.env.CALLGUARD_CLOCK_SHIFT_DAYS ?? 3653);
const offsetMs = days * 86_400_000;
const RealDate = globalThis.Date;

// Named Date so that inspected values print as they would without the preload.
const ShiftedDate = class Date extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() + offsetMs);
    else super(...args);
  }

  static now() {
    return RealDate.now() + offsetMs;
  }
};

globalThis.Date = ShiftedDate;
