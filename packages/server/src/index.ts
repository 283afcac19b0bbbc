/**
 * `@callguard/server`: the decision service behind `callguard serve`. Call
 * events arrive over HTTP (as JSON, or from Twilio and Amazon Connect in
 * their own formats), are decided by the call's policy, and the decisions
 * go back. See docs/service.md.
 *
 * @module @callguard/server
 */
export { createService, PolicyLoadError } from './service.js';
export { connectContactFlowHandler } from './connect/lambda.js';
export type { InjectedRequest, InjectedResponse, LogStream, Service, ServiceOptions } from './service.js';
export { readConfig, parseConfig } from './config/load-config.js';
export type { ConfigResult, Env } from './config/load-config.js';
export type { Auth, AuthSettings, ConnectRuleSettings, ConnectSettings, DecisionLogSettings, DeliverySettings, DutiesConfig, RawConfig, RawDutiesConfig, RawSink, ServiceConfig, TwilioSettings } from './config/types.js';
export { CallService } from './calls/call-service.js';
export type { CallChange, CallObserver, CallOutcome, CallServiceOptions } from './calls/call-service.js';
export type { CallRecord, CallStore } from './store/call-store.js';
export { MemoryCallStore } from './store/memory-store.js';
export type { MemoryStoreOptions } from './store/memory-store.js';
export { PolicySet, loadPolicies } from './policies/policy-set.js';
export type { LoadResult, PolicyFiles, PolicyGeneration, ReloadResult } from './policies/policy-set.js';
export { ServiceError } from './http/problem.js';
export type { Problem } from './http/problem.js';
export { hmacSignature } from './http/auth.js';
export { STATUS } from './codes.js';
export type { ServiceCode } from './codes.js';
