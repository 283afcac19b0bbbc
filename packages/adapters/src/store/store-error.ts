import { CallGuardError, type CodeOf } from '@callguard/contract';

/** Why a store operation failed; stable, so callers can branch on it (the registry says what each means). */
export type StoreErrorCode = CodeOf<'store'>;

/**
 * The one error the store throws for anything a user can cause: its message
 * is meant to be shown as is, never a raw SQLite stack. `file` is the store
 * file as the user named it, when the error is about the file itself.
 */
export class StoreError extends CallGuardError<StoreErrorCode> {
  constructor(code: StoreErrorCode, message: string, file?: string, help?: string) {
    super(code, message, { ...(file !== undefined && { file }), ...(help !== undefined && { help }) });
    this.name = 'StoreError';
  }
}
