/**
 * `@callguard/language-server`: the Language Server Protocol for CallGuard
 * policy files, over any connection (the `callguard-language-server`
 * command serves it on stdio).
 *
 * @module @callguard/language-server
 */
export { startServer } from './server.js';
export type { ServerOptions } from './server.js';
export { LANGUAGE_ID } from './parsed-file.js';
