/**
 * `@callguard/adapters/store`: the local store of caller records,
 * restrictions on future contact and open duties, in one SQLite file.
 * SQLite comes from better-sqlite3, an optional peer dependency loaded
 * when a store is first opened: importing this entry needs no native code,
 * and {@link openStore} throws `store/sqlite-unavailable` when the driver
 * is missing or not built.
 *
 * @module @callguard/adapters/store
 */

/** Opens the local store (SQLite) of caller records, restrictions and open duties. */
export { openStore } from './store/open-store.js';
/** The error the store throws for anything a user can cause, and its codes. */
export { StoreError } from './store/store-error.js';
/** Codes of {@link StoreError}. */
export type { StoreErrorCode } from './store/store-error.js';
/** The store's interface and what it returns; what it reads is the wire contract. */
export type {
  AppealOutcome,
  AppealQuery,
  AppealSubject,
  ApplyContext,
  ApplyResult,
  ApproveOptions,
  ChangeOptions,
  DueReview,
  DutyQuery,
  DutyStatus,
  HearOptions,
  LodgeOptions,
  NewRecord,
  OpenOptions,
  RestrictionApproval,
  RestrictionQuery,
  RestrictionStatus,
  ReviewOptions,
  Store,
  StoredAppeal,
  StoredDuty,
  StoredRecord,
  StoredRestriction,
} from './store/types.js';
/** Working days for appeal deadlines: an organisation's holiday list, read from a file's text. */
export { parseHolidays } from './store/working-days.js';
/** Days that are not working days besides weekends (`YYYY-MM-DD`). */
export type { Holidays } from './store/working-days.js';
