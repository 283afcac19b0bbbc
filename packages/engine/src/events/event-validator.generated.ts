// @ts-nocheck
// Generated from @callguard/contract's event.schema.json by `pnpm run generate`. Do not edit.
"use strict";
export const validate = validate10;

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://callguard.dev/schemas/event.schema.json","title":"CallEvent","description":"One event of a call, as fed to a session; on disk, one event a line (JSONL). See docs/semantics.md and docs/wire-format.md.","type":"object","required":["type"],"properties":{"type":{"title":"EventType","description":"What kind of event it is.","enum":["call_started","utterance","silence","poor_line","line_dropped","agent_action","tick","call_ended"]}},"definitions":{"placeholder_values":{"title":"PlaceholderValues","description":"Words to fill script placeholders with, by placeholder name; an empty string counts as no value (docs/semantics.md, \"Scripts and placeholders\").","type":"object","propertyNames":{"pattern":"^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"},"additionalProperties":{"type":"string"}}},"discriminator":{"propertyName":"type"},"oneOf":[{"title":"CallStartedEvent","description":"The call begins.","type":"object","properties":{"type":{"const":"call_started"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"call":{"title":"CallInfo","description":"The call as the contact platform describes it.","type":"object","properties":{"id":{"type":"string"},"queue":{"type":"string"},"peak_hours":{"type":"boolean"},"channel":{"$ref":"vocabulary.schema.json#/definitions/channel","description":"How the customer is in contact; phone when absent."},"staff":{"type":"array","items":{"type":"string"},"description":"Roles on duty for this call (supervisor, security, ...); absent means unknown."},"agent_name":{"type":"string","description":"The name the agent gives customers: the value of `{agent_name}` in scripts."},"callback_number":{"type":"string","description":"The number the customer can call back on: the value of `{callback_number}` in scripts; without it, the policy's `placeholder callback_number \"...\"`."},"placeholders":{"$ref":"#/definitions/placeholder_values","description":"Values of the policy's `placeholder <name> from call` placeholders, by name."}},"required":["id"],"additionalProperties":false},"caller":{"title":"CallerInfo","type":"object","description":"What the CRM knows about the caller; absent numbers are 0, absent booleans false.","properties":{"id":{"type":"string","description":"The caller's id in the CRM; without it records and restrictions cannot be kept."},"incidents_30d":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0},"repeat_calls_7d":{"type":"integer","minimum":0},"withheld":{"type":"boolean"},"verified":{"type":"boolean"},"refused_verification":{"type":"boolean"},"vulnerable":{"type":"boolean"},"adjustments":{"type":"boolean","description":"Agreed reasonable adjustments are on file."},"records":{"type":"array","description":"Warnings, strikes and incidents on the caller's record.","items":{"title":"CallerRecord","description":"A warning, strike or incident on the caller's record, from an earlier contact or a letter.","type":"object","properties":{"kind":{"$ref":"vocabulary.schema.json#/definitions/record_kind"},"category":{"$ref":"vocabulary.schema.json#/definitions/behaviour_name","description":"The behaviour it was for: a built-in one, or one a policy declares."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it was given."},"expires":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it stops counting; without it, `at` plus the policy's expiry for its kind (or never)."}},"required":["kind","at"],"additionalProperties":false}},"restrictions":{"type":"array","description":"Restrictions on contact in force, by the policy's name for them.","items":{"title":"CallerRestriction","description":"A restriction on contact in force for the caller, by the policy's name for it.","type":"object","properties":{"name":{"type":"string","description":"The policy's name for the restriction."},"until":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it ends."}},"required":["name","until"],"additionalProperties":false}},"talk_time_today_s":{"type":"number","minimum":0,"description":"Seconds spent in contact today before this call."},"customer_since":{"description":"When the customer relationship (contract) started.","$ref":"vocabulary.schema.json#/definitions/at"},"name":{"type":"string","description":"How to address the customer: the value of `{customer_name}` in scripts."},"placeholders":{"$ref":"#/definitions/placeholder_values","description":"Values of the policy's `placeholder <name> from caller` placeholders, by name."}},"additionalProperties":false}},"required":["type","at","call"],"additionalProperties":false},{"title":"UtteranceEvent","description":"Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1.","type":"object","properties":{"type":{"const":"utterance"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"speaker":{"$ref":"vocabulary.schema.json#/definitions/speaker"},"text":{"type":"string","description":"What was said, when known."},"signals":{"title":"Signals","description":"Confidence (0 to 1) for each detected behaviour, built-in or declared by the policy; a missing one is 0. A name the policy neither builds in nor declares is rejected (event/unknown-behaviour).","type":"object","properties":{"profanity":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"slur":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"hate_speech":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"threat":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"sexual_harassment":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"harassment":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"rudeness":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"unreasonable_demand":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"uncooperative":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"aggression":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"recording_staff":{"$ref":"vocabulary.schema.json#/definitions/confidence"}},"propertyNames":{"$ref":"vocabulary.schema.json#/definitions/signal_name"},"additionalProperties":{"$ref":"vocabulary.schema.json#/definitions/confidence"}},"request":{"type":"string","description":"A label for what the speaker is asking for; a customer repeating it is `repeated_request`."}},"required":["type","at","speaker","signals"],"additionalProperties":false},{"title":"SilenceEvent","description":"Dead air of that many seconds.","type":"object","properties":{"type":{"const":"silence"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"seconds":{"type":"number","minimum":0,"description":"How long the line was silent."}},"required":["type","at","seconds"],"additionalProperties":false},{"title":"PoorLineEvent","description":"The line is degrading.","type":"object","properties":{"type":{"const":"poor_line"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"LineDroppedEvent","description":"The line went down (a technical disconnect, not a hang-up).","type":"object","properties":{"type":{"const":"line_dropped"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"AgentActionEvent","description":"What the agent actually did, e.g. a warning given by hand.","type":"object","properties":{"type":{"const":"agent_action"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"action":{"$ref":"vocabulary.schema.json#/definitions/action"},"rule":{"type":"string","description":"The rule whose step the agent says it follows."},"script":{"type":"string","description":"The script the agent used, by the policy's name for it: it counts towards a step's choice of scripts (`with any 2 of (...)`), and a step takes the action only with one of its own scripts (docs/semantics.md, \"Choices of scripts\")."}},"required":["type","at","action"],"additionalProperties":false},{"title":"TickEvent","description":"A timer: time has passed (event time) with nothing else to report.","type":"object","properties":{"type":{"const":"tick"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"CallEndedEvent","description":"The call is over.","type":"object","properties":{"type":{"const":"call_ended"},"id":{"$ref":"vocabulary.schema.json#/definitions/event_id","description":"The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"by":{"enum":["customer","agent","system"],"description":"Who ended it."}},"required":["type","at"],"additionalProperties":false}]};
const schema13 = {"type":"string","pattern":"^[!-~]{1,128}$","description":"An event's id for de-duplication: 1 to 128 visible ASCII characters (no spaces), e.g. a Kafka topic-partition-offset or an SQS message id. See docs/semantics.md, \"Duplicates\"."};
const schema14 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."};
const schema15 = {"title":"Channel","description":"How the customer is in contact.","enum":["phone","chat","email","in_person"]};
const schema16 = {"title":"PlaceholderValues","description":"Words to fill script placeholders with, by placeholder name; an empty string counts as no value (docs/semantics.md, \"Scripts and placeholders\").","type":"object","propertyNames":{"pattern":"^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"},"additionalProperties":{"type":"string"}};
const schema17 = {"title":"RecordKind","description":"A kind of record kept on a caller across contacts.","enum":["warning","strike","incident"]};
const schema18 = {"title":"BehaviourName","description":"A behaviour by name: a built-in one or one a policy declares with `behaviour`. Letters, digits and `_`, starting with a letter or `_`, as the policy language writes names.","type":"string","pattern":"^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"};
const schema26 = {"title":"Speaker","description":"Who is speaking.","enum":["customer","agent"]};
const schema27 = {"description":"A behaviour an utterance's signals may carry: any behaviour name but `repeated_request`, which the engine derives.","type":"string","pattern":"^(?!repeated_request$)[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"};
const schema28 = {"type":"number","minimum":0,"maximum":1};
const schema48 = {"title":"Action","description":"What an agent does, least to most severe (`callback` stands apart).","enum":["continue","remind","announce","deescalate","warn","route","escalate","refuse","end_call","block_caller","callback"]};
const pattern0 = new RegExp("^[!-~]{1,128}$", "u");
const pattern1 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$", "u");
const pattern2 = new RegExp("^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$", "u");
const pattern11 = new RegExp("^(?!repeated_request$)[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$", "u");
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
if(!((((((((key1 === "id") || (key1 === "queue")) || (key1 === "peak_hours")) || (key1 === "channel")) || (key1 === "staff")) || (key1 === "agent_name")) || (key1 === "callback_number")) || (key1 === "placeholders"))){
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
if(valid6){
if(data4.agent_name !== undefined){
const _errs28 = errors;
if(typeof data4.agent_name !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/agent_name",schemaPath:"#/oneOf/0/properties/call/properties/agent_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.callback_number !== undefined){
const _errs30 = errors;
if(typeof data4.callback_number !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/callback_number",schemaPath:"#/oneOf/0/properties/call/properties/callback_number/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data4.placeholders !== undefined){
let data13 = data4.placeholders;
const _errs32 = errors;
const _errs33 = errors;
if(errors === _errs33){
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key2 in data13){
const _errs35 = errors;
if(typeof key2 === "string"){
if(!pattern2.test(key2)){
const err0 = {instancePath:instancePath+"/call/placeholders",schemaPath:"#/definitions/placeholder_values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"},message:"must match pattern \""+"^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"+"\"",propertyName:key2};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
var valid10 = _errs35 === errors;
if(!valid10){
const err1 = {instancePath:instancePath+"/call/placeholders",schemaPath:"#/definitions/placeholder_values/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid10){
for(const key3 in data13){
const _errs37 = errors;
if(typeof data13[key3] !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/placeholders/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/placeholder_values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid11 = _errs37 === errors;
if(!valid11){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/call/placeholders",schemaPath:"#/definitions/placeholder_values/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid6 = _errs32 === errors;
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
let data15 = data.caller;
const _errs39 = errors;
if(errors === _errs39){
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
const _errs41 = errors;
for(const key4 in data15){
if(!(func2.call(schema11.oneOf[0].properties.caller.properties, key4))){
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs41 === errors){
if(data15.id !== undefined){
const _errs42 = errors;
if(typeof data15.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/id",schemaPath:"#/oneOf/0/properties/caller/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs42 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.incidents_30d !== undefined){
let data17 = data15.incidents_30d;
const _errs44 = errors;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs44){
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 < 0 || isNaN(data17)){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid12 = _errs44 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.warnings !== undefined){
let data18 = data15.warnings;
const _errs46 = errors;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs46){
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 < 0 || isNaN(data18)){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid12 = _errs46 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.repeat_calls_7d !== undefined){
let data19 = data15.repeat_calls_7d;
const _errs48 = errors;
if(!(((typeof data19 == "number") && (!(data19 % 1) && !isNaN(data19))) && (isFinite(data19)))){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs48){
if((typeof data19 == "number") && (isFinite(data19))){
if(data19 < 0 || isNaN(data19)){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid12 = _errs48 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.withheld !== undefined){
const _errs50 = errors;
if(typeof data15.withheld !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/withheld",schemaPath:"#/oneOf/0/properties/caller/properties/withheld/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs50 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.verified !== undefined){
const _errs52 = errors;
if(typeof data15.verified !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/verified",schemaPath:"#/oneOf/0/properties/caller/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs52 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.refused_verification !== undefined){
const _errs54 = errors;
if(typeof data15.refused_verification !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/refused_verification",schemaPath:"#/oneOf/0/properties/caller/properties/refused_verification/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs54 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.vulnerable !== undefined){
const _errs56 = errors;
if(typeof data15.vulnerable !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/vulnerable",schemaPath:"#/oneOf/0/properties/caller/properties/vulnerable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs56 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.adjustments !== undefined){
const _errs58 = errors;
if(typeof data15.adjustments !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/adjustments",schemaPath:"#/oneOf/0/properties/caller/properties/adjustments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid12 = _errs58 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.records !== undefined){
let data25 = data15.records;
const _errs60 = errors;
if(errors === _errs60){
if(Array.isArray(data25)){
var valid13 = true;
const len1 = data25.length;
for(let i1=0; i1<len1; i1++){
let data26 = data25[i1];
const _errs62 = errors;
if(errors === _errs62){
if(data26 && typeof data26 == "object" && !Array.isArray(data26)){
let missing3;
if(((data26.kind === undefined) && (missing3 = "kind")) || ((data26.at === undefined) && (missing3 = "at"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs64 = errors;
for(const key5 in data26){
if(!((((key5 === "kind") || (key5 === "category")) || (key5 === "at")) || (key5 === "expires"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs64 === errors){
if(data26.kind !== undefined){
let data27 = data26.kind;
const _errs65 = errors;
if(!(((data27 === "warning") || (data27 === "strike")) || (data27 === "incident"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/kind",schemaPath:"vocabulary.schema.json#/definitions/record_kind/enum",keyword:"enum",params:{allowedValues: schema17.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid14 = _errs65 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data26.category !== undefined){
let data28 = data26.category;
const _errs67 = errors;
const _errs68 = errors;
if(errors === _errs68){
if(typeof data28 === "string"){
if(!pattern2.test(data28)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/category",schemaPath:"vocabulary.schema.json#/definitions/behaviour_name/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"},message:"must match pattern \""+"^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/category",schemaPath:"vocabulary.schema.json#/definitions/behaviour_name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs67 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data26.at !== undefined){
let data29 = data26.at;
const _errs70 = errors;
const _errs71 = errors;
if(errors === _errs71){
if(typeof data29 === "string"){
if(!pattern1.test(data29)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs70 === errors;
}
else {
var valid14 = true;
}
if(valid14){
if(data26.expires !== undefined){
let data30 = data26.expires;
const _errs73 = errors;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data30 === "string"){
if(!pattern1.test(data30)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/expires",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/expires",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid14 = _errs73 === errors;
}
else {
var valid14 = true;
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
var valid13 = _errs62 === errors;
if(!valid13){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records",schemaPath:"#/oneOf/0/properties/caller/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid12 = _errs60 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.restrictions !== undefined){
let data31 = data15.restrictions;
const _errs76 = errors;
if(errors === _errs76){
if(Array.isArray(data31)){
var valid19 = true;
const len2 = data31.length;
for(let i2=0; i2<len2; i2++){
let data32 = data31[i2];
const _errs78 = errors;
if(errors === _errs78){
if(data32 && typeof data32 == "object" && !Array.isArray(data32)){
let missing4;
if(((data32.name === undefined) && (missing4 = "name")) || ((data32.until === undefined) && (missing4 = "until"))){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs80 = errors;
for(const key6 in data32){
if(!((key6 === "name") || (key6 === "until"))){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs80 === errors){
if(data32.name !== undefined){
const _errs81 = errors;
if(typeof data32.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/name",schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs81 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data32.until !== undefined){
let data34 = data32.until;
const _errs83 = errors;
const _errs84 = errors;
if(errors === _errs84){
if(typeof data34 === "string"){
if(!pattern1.test(data34)){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/until",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/until",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs83 === errors;
}
else {
var valid20 = true;
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
var valid19 = _errs78 === errors;
if(!valid19){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions",schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid12 = _errs76 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.talk_time_today_s !== undefined){
let data35 = data15.talk_time_today_s;
const _errs86 = errors;
if(errors === _errs86){
if((typeof data35 == "number") && (isFinite(data35))){
if(data35 < 0 || isNaN(data35)){
validate10.errors = [{instancePath:instancePath+"/caller/talk_time_today_s",schemaPath:"#/oneOf/0/properties/caller/properties/talk_time_today_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/talk_time_today_s",schemaPath:"#/oneOf/0/properties/caller/properties/talk_time_today_s/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid12 = _errs86 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.customer_since !== undefined){
let data36 = data15.customer_since;
const _errs88 = errors;
const _errs89 = errors;
if(errors === _errs89){
if(typeof data36 === "string"){
if(!pattern1.test(data36)){
validate10.errors = [{instancePath:instancePath+"/caller/customer_since",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/customer_since",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid12 = _errs88 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.name !== undefined){
const _errs91 = errors;
if(typeof data15.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/name",schemaPath:"#/oneOf/0/properties/caller/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid12 = _errs91 === errors;
}
else {
var valid12 = true;
}
if(valid12){
if(data15.placeholders !== undefined){
let data38 = data15.placeholders;
const _errs93 = errors;
const _errs94 = errors;
if(errors === _errs94){
if(data38 && typeof data38 == "object" && !Array.isArray(data38)){
for(const key7 in data38){
const _errs96 = errors;
if(typeof key7 === "string"){
if(!pattern2.test(key7)){
const err2 = {instancePath:instancePath+"/caller/placeholders",schemaPath:"#/definitions/placeholder_values/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"},message:"must match pattern \""+"^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"+"\"",propertyName:key7};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
var valid24 = _errs96 === errors;
if(!valid24){
const err3 = {instancePath:instancePath+"/caller/placeholders",schemaPath:"#/definitions/placeholder_values/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid24){
for(const key8 in data38){
const _errs98 = errors;
if(typeof data38[key8] !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/placeholders/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/definitions/placeholder_values/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid25 = _errs98 === errors;
if(!valid25){
break;
}
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/placeholders",schemaPath:"#/definitions/placeholder_values/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid12 = _errs93 === errors;
}
else {
var valid12 = true;
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
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs39 === errors;
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
const _errs100 = errors;
if(errors === _errs100){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((((data.type === undefined) && (missing5 = "type")) || ((data.at === undefined) && (missing5 = "at"))) || ((data.speaker === undefined) && (missing5 = "speaker"))) || ((data.signals === undefined) && (missing5 = "signals"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs102 = errors;
for(const key9 in data){
if(!(((((((key9 === "type") || (key9 === "id")) || (key9 === "at")) || (key9 === "speaker")) || (key9 === "text")) || (key9 === "signals")) || (key9 === "request"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs102 === errors){
if(data.type !== undefined){
const _errs103 = errors;
if("utterance" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "utterance"},message:"must be equal to constant"}];
return false;
}
var valid27 = _errs103 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.id !== undefined){
let data41 = data.id;
const _errs104 = errors;
const _errs105 = errors;
if(errors === _errs105){
if(typeof data41 === "string"){
if(!pattern0.test(data41)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs104 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.at !== undefined){
let data42 = data.at;
const _errs107 = errors;
const _errs108 = errors;
if(errors === _errs108){
if(typeof data42 === "string"){
if(!pattern1.test(data42)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid27 = _errs107 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.speaker !== undefined){
let data43 = data.speaker;
const _errs110 = errors;
if(!((data43 === "customer") || (data43 === "agent"))){
validate10.errors = [{instancePath:instancePath+"/speaker",schemaPath:"vocabulary.schema.json#/definitions/speaker/enum",keyword:"enum",params:{allowedValues: schema26.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid27 = _errs110 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.text !== undefined){
const _errs112 = errors;
if(typeof data.text !== "string"){
validate10.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs112 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.signals !== undefined){
let data45 = data.signals;
const _errs114 = errors;
if(errors === _errs114){
if(data45 && typeof data45 == "object" && !Array.isArray(data45)){
for(const key10 in data45){
const _errs116 = errors;
const _errs117 = errors;
if(errors === _errs117){
if(typeof key10 === "string"){
if(!pattern11.test(key10)){
const err4 = {instancePath:instancePath+"/signals",schemaPath:"vocabulary.schema.json#/definitions/signal_name/pattern",keyword:"pattern",params:{pattern: "^(?!repeated_request$)[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"},message:"must match pattern \""+"^(?!repeated_request$)[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"+"\"",propertyName:key10};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/signals",schemaPath:"vocabulary.schema.json#/definitions/signal_name/type",keyword:"type",params:{type: "string"},message:"must be string",propertyName:key10};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
var valid31 = _errs116 === errors;
if(!valid31){
const err6 = {instancePath:instancePath+"/signals",schemaPath:"#/oneOf/1/properties/signals/propertyNames",keyword:"propertyNames",params:{propertyName: key10},message:"property name must be valid"};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
validate10.errors = vErrors;
return false;
break;
}
}
if(valid31){
const _errs119 = errors;
for(const key11 in data45){
if(!(func2.call(schema11.oneOf[1].properties.signals.properties, key11))){
let data46 = data45[key11];
const _errs120 = errors;
const _errs121 = errors;
if(errors === _errs121){
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 1 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/signals/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data46 < 0 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/signals/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"vocabulary.schema.json#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/" + key11.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"vocabulary.schema.json#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid33 = _errs120 === errors;
if(!valid33){
break;
}
}
}
if(_errs119 === errors){
if(data45.profanity !== undefined){
let data47 = data45.profanity;
const _errs123 = errors;
const _errs124 = errors;
if(errors === _errs124){
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 1 || isNaN(data47)){
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data47 < 0 || isNaN(data47)){
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
var valid35 = _errs123 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.slur !== undefined){
let data48 = data45.slur;
const _errs126 = errors;
const _errs127 = errors;
if(errors === _errs127){
if((typeof data48 == "number") && (isFinite(data48))){
if(data48 > 1 || isNaN(data48)){
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data48 < 0 || isNaN(data48)){
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
var valid35 = _errs126 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.hate_speech !== undefined){
let data49 = data45.hate_speech;
const _errs129 = errors;
const _errs130 = errors;
if(errors === _errs130){
if((typeof data49 == "number") && (isFinite(data49))){
if(data49 > 1 || isNaN(data49)){
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data49 < 0 || isNaN(data49)){
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
var valid35 = _errs129 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.threat !== undefined){
let data50 = data45.threat;
const _errs132 = errors;
const _errs133 = errors;
if(errors === _errs133){
if((typeof data50 == "number") && (isFinite(data50))){
if(data50 > 1 || isNaN(data50)){
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data50 < 0 || isNaN(data50)){
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
var valid35 = _errs132 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.sexual_harassment !== undefined){
let data51 = data45.sexual_harassment;
const _errs135 = errors;
const _errs136 = errors;
if(errors === _errs136){
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 > 1 || isNaN(data51)){
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data51 < 0 || isNaN(data51)){
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
var valid35 = _errs135 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.harassment !== undefined){
let data52 = data45.harassment;
const _errs138 = errors;
const _errs139 = errors;
if(errors === _errs139){
if((typeof data52 == "number") && (isFinite(data52))){
if(data52 > 1 || isNaN(data52)){
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data52 < 0 || isNaN(data52)){
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
var valid35 = _errs138 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.rudeness !== undefined){
let data53 = data45.rudeness;
const _errs141 = errors;
const _errs142 = errors;
if(errors === _errs142){
if((typeof data53 == "number") && (isFinite(data53))){
if(data53 > 1 || isNaN(data53)){
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data53 < 0 || isNaN(data53)){
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
var valid35 = _errs141 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.unreasonable_demand !== undefined){
let data54 = data45.unreasonable_demand;
const _errs144 = errors;
const _errs145 = errors;
if(errors === _errs145){
if((typeof data54 == "number") && (isFinite(data54))){
if(data54 > 1 || isNaN(data54)){
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data54 < 0 || isNaN(data54)){
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
var valid35 = _errs144 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.uncooperative !== undefined){
let data55 = data45.uncooperative;
const _errs147 = errors;
const _errs148 = errors;
if(errors === _errs148){
if((typeof data55 == "number") && (isFinite(data55))){
if(data55 > 1 || isNaN(data55)){
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data55 < 0 || isNaN(data55)){
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
var valid35 = _errs147 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.aggression !== undefined){
let data56 = data45.aggression;
const _errs150 = errors;
const _errs151 = errors;
if(errors === _errs151){
if((typeof data56 == "number") && (isFinite(data56))){
if(data56 > 1 || isNaN(data56)){
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data56 < 0 || isNaN(data56)){
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
var valid35 = _errs150 === errors;
}
else {
var valid35 = true;
}
if(valid35){
if(data45.recording_staff !== undefined){
let data57 = data45.recording_staff;
const _errs153 = errors;
const _errs154 = errors;
if(errors === _errs154){
if((typeof data57 == "number") && (isFinite(data57))){
if(data57 > 1 || isNaN(data57)){
validate10.errors = [{instancePath:instancePath+"/signals/recording_staff",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data57 < 0 || isNaN(data57)){
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
var valid35 = _errs153 === errors;
}
else {
var valid35 = true;
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
validate10.errors = [{instancePath:instancePath+"/signals",schemaPath:"#/oneOf/1/properties/signals/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid27 = _errs114 === errors;
}
else {
var valid27 = true;
}
if(valid27){
if(data.request !== undefined){
const _errs156 = errors;
if(typeof data.request !== "string"){
validate10.errors = [{instancePath:instancePath+"/request",schemaPath:"#/oneOf/1/properties/request/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid27 = _errs156 === errors;
}
else {
var valid27 = true;
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
const _errs158 = errors;
if(errors === _errs158){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((((data.type === undefined) && (missing6 = "type")) || ((data.at === undefined) && (missing6 = "at"))) || ((data.seconds === undefined) && (missing6 = "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs160 = errors;
for(const key12 in data){
if(!((((key12 === "type") || (key12 === "id")) || (key12 === "at")) || (key12 === "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs160 === errors){
if(data.type !== undefined){
const _errs161 = errors;
if("silence" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "silence"},message:"must be equal to constant"}];
return false;
}
var valid48 = _errs161 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data.id !== undefined){
let data60 = data.id;
const _errs162 = errors;
const _errs163 = errors;
if(errors === _errs163){
if(typeof data60 === "string"){
if(!pattern0.test(data60)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs162 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data.at !== undefined){
let data61 = data.at;
const _errs165 = errors;
const _errs166 = errors;
if(errors === _errs166){
if(typeof data61 === "string"){
if(!pattern1.test(data61)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid48 = _errs165 === errors;
}
else {
var valid48 = true;
}
if(valid48){
if(data.seconds !== undefined){
let data62 = data.seconds;
const _errs168 = errors;
if(errors === _errs168){
if((typeof data62 == "number") && (isFinite(data62))){
if(data62 < 0 || isNaN(data62)){
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid48 = _errs168 === errors;
}
else {
var valid48 = true;
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
const _errs170 = errors;
if(errors === _errs170){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.type === undefined) && (missing7 = "type")) || ((data.at === undefined) && (missing7 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs172 = errors;
for(const key13 in data){
if(!(((key13 === "type") || (key13 === "id")) || (key13 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key13},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs172 === errors){
if(data.type !== undefined){
const _errs173 = errors;
if("poor_line" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "poor_line"},message:"must be equal to constant"}];
return false;
}
var valid52 = _errs173 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.id !== undefined){
let data64 = data.id;
const _errs174 = errors;
const _errs175 = errors;
if(errors === _errs175){
if(typeof data64 === "string"){
if(!pattern0.test(data64)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid52 = _errs174 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.at !== undefined){
let data65 = data.at;
const _errs177 = errors;
const _errs178 = errors;
if(errors === _errs178){
if(typeof data65 === "string"){
if(!pattern1.test(data65)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid52 = _errs177 === errors;
}
else {
var valid52 = true;
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
const _errs180 = errors;
if(errors === _errs180){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.at === undefined) && (missing8 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs182 = errors;
for(const key14 in data){
if(!(((key14 === "type") || (key14 === "id")) || (key14 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key14},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs182 === errors){
if(data.type !== undefined){
const _errs183 = errors;
if("line_dropped" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "line_dropped"},message:"must be equal to constant"}];
return false;
}
var valid56 = _errs183 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data.id !== undefined){
let data67 = data.id;
const _errs184 = errors;
const _errs185 = errors;
if(errors === _errs185){
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
var valid56 = _errs184 === errors;
}
else {
var valid56 = true;
}
if(valid56){
if(data.at !== undefined){
let data68 = data.at;
const _errs187 = errors;
const _errs188 = errors;
if(errors === _errs188){
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
var valid56 = _errs187 === errors;
}
else {
var valid56 = true;
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
const _errs190 = errors;
if(errors === _errs190){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((((data.type === undefined) && (missing9 = "type")) || ((data.at === undefined) && (missing9 = "at"))) || ((data.action === undefined) && (missing9 = "action"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs192 = errors;
for(const key15 in data){
if(!((((((key15 === "type") || (key15 === "id")) || (key15 === "at")) || (key15 === "action")) || (key15 === "rule")) || (key15 === "script"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key15},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs192 === errors){
if(data.type !== undefined){
const _errs193 = errors;
if("agent_action" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "agent_action"},message:"must be equal to constant"}];
return false;
}
var valid60 = _errs193 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.id !== undefined){
let data70 = data.id;
const _errs194 = errors;
const _errs195 = errors;
if(errors === _errs195){
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
var valid60 = _errs194 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.at !== undefined){
let data71 = data.at;
const _errs197 = errors;
const _errs198 = errors;
if(errors === _errs198){
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
var valid60 = _errs197 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.action !== undefined){
let data72 = data.action;
const _errs200 = errors;
if(!(((((((((((data72 === "continue") || (data72 === "remind")) || (data72 === "announce")) || (data72 === "deescalate")) || (data72 === "warn")) || (data72 === "route")) || (data72 === "escalate")) || (data72 === "refuse")) || (data72 === "end_call")) || (data72 === "block_caller")) || (data72 === "callback"))){
validate10.errors = [{instancePath:instancePath+"/action",schemaPath:"vocabulary.schema.json#/definitions/action/enum",keyword:"enum",params:{allowedValues: schema48.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid60 = _errs200 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.rule !== undefined){
const _errs202 = errors;
if(typeof data.rule !== "string"){
validate10.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/oneOf/5/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid60 = _errs202 === errors;
}
else {
var valid60 = true;
}
if(valid60){
if(data.script !== undefined){
const _errs204 = errors;
if(typeof data.script !== "string"){
validate10.errors = [{instancePath:instancePath+"/script",schemaPath:"#/oneOf/5/properties/script/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid60 = _errs204 === errors;
}
else {
var valid60 = true;
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
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "tick"){
const _errs206 = errors;
if(errors === _errs206){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if(((data.type === undefined) && (missing10 = "type")) || ((data.at === undefined) && (missing10 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs208 = errors;
for(const key16 in data){
if(!(((key16 === "type") || (key16 === "id")) || (key16 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key16},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs208 === errors){
if(data.type !== undefined){
const _errs209 = errors;
if("tick" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "tick"},message:"must be equal to constant"}];
return false;
}
var valid65 = _errs209 === errors;
}
else {
var valid65 = true;
}
if(valid65){
if(data.id !== undefined){
let data76 = data.id;
const _errs210 = errors;
const _errs211 = errors;
if(errors === _errs211){
if(typeof data76 === "string"){
if(!pattern0.test(data76)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid65 = _errs210 === errors;
}
else {
var valid65 = true;
}
if(valid65){
if(data.at !== undefined){
let data77 = data.at;
const _errs213 = errors;
const _errs214 = errors;
if(errors === _errs214){
if(typeof data77 === "string"){
if(!pattern1.test(data77)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid65 = _errs213 === errors;
}
else {
var valid65 = true;
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
const _errs216 = errors;
if(errors === _errs216){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if(((data.type === undefined) && (missing11 = "type")) || ((data.at === undefined) && (missing11 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs218 = errors;
for(const key17 in data){
if(!((((key17 === "type") || (key17 === "id")) || (key17 === "at")) || (key17 === "by"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key17},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs218 === errors){
if(data.type !== undefined){
const _errs219 = errors;
if("call_ended" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "call_ended"},message:"must be equal to constant"}];
return false;
}
var valid69 = _errs219 === errors;
}
else {
var valid69 = true;
}
if(valid69){
if(data.id !== undefined){
let data79 = data.id;
const _errs220 = errors;
const _errs221 = errors;
if(errors === _errs221){
if(typeof data79 === "string"){
if(!pattern0.test(data79)){
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/pattern",keyword:"pattern",params:{pattern: "^[!-~]{1,128}$"},message:"must match pattern \""+"^[!-~]{1,128}$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/id",schemaPath:"vocabulary.schema.json#/definitions/event_id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid69 = _errs220 === errors;
}
else {
var valid69 = true;
}
if(valid69){
if(data.at !== undefined){
let data80 = data.at;
const _errs223 = errors;
const _errs224 = errors;
if(errors === _errs224){
if(typeof data80 === "string"){
if(!pattern1.test(data80)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid69 = _errs223 === errors;
}
else {
var valid69 = true;
}
if(valid69){
if(data.by !== undefined){
let data81 = data.by;
const _errs226 = errors;
if(!(((data81 === "customer") || (data81 === "agent")) || (data81 === "system"))){
validate10.errors = [{instancePath:instancePath+"/by",schemaPath:"#/oneOf/7/properties/by/enum",keyword:"enum",params:{allowedValues: schema11.oneOf[7].properties.by.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid69 = _errs226 === errors;
}
else {
var valid69 = true;
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

