/**
 * `@callguard/adapters`: connects CallGuard to real systems: turning what a
 * customer says into behaviour signals, reading transcripts, telephony
 * webhooks (Twilio, Amazon Connect) and the files users name. The parts
 * kept in SQLite have their own entries, which load the native driver only
 * when a file is opened: `@callguard/adapters/store` (caller records,
 * restrictions, open duties) and `@callguard/adapters/log` (the decision log).
 *
 * @module @callguard/adapters
 */

/** Behaviour confidences for one utterance. */
export type { Signals } from '@callguard/contract';
/** The contract every detector meets, so an external classifier can stand in for the built-in one. */
export type { SignalDetector } from './signals/detector.js';
/** CallGuard's own transcript detector in English, Spanish, Japanese and Korean: word lists plus curated, documented patterns. */
export { TranscriptDetector } from './signals/transcript-detector.js';
/** The languages the transcript detector reads, and how it picks one per utterance. */
export { LANGUAGES, languageOf } from './signals/language.js';
/** A language the transcript detector reads, and what a caller may tell it about an utterance. */
export type { DetectOptions, Language } from './signals/language.js';
/** The transcript detector's version; changes whenever its patterns or scoring do. */
export { TRANSCRIPT_DETECTOR_VERSION } from './signals/transcript-detector.js';
/** The threshold the detector's confidences are calibrated for, and what its scores mean. */
export { CALIBRATED_THRESHOLD } from './signals/calibration.js';
/** Runs a customer's own text classifier, exported to ONNX, offline; its labels mapped to behaviours. */
export { loadOnnxClassifier, ModelError } from './signals/onnx-classifier.js';
/** Options of {@link loadOnnxClassifier}, the asynchronous detector it returns, and its error codes. */
export type { AsyncSignalDetector, ModelErrorCode, OnnxClassifierOptions } from './signals/onnx-classifier.js';
/** Combines detectors, each behaviour at the highest confidence any of them gives. */
export { ensemble } from './signals/ensemble.js';
/** Turns a platform's category scores (Contact Lens, a vendor's analytics) into signals. */
export { fromCategories } from './signals/categories.js';
/** Options for {@link fromCategories}. */
export type { CategoryOptions } from './signals/categories.js';
/** Measures a detector's precision, recall and F1 per behaviour on a labelled set. */
export { evaluate } from './signals/evaluate.js';
/** The result of {@link evaluate}, its per-behaviour scores and its mistakes. */
export type { BehaviourScore, Evaluation, Mistake } from './signals/evaluate.js';
/** Reads a labelled set in JSON Lines. */
export { parseLabelledSamples } from './signals/samples.js';
/** One labelled utterance. */
export type { LabelledSample } from './signals/samples.js';
/** Reads a plain `[mm:ss] customer: text` transcript into call events. */
export { parseTranscript, DEFAULT_TRANSCRIPT_START } from './transcript/parse-transcript.js';
/** A parsed transcript and the lines that could not be read. */
export type { ParsedTranscript, TranscriptEvent, TranscriptUtterance } from './transcript/parse-transcript.js';
/** The outbox: owed duties on their way to sinks, delivered by a worker with backoff, leases and dead letters (docs/duties.md). */
export type { Delivery, DeliveryCounts, DeliveryFault, DeliveryQuery, DeliveryState, Outbox, Settlement } from './outbox/types.js';
/** Which sink gets which duty kinds. */
export { DEFAULT_ROUTES, LOG_SINK, routeDuty } from './outbox/routes.js';
/** Which sink gets which duty kinds, and when. */
export type { DeliverAt, DutyRoute } from './outbox/routes.js';
/** What a sink is told about an owed duty. */
export type { DeliveryRecord } from './outbox/delivery-record.js';
/** The idempotency key of a delivery. */
export { deliveryKey } from './outbox/delivery-key.js';
/** What makes one delivery. */
export type { DeliveryIdentity } from './outbox/delivery-key.js';
/** The interface every sink implements, and its classified failure. */
export { DeliveryFailure } from './outbox/sink.js';
/** The interface every sink implements. */
export type { AttemptSignal, Delivered, DutySink, FailureDisposition } from './outbox/sink.js';
/** One pass of the worker over an outbox, and the background loop the service runs. */
export { deliverDue } from './outbox/deliver-due.js';
/** Options and outcome of {@link deliverDue}. */
export type { DeliveryOptions, DeliveryRun } from './outbox/deliver-due.js';
/** The background delivery loop. */
export { DeliveryWorker } from './outbox/delivery-worker.js';
/** Settings of {@link DeliveryWorker}. */
export type { DeliveryWorkerOptions } from './outbox/delivery-worker.js';
/** Exponential backoff with jitter. */
export { backoffMs } from './outbox/backoff.js';
/** How the worker spaces attempts. */
export type { BackoffPolicy } from './outbox/backoff.js';
/** The local incident log, the default sink's table. */
export type { Incident, IncidentLog } from './store/incident.js';
/** The default sink: the store's incident log. */
export { IncidentLogSink } from './crm/incident-log-sink.js';
/** A generic webhook sink, signed with HMAC-SHA256, and the receiver's check. */
export { WebhookSink, WEBHOOK_HEADERS, verifyWebhook, webhookSignature } from './crm/webhook.js';
/** Settings of {@link WebhookSink}. */
export type { WebhookSettings } from './crm/webhook.js';
/** The sinks a configuration names, built from their settings. */
export { createSinks } from './crm/create-sinks.js';
/** What sinks may need besides their settings. */
export type { SinkContext } from './crm/create-sinks.js';
/** Each sink's settings, by kind. */
export type { HubSpotSinkSettings, LogSinkSettings, SalesforceSinkSettings, SinkSettings, WebhookSinkSettings, ZendeskSinkSettings } from './crm/sink-settings.js';
/** Salesforce: a call-logging Task upserted on its external id (jsforce, loaded on first use). */
export { SalesforceSink } from './crm/salesforce.js';
/** Settings of {@link SalesforceSink}. */
export type { SalesforceSettings } from './crm/salesforce.js';
/** Zendesk: a private comment on the call's ticket, after looking for its key (node-zendesk, loaded on first use). */
export { ZendeskSink } from './crm/zendesk.js';
/** Settings of {@link ZendeskSink}. */
export type { ZendeskSettings } from './crm/zendesk.js';
/** HubSpot: a call or note engagement on the contact, after looking up its key (@hubspot/api-client, loaded on first use). */
export { HubSpotSink } from './crm/hubspot.js';
/** Settings of {@link HubSpotSink}. */
export type { HubSpotSettings } from './crm/hubspot.js';
/** Reads a file a user or a policy names: only regular files, with a size cap, inside given folders. */
export { isWithinRoots, readUserFile } from './files/read-user-file.js';
/** Options and result of {@link readUserFile}. */
export type { ReadUserFileOptions, ReadUserFileResult, UnreadableReason } from './files/read-user-file.js';
/** Replaces a file's content all at once (temporary file, sync, rename), so nothing sees half of it. */
export { writeFileAtomic } from './files/write-file-atomic.js';
/** Finds the policies a policy file extends (`extends "base"`) on disk beside it. */
export { policyFileResolver } from './policy-files/resolve.js';
/** A vendor payload the telephony adapters cannot read, and what is wrong with it. */
export { PayloadError } from './telephony/payload-error.js';
/** Kinds of {@link PayloadError}. */
export type { PayloadErrorKind } from './telephony/payload-error.js';
/** Twilio: reading webhook form fields. */
export { optionalField, requiredField, timestampField } from './telephony/twilio/form.js';
/** A Twilio webhook's form fields. */
export type { TwilioForm } from './telephony/twilio/form.js';
/** Twilio: real-time transcription callbacks. */
export { readTranscriptionCallback, TRACK_LABELS } from './telephony/twilio/transcription.js';
/** A transcription callback as read, and a Twilio track. */
export type { TranscriptionCallback, TwilioTrack } from './telephony/twilio/transcription.js';
/** Twilio: putting a transcription's callbacks back in order, each once. */
export { orderCallback, drainWaiting, MAX_WAITING } from './telephony/twilio/sequence.js';
/** The ordering state of one transcription, and what ordering one callback decided. */
export type { Ordered, SequenceState } from './telephony/twilio/sequence.js';
/** Twilio: webhooks as call events. */
export { callStartedFromVoice, callSidOf, eventFromCallStatus, utteranceFromTranscription } from './telephony/twilio/events.js';
/** Twilio: decisions as TwiML, and the voice webhook's answer. */
export { answerTwiml, changesTheCall, decisionTwiml } from './telephony/twilio/twiml.js';
/** What the TwiML the adapter writes needs. */
export type { TranscriptionStart, TwimlSettings } from './telephony/twilio/twiml.js';
/** Twilio: the `X-Twilio-Signature` check. */
export { isTwilioRequest } from './telephony/twilio/signature.js';
/** Twilio: updating a live call over the REST API. */
export { TwilioLiveCalls } from './telephony/twilio/live-call.js';
/** Settings of {@link TwilioLiveCalls}. */
export type { LiveCallSettings } from './telephony/twilio/live-call.js';
/** Amazon Connect: contact-flow events in, a flat map of short strings out. */
export { callStartedFromContact, canStopContact, contactFlowResult, eventFromParameters, instanceIdOf, readContactFlowEvent } from './telephony/amazon-connect/contact-flow.js';
/** What CallGuard reads from a contact-flow event. */
export type { ContactFlowInput } from './telephony/amazon-connect/contact-flow.js';
/** Amazon Connect: Contact Lens real-time rule matches from EventBridge. */
export { readRulesMatched, RULES_MATCHED, utteranceFromRule } from './telephony/amazon-connect/contact-lens.js';
/** A rule match as read, and what a rule means. */
export type { RuleMatch, RuleMeaning } from './telephony/amazon-connect/contact-lens.js';
/** Amazon Connect: ending a contact with StopContact. */
export { ConnectContacts } from './telephony/amazon-connect/stop-contact.js';
/** Settings of {@link ConnectContacts}. */
export type { ConnectContactsSettings } from './telephony/amazon-connect/stop-contact.js';
