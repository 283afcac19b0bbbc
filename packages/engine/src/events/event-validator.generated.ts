// @ts-nocheck
// Generated from @callguard/contract's event.schema.json by `pnpm run generate`. Do not edit.
"use strict";
export const validate = validate10;

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://callguard.dev/schemas/event.schema.json","title":"CallEvent","description":"One event of a call, as fed to a session; on disk, one event a line (JSONL). See docs/semantics.md and docs/wire-format.md.","type":"object","required":["type"],"properties":{"type":{"title":"EventType","description":"What kind of event it is.","enum":["call_started","utterance","silence","poor_line","line_dropped","agent_action","tick","call_ended"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"title":"CallStartedEvent","description":"The call begins.","type":"object","properties":{"type":{"const":"call_started"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"call":{"title":"CallInfo","description":"The call as the contact platform describes it.","type":"object","properties":{"id":{"type":"string"},"queue":{"type":"string"},"peak_hours":{"type":"boolean"},"channel":{"$ref":"vocabulary.schema.json#/definitions/channel","description":"How the customer is in contact; phone when absent."},"staff":{"type":"array","items":{"type":"string"},"description":"Roles on duty for this call (supervisor, security, ...); absent means unknown."}},"required":["id"],"additionalProperties":false},"caller":{"title":"CallerInfo","type":"object","description":"What the CRM knows about the caller; absent numbers are 0, absent booleans false.","properties":{"id":{"type":"string","description":"The caller's id in the CRM; without it records and restrictions cannot be kept."},"incidents_30d":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0},"repeat_calls_7d":{"type":"integer","minimum":0},"withheld":{"type":"boolean"},"verified":{"type":"boolean"},"refused_verification":{"type":"boolean"},"vulnerable":{"type":"boolean"},"adjustments":{"type":"boolean","description":"Agreed reasonable adjustments are on file."},"records":{"type":"array","description":"Warnings, strikes and incidents on the caller's record.","items":{"title":"CallerRecord","description":"A warning, strike or incident on the caller's record, from an earlier contact or a letter.","type":"object","properties":{"kind":{"$ref":"vocabulary.schema.json#/definitions/record_kind"},"category":{"$ref":"vocabulary.schema.json#/definitions/behaviour","description":"The behaviour it was for."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it was given."},"expires":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it stops counting; without it, `at` plus the policy's expiry for its kind (or never)."}},"required":["kind","at"],"additionalProperties":false}},"restrictions":{"type":"array","description":"Restrictions on contact in force, by the policy's name for them.","items":{"title":"CallerRestriction","description":"A restriction on contact in force for the caller, by the policy's name for it.","type":"object","properties":{"name":{"type":"string","description":"The policy's name for the restriction."},"until":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it ends."}},"required":["name","until"],"additionalProperties":false}},"talk_time_today_s":{"type":"number","minimum":0,"description":"Seconds spent in contact today before this call."},"customer_since":{"description":"When the customer relationship (contract) started.","$ref":"vocabulary.schema.json#/definitions/at"}},"additionalProperties":false}},"required":["type","at","call"],"additionalProperties":false},{"title":"UtteranceEvent","description":"Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1.","type":"object","properties":{"type":{"const":"utterance"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"speaker":{"$ref":"vocabulary.schema.json#/definitions/speaker"},"text":{"type":"string","description":"What was said, when known."},"signals":{"title":"Signals","description":"Confidence (0 to 1) for each detected behaviour; a missing one is 0.","type":"object","properties":{"profanity":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"slur":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"hate_speech":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"threat":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"sexual_harassment":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"harassment":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"rudeness":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"unreasonable_demand":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"uncooperative":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"aggression":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"recording_staff":{"$ref":"vocabulary.schema.json#/definitions/confidence"}},"additionalProperties":false},"request":{"type":"string","description":"A label for what the speaker is asking for; a customer repeating it is `repeated_request`."}},"required":["type","at","speaker","signals"],"additionalProperties":false},{"title":"SilenceEvent","description":"Dead air of that many seconds.","type":"object","properties":{"type":{"const":"silence"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"seconds":{"type":"number","minimum":0,"description":"How long the line was silent."}},"required":["type","at","seconds"],"additionalProperties":false},{"title":"PoorLineEvent","description":"The line is degrading.","type":"object","properties":{"type":{"const":"poor_line"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"LineDroppedEvent","description":"The line went down (a technical disconnect, not a hang-up).","type":"object","properties":{"type":{"const":"line_dropped"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"AgentActionEvent","description":"What the agent actually did, e.g. a warning given by hand.","type":"object","properties":{"type":{"const":"agent_action"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"action":{"$ref":"vocabulary.schema.json#/definitions/action"},"rule":{"type":"string","description":"The rule whose step the agent says it follows."}},"required":["type","at","action"],"additionalProperties":false},{"title":"TickEvent","description":"A timer: time has passed (event time) with nothing else to report.","type":"object","properties":{"type":{"const":"tick"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"CallEndedEvent","description":"The call is over.","type":"object","properties":{"type":{"const":"call_ended"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"by":{"enum":["customer","agent","system"],"description":"Who ended it."}},"required":["type","at"],"additionalProperties":false}]};
const schema13 = {"type":"string","pattern":"^[!-~]{1,128}$","description":"An event's id for de-duplication: 1 to 128 visible ASCII characters (no spaces), e.g. a Kafka topic-partition-offset or an SQS message id. See docs/semantics.md, \"Duplicates\"."};
const schema14 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."};
const schema15 = {"title":"Channel","description":"How the customer is in contact.","enum":["phone","chat","email","in_person"]};
const schema16 = {"title":"RecordKind","description":"A kind of record kept on a caller across contacts.","enum":["warning","strike","incident"]};
const schema17 = {"title":"Behaviour","description":"A behaviour detected on an utterance.","enum":["profanity","slur","hate_speech","threat","sexual_harassment","harassment","rudeness","unreasonable_demand","uncooperative","aggression","recording_staff","repeated_request"]};
const schema24 = {"title":"Speaker","description":"Who is speaking.","enum":["customer","agent"]};
const schema25 = {"type":"number","minimum":0,"maximum":1};
const schema44 = {"title":"Action","description":"What an agent does, least to most severe (`callback` stands apart).","enum":["continue","remind","announce","deescalate","warn","route","escalate","refuse","end_call","block_caller","callback"]};
const pattern0 = new RegExp("^[!-~]{1,128}$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$", "u");
const func2 = Object.prototype.hasOwnProperty;

