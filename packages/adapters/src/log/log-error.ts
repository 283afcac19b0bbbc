import { CallGuardError, type CodeOf } from '@callguard/contract';

/** Why the decision log could not be opened or its key read (the registry says what each code means). */
export type LogErrorCode = CodeOf<'log'>;

/** The one error the decision log throws for anything a user can cause; its message is meant to be shown as is. */
export class LogError extends CallGuardError<LogErrorCode> {
  constructor(code: LogErrorCode, message: string, help?: string) {
    super(code, message, help === undefined ? {} : { help });
    this.name = 'LogError';
  }
}
