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
  ApplyContext,
  ApplyResult,
  ApproveOptions,
  ChangeOptions,
  DutyQuery,
  DutyStatus,
  NewRecord,
  OpenOptions,
  RestrictionApproval,
  RestrictionQuery,
  RestrictionStatus,
  ReviewOptions,
  Store,
  StoredDuty,
  StoredRecord,
  StoredRestriction,
} from './store/types.js';