function validate10(data, {instancePath="", parentData, parentDataProperty, rootData=data}={}){
/*# sourceURL="https://callguard.dev/schemas/event.schema.json" */;
let vErrors = null;
let errors = 0;
if(errors === 0){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing0;
if((data.type === undefined) && (missing0 = "type")){
validate10.errors = [{instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: missing0},message:"must have required property '"+missing0+"'"}];
return false;
}
else {
if(data.type !== undefined){
let data0 = data.type;
const _errs2 = errors;
if(!((((((((data0 === "call_started") || (data0 === "utterance")) || (data0 === "silence")) || (data0 === "poor_line")) || (data0 === "line_dropped")) || (data0 === "agent_action")) || (data0 === "tick")) || (data0 === "call_ended"))){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema11.properties.type.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid0 = _errs2 === errors;
}
else {
var valid0 = true;
}
if(valid0){
const tag0 = data.type;
if(typeof tag0 == "string"){
if(tag0 === "call_started"){
const _errs3 = errors;
if(errors === _errs3){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing1;
if((((data.type === undefined) && (missing1 = "type")) || ((data.at === undefined) && (missing1 = "at"))) || ((data.call === undefined) && (missing1 = "call"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/0/required",keyword:"required",params:{missingProperty: missing1},message:"must have required property '"+missing1+"'"}];
return false;
}
else {
const _errs5 = errors;
for(const key0 in data){
if(!(((((key0 === "type") || (key0 === "id")) || (key0 === "at")) || (key0 === "call")) || (key0 === "caller"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/0/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs5 === errors){
if(data.type !== undefined){
const _errs6 = errors;
if("call_started" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/0/properties/type/const",keyword:"const",params:{allowedValue: "call_started"},message:"must be equal to constant"}];
return false;
}
var valid3 = _errs6 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.id !== undefined){
let data2 = data.id;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.at !== undefined){
let data3 = data.at;
const _errs10 = errors;
const _errs11 = errors;
if(errors === _errs11){
if(typeof data3 === "string"){
if(!pattern1.test(data3)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.call !== undefined){
let data4 = data.call;
const _errs13 = errors;
if(errors === _errs13){
if(data4 && typeof data4 == "object" && !Array.isArray(data4)){
let missing2;
if((data4.id === undefined) && (missing2 = "id")){
validate10.errors = [{instancePath:instancePath+"/call",schemaPath:"#/oneOf/0/properties/call/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs15 = errors;
for(const key1 in data4){
if(!(((((key1 === "id") || (key1 === "queue")) || (key1 === "peak_hours")) || (key1 === "channel")) || (key1 === "staff"))){
validate10.errors = [{instancePath:instancePath+"/call",schemaPath:"#/oneOf/0/properties/call/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs15 === errors){
if(data4.id !== undefined){
const _errs16 = errors;
if(typeof data4.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/id",schemaPath:"#/oneOf/0/properties/call/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs16 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.queue !== undefined){
const _errs18 = errors;
if(typeof data4.queue !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/queue",schemaPath:"#/oneOf/0/properties/call/properties/queue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs18 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.peak_hours !== undefined){
const _errs20 = errors;
if(typeof data4.peak_hours !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/call/peak_hours",schemaPath:"#/oneOf/0/properties/call/properties/peak_hours/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs20 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.channel !== undefined){
let data8 = data4.channel;
const _errs22 = errors;
if(!((((data8 === "phone") || (data8 === "chat")) || (data8 === "email")) || (data8 === "in_person"))){
validate10.errors = [{instancePath:instancePath+"/call/channel",schemaPath:"vocabulary.schema.json#/definitions/channel/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid6 = _errs22 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.staff !== undefined){
let data9 = data4.staff;
const _errs24 = errors;
if(errors === _errs24){
if(Array.isArray(data9)){
var valid8 = true;
const len0 = data9.length;
for(let i0=0; i0<len0; i0++){
const _errs26 = errors;
if(typeof data9[i0] !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/staff/" + i0,schemaPath:"#/oneOf/0/properties/call/properties/staff/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs26 === errors;
if(!valid8){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/call/staff",schemaPath:"#/oneOf/0/properties/call/properties/staff/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/call",schemaPath:"#/oneOf/0/properties/call/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs13 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.caller !== undefined){
let data11 = data.caller;
const _errs28 = errors;
if(errors === _errs28){
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
const _errs30 = errors;
for(const key2 in data11){
if(!(func2.call(schema11.oneOf[0].properties.caller.properties, key2))){
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs30 === errors){
if(data11.id !== undefined){
const _errs31 = errors;
if(typeof data11.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/id",schemaPath:"#/oneOf/0/properties/caller/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid9 = _errs31 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.incidents_30d !== undefined){
let data13 = data11.incidents_30d;
const _errs33 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs33){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs33 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.warnings !== undefined){
let data14 = data11.warnings;
const _errs35 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs35){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs35 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.repeat_calls_7d !== undefined){
let data15 = data11.repeat_calls_7d;
const _errs37 = errors;
if(!(((typeof data15 == "number") && (!(data15 % 1) && !isNaN(data15))) && (isFinite(data15)))){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs37){
if((typeof data15 == "number") && (isFinite(data15))){
if(data15 < 0 || isNaN(data15)){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid9 = _errs37 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.withheld !== undefined){
const _errs39 = errors;
if(typeof data11.withheld !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/withheld",schemaPath:"#/oneOf/0/properties/caller/properties/withheld/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs39 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.verified !== undefined){
const _errs41 = errors;
if(typeof data11.verified !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/verified",schemaPath:"#/oneOf/0/properties/caller/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs41 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.refused_verification !== undefined){
const _errs43 = errors;
if(typeof data11.refused_verification !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/refused_verification",schemaPath:"#/oneOf/0/properties/caller/properties/refused_verification/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs43 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.vulnerable !== undefined){
const _errs45 = errors;
if(typeof data11.vulnerable !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/vulnerable",schemaPath:"#/oneOf/0/properties/caller/properties/vulnerable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs45 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.adjustments !== undefined){
const _errs47 = errors;
if(typeof data11.adjustments !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/adjustments",schemaPath:"#/oneOf/0/properties/caller/properties/adjustments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid9 = _errs47 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.records !== undefined){
let data21 = data11.records;
const _errs49 = errors;
if(errors === _errs49){
if(Array.isArray(data21)){
var valid10 = true;
const len1 = data21.length;
for(let i1=0; i1<len1; i1++){
let data22 = data21[i1];
const _errs51 = errors;
if(errors === _errs51){
if(data22 && typeof data22 == "object" && !Array.isArray(data22)){
let missing3;
if(((data22.kind === undefined) && (missing3 = "kind")) || ((data22.at === undefined) && (missing3 = "at"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs53 = errors;
for(const key3 in data22){
if(!((((key3 === "kind") || (key3 === "category")) || (key3 === "at")) || (key3 === "expires"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs53 === errors){
if(data22.kind !== undefined){
let data23 = data22.kind;
const _errs54 = errors;
if(!(((data23 === "warning") || (data23 === "strike")) || (data23 === "incident"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/kind",schemaPath:"vocabulary.schema.json#/definitions/record_kind/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs54 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data22.category !== undefined){
let data24 = data22.category;
const _errs56 = errors;
if(!((((((((((((data24 === "profanity") || (data24 === "slur")) || (data24 === "hate_speech")) || (data24 === "threat")) || (data24 === "sexual_harassment")) || (data24 === "harassment")) || (data24 === "rudeness")) || (data24 === "unreasonable_demand")) || (data24 === "uncooperative")) || (data24 === "aggression")) || (data24 === "recording_staff")) || (data24 === "repeated_request"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/category",schemaPath:"vocabulary.schema.json#/definitions/behaviour/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid11 = _errs56 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data22.at !== undefined){
let data25 = data22.at;
const _errs58 = errors;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data25 === "string"){
if(!pattern1.test(data25)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs58 === errors;
}
else {
var valid11 = true;
}
if(valid11){
if(data22.expires !== undefined){
let data26 = data22.expires;
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if(typeof data26 === "string"){
if(!pattern1.test(data26)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/expires",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/expires",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid11 = _errs61 === errors;
}
else {
var valid11 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid10 = _errs51 === errors;
if(!valid10){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records",schemaPath:"#/oneOf/0/properties/caller/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs49 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.restrictions !== undefined){
let data27 = data11.restrictions;
const _errs64 = errors;
if(errors === _errs64){
if(Array.isArray(data27)){
var valid16 = true;
const len2 = data27.length;
for(let i2=0; i2<len2; i2++){
let data28 = data27[i2];
const _errs66 = errors;
if(errors === _errs66){
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
let missing4;
if(((data28.name === undefined) && (missing4 = "name")) || ((data28.until === undefined) && (missing4 = "until"))){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs68 = errors;
for(const key4 in data28){
if(!((key4 === "name") || (key4 === "until"))){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs68 === errors){
if(data28.name !== undefined){
const _errs69 = errors;
if(typeof data28.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/name",schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid17 = _errs69 === errors;
}
else {
var valid17 = true;
}
if(valid17){
if(data28.until !== undefined){
let data30 = data28.until;
const _errs71 = errors;
const _errs72 = errors;
if(errors === _errs72){
if(typeof data30 === "string"){
if(!pattern1.test(data30)){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/until",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/until",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid17 = _errs71 === errors;
}
else {
var valid17 = true;
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid16 = _errs66 === errors;
if(!valid16){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions",schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid9 = _errs64 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.talk_time_today_s !== undefined){
let data31 = data11.talk_time_today_s;
const _errs74 = errors;
if(errors === _errs74){
if((typeof data31 == "number") && (isFinite(data31))){
if(data31 < 0 || isNaN(data31)){
validate10.errors = [{instancePath:instancePath+"/caller/talk_time_today_s",schemaPath:"#/oneOf/0/properties/caller/properties/talk_time_today_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/talk_time_today_s",schemaPath:"#/oneOf/0/properties/caller/properties/talk_time_today_s/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid9 = _errs74 === errors;
}
else {
var valid9 = true;
}
if(valid9){
if(data11.customer_since !== undefined){
let data32 = data11.customer_since;
const _errs76 = errors;
const _errs77 = errors;
if(errors === _errs77){
if(typeof data32 === "string"){
if(!pattern1.test(data32)){
validate10.errors = [{instancePath:instancePath+"/caller/customer_since",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/customer_since",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid9 = _errs76 === errors;
}
else {
var valid9 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs28 === errors;
}
else {
var valid3 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "utterance"){
const _errs79 = errors;
if(errors === _errs79){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((((data.type === undefined) && (missing5 = "type")) || ((data.at === undefined) && (missing5 = "at"))) || ((data.speaker === undefined) && (missing5 = "speaker"))) || ((data.signals === undefined) && (missing5 = "signals"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs81 = errors;
for(const key5 in data){
if(!(((((((key5 === "type") || (key5 === "id")) || (key5 === "at")) || (key5 === "speaker")) || (key5 === "text")) || (key5 === "signals")) || (key5 === "request"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs81 === errors){
if(data.type !== undefined){
const _errs82 = errors;
if("utterance" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "utterance"},message:"must be equal to constant"}];
return false;
}
var valid21 = _errs82 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.id !== undefined){
let data34 = data.id;
const _errs83 = errors;
const _errs84 = errors;
if(errors === _errs84){
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs83 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.at !== undefined){
let data35 = data.at;
const _errs86 = errors;
const _errs87 = errors;
if(errors === _errs87){
if(typeof data35 === "string"){
if(!pattern1.test(data35)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid21 = _errs86 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.speaker !== undefined){
let data36 = data.speaker;
const _errs89 = errors;
if(!((data36 === "customer") || (data36 === "agent"))){
validate10.errors = [{instancePath:instancePath+"/speaker",schemaPath:"vocabulary.schema.json#/definitions/speaker/enum",keyword:"enum",params:{allowedValues: schema24.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid21 = _errs89 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.text !== undefined){
const _errs91 = errors;
if(typeof data.text !== "string"){
validate10.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid21 = _errs91 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.signals !== undefined){
let data38 = data.signals;
const _errs93 = errors;
if(errors === _errs93){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
const _errs95 = errors;
for(const key6 in data38){
if(!(func2.call(schema11.oneOf[1].properties.signals.properties, key6))){
validate10.errors = [{instancePath:instancePath+"/signals",schemaPath:"#/oneOf/1/properties/signals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs95 === errors){
if(data38.profanity !== undefined){
let data39 = data38.profanity;
const _errs96 = errors;
const _errs97 = errors;
if(errors === _errs97){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 1 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data39 < 0 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs96 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.slur !== undefined){
let data40 = data38.slur;
const _errs99 = errors;
const _errs100 = errors;
if(errors === _errs100){
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 1 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data40 < 0 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs99 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.hate_speech !== undefined){
let data41 = data38.hate_speech;
const _errs102 = errors;
const _errs103 = errors;
if(errors === _errs103){
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 1 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data41 < 0 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs102 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.threat !== undefined){
let data42 = data38.threat;
const _errs105 = errors;
const _errs106 = errors;
if(errors === _errs106){
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 1 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data42 < 0 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs105 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.sexual_harassment !== undefined){
let data43 = data38.sexual_harassment;
const _errs108 = errors;
const _errs109 = errors;
if(errors === _errs109){
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 1 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data43 < 0 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs108 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.harassment !== undefined){
let data44 = data38.harassment;
const _errs111 = errors;
const _errs112 = errors;
if(errors === _errs112){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 1 || isNaN(data44)){
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data44 < 0 || isNaN(data44)){
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs111 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.rudeness !== undefined){
let data45 = data38.rudeness;
const _errs114 = errors;
const _errs115 = errors;
if(errors === _errs115){
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 1 || isNaN(data45)){
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data45 < 0 || isNaN(data45)){
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs114 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.unreasonable_demand !== undefined){
let data46 = data38.unreasonable_demand;
const _errs117 = errors;
const _errs118 = errors;
if(errors === _errs118){
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 1 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data46 < 0 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs117 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.uncooperative !== undefined){
let data47 = data38.uncooperative;
const _errs120 = errors;
const _errs121 = errors;
if(errors === _errs121){
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 1 || isNaN(data47)){
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data47 < 0 || isNaN(data47)){
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs120 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.aggression !== undefined){
let data48 = data38.aggression;
const _errs123 = errors;
const _errs124 = errors;
if(errors === _errs124){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 1 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data48 < 0 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs123 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data38.recording_staff !== undefined){
let data49 = data38.recording_staff;
const _errs126 = errors;
const _errs127 = errors;
if(errors === _errs127){
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 1 || isNaN(data49)){
validate10.errors = [{instancePath:instancePath+"/signals/recording_staff",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data49 < 0 || isNaN(data49)){
validate10.errors = [{instancePath:instancePath+"/signals/recording_staff",schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/recording_staff",schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid25 = _errs126 === errors;
}
else {
var valid25 = true;
}
}
}
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals",schemaPath:"#/oneOf/1/properties/signals/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid21 = _errs93 === errors;
}
else {
var valid21 = true;
}
if(valid21){
if(data.request !== undefined){
const _errs129 = errors;
if(typeof data.request !== "string"){
validate10.errors = [{instancePath:instancePath+"/request",schemaPath:"#/oneOf/1/properties/request/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid21 = _errs129 === errors;
}
else {
var valid21 = true;
}
}
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "silence"){
const _errs131 = errors;
if(errors === _errs131){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((((data.type === undefined) && (missing6 = "type")) || ((data.at === undefined) && (missing6 = "at"))) || ((data.seconds === undefined) && (missing6 = "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs133 = errors;
for(const key7 in data){
if(!((((key7 === "type") || (key7 === "id")) || (key7 === "at")) || (key7 === "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs133 === errors){
if(data.type !== undefined){
const _errs134 = errors;
if("silence" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "silence"},message:"must be equal to constant"}];
return false;
}
var valid38 = _errs134 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data.id !== undefined){
let data52 = data.id;
const _errs135 = errors;
const _errs136 = errors;
if(errors === _errs136){
if(typeof data52 === "string"){
if(!pattern0.test(data52)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs135 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data.at !== undefined){
let data53 = data.at;
const _errs138 = errors;
const _errs139 = errors;
if(errors === _errs139){
if(typeof data53 === "string"){
if(!pattern1.test(data53)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid38 = _errs138 === errors;
}
else {
var valid38 = true;
}
if(valid38){
if(data.seconds !== undefined){
let data54 = data.seconds;
const _errs141 = errors;
if(errors === _errs141){
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 < 0 || isNaN(data54)){
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid38 = _errs141 === errors;
}
else {
var valid38 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "poor_line"){
const _errs143 = errors;
if(errors === _errs143){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.type === undefined) && (missing7 = "type")) || ((data.at === undefined) && (missing7 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs145 = errors;
for(const key8 in data){
if(!(((key8 === "type") || (key8 === "id")) || (key8 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs145 === errors){
if(data.type !== undefined){
const _errs146 = errors;
if("poor_line" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "poor_line"},message:"must be equal to constant"}];
return false;
}
var valid42 = _errs146 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data.id !== undefined){
let data56 = data.id;
const _errs147 = errors;
const _errs148 = errors;
if(errors === _errs148){
if(typeof data56 === "string"){
if(!pattern0.test(data56)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs147 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data.at !== undefined){
let data57 = data.at;
const _errs150 = errors;
const _errs151 = errors;
if(errors === _errs151){
if(typeof data57 === "string"){
if(!pattern1.test(data57)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs150 === errors;
}
else {
var valid42 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "line_dropped"){
const _errs153 = errors;
if(errors === _errs153){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.at === undefined) && (missing8 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs155 = errors;
for(const key9 in data){
if(!(((key9 === "type") || (key9 === "id")) || (key9 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs155 === errors){
if(data.type !== undefined){
const _errs156 = errors;
if("line_dropped" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "line_dropped"},message:"must be equal to constant"}];
return false;
}
var valid46 = _errs156 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data.id !== undefined){
let data59 = data.id;
const _errs157 = errors;
const _errs158 = errors;
if(errors === _errs158){
if(typeof data59 === "string"){
if(!pattern0.test(data59)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid46 = _errs157 === errors;
}
else {
var valid46 = true;
}
if(valid46){
if(data.at !== undefined){
let data60 = data.at;
const _errs160 = errors;
const _errs161 = errors;
if(errors === _errs161){
if(typeof data60 === "string"){
if(!pattern1.test(data60)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid46 = _errs160 === errors;
}
else {
var valid46 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "agent_action"){
const _errs163 = errors;
if(errors === _errs163){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((((data.type === undefined) && (missing9 = "type")) || ((data.at === undefined) && (missing9 = "at"))) || ((data.action === undefined) && (missing9 = "action"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs165 = errors;
for(const key10 in data){
if(!(((((key10 === "type") || (key10 === "id")) || (key10 === "at")) || (key10 === "action")) || (key10 === "rule"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs165 === errors){
if(data.type !== undefined){
const _errs166 = errors;
if("agent_action" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "agent_action"},message:"must be equal to constant"}];
return false;
}
var valid50 = _errs166 === errors;
}
else {
var valid50 = true;
}
if(valid50){
if(data.id !== undefined){
let data62 = data.id;
const _errs167 = errors;
const _errs168 = errors;
if(errors === _errs168){
if(typeof data62 === "string"){
if(!pattern0.test(data62)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid50 = _errs167 === errors;
}
else {
var valid50 = true;
}
if(valid50){
if(data.at !== undefined){
let data63 = data.at;
const _errs170 = errors;
const _errs171 = errors;
if(errors === _errs171){
if(typeof data63 === "string"){
if(!pattern1.test(data63)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid50 = _errs170 === errors;
}
else {
var valid50 = true;
}
if(valid50){
if(data.action !== undefined){
let data64 = data.action;
const _errs173 = errors;
if(!(((((((((((data64 === "continue") || (data64 === "remind")) || (data64 === "announce")) || (data64 === "deescalate")) || (data64 === "warn")) || (data64 === "route")) || (data64 === "escalate")) || (data64 === "refuse")) || (data64 === "end_call")) || (data64 === "block_caller")) || (data64 === "callback"))){
validate10.errors = [{instancePath:instancePath+"/action",schemaPath:"vocabulary.schema.json#/definitions/action/enum",keyword:"enum",params:{allowedValues: schema44.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid50 = _errs173 === errors;
}
else {
var valid50 = true;
}
if(valid50){
if(data.rule !== undefined){
const _errs175 = errors;
if(typeof data.rule !== "string"){
validate10.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/oneOf/5/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid50 = _errs175 === errors;
}
else {
var valid50 = true;
}
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "tick"){
const _errs177 = errors;
if(errors === _errs177){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if(((data.type === undefined) && (missing10 = "type")) || ((data.at === undefined) && (missing10 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs179 = errors;
for(const key11 in data){
if(!(((key11 === "type") || (key11 === "id")) || (key11 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs179 === errors){
if(data.type !== undefined){
const _errs180 = errors;
if("tick" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "tick"},message:"must be equal to constant"}];
return false;
}
var valid55 = _errs180 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data.id !== undefined){
let data67 = data.id;
const _errs181 = errors;
const _errs182 = errors;
if(errors === _errs182){
if(typeof data67 === "string"){
if(!pattern0.test(data67)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid55 = _errs181 === errors;
}
else {
var valid55 = true;
}
if(valid55){
if(data.at !== undefined){
let data68 = data.at;
const _errs184 = errors;
const _errs185 = errors;
if(errors === _errs185){
if(typeof data68 === "string"){
if(!pattern1.test(data68)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid55 = _errs184 === errors;
}
else {
var valid55 = true;
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "call_ended"){
const _errs187 = errors;
if(errors === _errs187){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if(((data.type === undefined) && (missing11 = "type")) || ((data.at === undefined) && (missing11 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs189 = errors;
for(const key12 in data){
if(!((((key12 === "type") || (key12 === "id")) || (key12 === "at")) || (key12 === "by"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs189 === errors){
if(data.type !== undefined){
const _errs190 = errors;
if("call_ended" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "call_ended"},message:"must be equal to constant"}];
return false;
}
var valid59 = _errs190 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data.id !== undefined){
let data70 = data.id;
const _errs191 = errors;
const _errs192 = errors;
if(errors === _errs192){
if(typeof data70 === "string"){
if(!pattern0.test(data70)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid59 = _errs191 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data.at !== undefined){
let data71 = data.at;
const _errs194 = errors;
const _errs195 = errors;
if(errors === _errs195){
if(typeof data71 === "string"){
if(!pattern1.test(data71)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid59 = _errs194 === errors;
}
else {
var valid59 = true;
}
if(valid59){
if(data.by !== undefined){
let data72 = data.by;
const _errs197 = errors;
if(!(((data72 === "customer") || (data72 === "agent")) || (data72 === "system"))){
validate10.errors = [{instancePath:instancePath+"/by",schemaPath:"#/oneOf/7/properties/by/enum",keyword:"enum",params:{allowedValues: schema11.oneOf[7].properties.by.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid59 = _errs197 === errors;
}
else {
var valid59 = true;
}
}
}
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "mapping", tag: "type", tagValue: tag0},message:"value of tag \"type\" must be in oneOf"}];
return false;
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/discriminator",keyword:"discriminator",params:{error: "tag", tag: "type", tagValue: tag0},message:"tag \"type\" must be string"}];
return false;
}
}
}
}
else {
validate10.errors = [{instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
validate10.errors = vErrors;
return errors === 0;
}

