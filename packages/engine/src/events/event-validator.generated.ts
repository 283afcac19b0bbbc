// @ts-nocheck
// Generated from @callguard/contract's event.schema.json by `pnpm run generate`. Do not edit.
"use strict";
export const validate = validate10;

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://callguard.dev/schemas/event.schema.json","title":"CallEvent","description":"One event of a call, as fed to a session; on disk, one event a line (JSONL). See docs/semantics.md and docs/wire-format.md.","type":"object","required":["type"],"properties":{"type":{"title":"EventType","description":"What kind of event it is.","enum":["call_started","utterance","silence","poor_line","line_dropped","agent_action","tick","call_ended"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"title":"CallStartedEvent","description":"The call begins.","type":"object","properties":{"type":{"const":"call_started"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"call":{"title":"CallInfo","description":"The call as the contact platform describes it.","type":"object","properties":{"id":{"type":"string"},"queue":{"type":"string"},"peak_hours":{"type":"boolean"},"channel":{"$ref":"vocabulary.schema.json#/definitions/channel","description":"How the customer is in contact; phone when absent."},"staff":{"type":"array","items":{"type":"string"},"description":"Roles on duty for this call (supervisor, security, ...); absent means unknown."}},"required":["id"],"additionalProperties":false},"caller":{"title":"CallerInfo","type":"object","description":"What the CRM knows about the caller; absent numbers are 0, absent booleans false.","properties":{"id":{"type":"string","description":"The caller's id in the CRM; without it records and restrictions cannot be kept."},"incidents_30d":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0},"repeat_calls_7d":{"type":"integer","minimum":0},"withheld":{"type":"boolean"},"verified":{"type":"boolean"},"refused_verification":{"type":"boolean"},"vulnerable":{"type":"boolean"},"adjustments":{"type":"boolean","description":"Agreed reasonable adjustments are on file."},"records":{"type":"array","description":"Warnings, strikes and incidents on the caller's record.","items":{"title":"CallerRecord","description":"A warning, strike or incident on the caller's record, from an earlier contact or a letter.","type":"object","properties":{"kind":{"$ref":"vocabulary.schema.json#/definitions/record_kind"},"category":{"$ref":"vocabulary.schema.json#/definitions/behaviour","description":"The behaviour it was for."},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it was given."},"expires":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it stops counting; without it, `at` plus the policy's expiry for its kind (or never)."}},"required":["kind","at"],"additionalProperties":false}},"restrictions":{"type":"array","description":"Restrictions on contact in force, by the policy's name for them.","items":{"title":"CallerRestriction","description":"A restriction on contact in force for the caller, by the policy's name for it.","type":"object","properties":{"name":{"type":"string","description":"The policy's name for the restriction."},"until":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it ends."}},"required":["name","until"],"additionalProperties":false}},"talk_time_today_s":{"type":"number","minimum":0,"description":"Seconds spent in contact today before this call."},"customer_since":{"description":"When the customer relationship (contract) started.","$ref":"vocabulary.schema.json#/definitions/at"}},"additionalProperties":false}},"required":["type","at","call"],"additionalProperties":false},{"title":"UtteranceEvent","description":"Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1.","type":"object","properties":{"type":{"const":"utterance"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"speaker":{"$ref":"vocabulary.schema.json#/definitions/speaker"},"text":{"type":"string","description":"What was said, when known."},"signals":{"title":"Signals","description":"Confidence (0 to 1) for each detected behaviour; a missing one is 0.","type":"object","properties":{"profanity":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"slur":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"hate_speech":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"threat":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"sexual_harassment":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"harassment":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"rudeness":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"unreasonable_demand":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"uncooperative":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"aggression":{"$ref":"vocabulary.schema.json#/definitions/confidence"},"recording_staff":{"$ref":"vocabulary.schema.json#/definitions/confidence"}},"additionalProperties":false},"request":{"type":"string","description":"A label for what the speaker is asking for; a customer repeating it is `repeated_request`."}},"required":["type","at","speaker","signals"],"additionalProperties":false},{"title":"SilenceEvent","description":"Dead air of that many seconds.","type":"object","properties":{"type":{"const":"silence"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"seconds":{"type":"number","minimum":0,"description":"How long the line was silent."}},"required":["type","at","seconds"],"additionalProperties":false},{"title":"PoorLineEvent","description":"The line is degrading.","type":"object","properties":{"type":{"const":"poor_line"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"LineDroppedEvent","description":"The line went down (a technical disconnect, not a hang-up).","type":"object","properties":{"type":{"const":"line_dropped"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"AgentActionEvent","description":"What the agent actually did, e.g. a warning given by hand.","type":"object","properties":{"type":{"const":"agent_action"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"action":{"$ref":"vocabulary.schema.json#/definitions/action"},"rule":{"type":"string","description":"The rule whose step the agent says it follows."}},"required":["type","at","action"],"additionalProperties":false},{"title":"TickEvent","description":"A timer: time has passed (event time) with nothing else to report.","type":"object","properties":{"type":{"const":"tick"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."}},"required":["type","at"],"additionalProperties":false},{"title":"CallEndedEvent","description":"The call is over.","type":"object","properties":{"type":{"const":"call_ended"},"at":{"$ref":"vocabulary.schema.json#/definitions/at","description":"When it happened: ISO-8601 with a time zone."},"by":{"enum":["customer","agent","system"],"description":"Who ended it."}},"required":["type","at"],"additionalProperties":false}]};
const schema13 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."};
const schema14 = {"title":"Channel","description":"How the customer is in contact.","enum":["phone","chat","email","in_person"]};
const schema15 = {"title":"RecordKind","description":"A kind of record kept on a caller across contacts.","enum":["warning","strike","incident"]};
const schema16 = {"title":"Behaviour","description":"A behaviour detected on an utterance.","enum":["profanity","slur","hate_speech","threat","sexual_harassment","harassment","rudeness","unreasonable_demand","uncooperative","aggression","recording_staff","repeated_request"]};
const schema22 = {"title":"Speaker","description":"Who is speaking.","enum":["customer","agent"]};
const schema23 = {"type":"number","minimum":0,"maximum":1};
const schema38 = {"title":"Action","description":"What an agent does, least to most severe (`callback` stands apart).","enum":["continue","remind","announce","deescalate","warn","route","escalate","refuse","end_call","block_caller","callback"]};
const pattern0 = new RegExp("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$", "u");
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
if(!((((key0 === "type") || (key0 === "at")) || (key0 === "call")) || (key0 === "caller"))){
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
if(data.at !== undefined){
let data2 = data.at;
const _errs7 = errors;
const _errs8 = errors;
if(errors === _errs8){
if(typeof data2 === "string"){
if(!pattern0.test(data2)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid3 = _errs7 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.call !== undefined){
let data3 = data.call;
const _errs10 = errors;
if(errors === _errs10){
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
let missing2;
if((data3.id === undefined) && (missing2 = "id")){
validate10.errors = [{instancePath:instancePath+"/call",schemaPath:"#/oneOf/0/properties/call/required",keyword:"required",params:{missingProperty: missing2},message:"must have required property '"+missing2+"'"}];
return false;
}
else {
const _errs12 = errors;
for(const key1 in data3){
if(!(((((key1 === "id") || (key1 === "queue")) || (key1 === "peak_hours")) || (key1 === "channel")) || (key1 === "staff"))){
validate10.errors = [{instancePath:instancePath+"/call",schemaPath:"#/oneOf/0/properties/call/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs12 === errors){
if(data3.id !== undefined){
const _errs13 = errors;
if(typeof data3.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/id",schemaPath:"#/oneOf/0/properties/call/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs13 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data3.queue !== undefined){
const _errs15 = errors;
if(typeof data3.queue !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/queue",schemaPath:"#/oneOf/0/properties/call/properties/queue/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs15 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data3.peak_hours !== undefined){
const _errs17 = errors;
if(typeof data3.peak_hours !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/call/peak_hours",schemaPath:"#/oneOf/0/properties/call/properties/peak_hours/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid5 = _errs17 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data3.channel !== undefined){
let data7 = data3.channel;
const _errs19 = errors;
if(!((((data7 === "phone") || (data7 === "chat")) || (data7 === "email")) || (data7 === "in_person"))){
validate10.errors = [{instancePath:instancePath+"/call/channel",schemaPath:"vocabulary.schema.json#/definitions/channel/enum",keyword:"enum",params:{allowedValues: schema14.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid5 = _errs19 === errors;
}
else {
var valid5 = true;
}
if(valid5){
if(data3.staff !== undefined){
let data8 = data3.staff;
const _errs21 = errors;
if(errors === _errs21){
if(Array.isArray(data8)){
var valid7 = true;
const len0 = data8.length;
for(let i0=0; i0<len0; i0++){
const _errs23 = errors;
if(typeof data8[i0] !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/staff/" + i0,schemaPath:"#/oneOf/0/properties/call/properties/staff/items/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid7 = _errs23 === errors;
if(!valid7){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/call/staff",schemaPath:"#/oneOf/0/properties/call/properties/staff/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid5 = _errs21 === errors;
}
else {
var valid5 = true;
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
var valid3 = _errs10 === errors;
}
else {
var valid3 = true;
}
if(valid3){
if(data.caller !== undefined){
let data10 = data.caller;
const _errs25 = errors;
if(errors === _errs25){
if(data10 && typeof data10 == "object" && !Array.isArray(data10)){
const _errs27 = errors;
for(const key2 in data10){
if(!(func2.call(schema11.oneOf[0].properties.caller.properties, key2))){
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs27 === errors){
if(data10.id !== undefined){
const _errs28 = errors;
if(typeof data10.id !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/id",schemaPath:"#/oneOf/0/properties/caller/properties/id/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs28 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.incidents_30d !== undefined){
let data12 = data10.incidents_30d;
const _errs30 = errors;
if(!(((typeof data12 == "number") && (!(data12 % 1) && !isNaN(data12))) && (isFinite(data12)))){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs30){
if((typeof data12 == "number") && (isFinite(data12))){
if(data12 < 0 || isNaN(data12)){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs30 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.warnings !== undefined){
let data13 = data10.warnings;
const _errs32 = errors;
if(!(((typeof data13 == "number") && (!(data13 % 1) && !isNaN(data13))) && (isFinite(data13)))){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs32){
if((typeof data13 == "number") && (isFinite(data13))){
if(data13 < 0 || isNaN(data13)){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs32 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.repeat_calls_7d !== undefined){
let data14 = data10.repeat_calls_7d;
const _errs34 = errors;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs34){
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 < 0 || isNaN(data14)){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid8 = _errs34 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.withheld !== undefined){
const _errs36 = errors;
if(typeof data10.withheld !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/withheld",schemaPath:"#/oneOf/0/properties/caller/properties/withheld/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs36 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.verified !== undefined){
const _errs38 = errors;
if(typeof data10.verified !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/verified",schemaPath:"#/oneOf/0/properties/caller/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs38 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.refused_verification !== undefined){
const _errs40 = errors;
if(typeof data10.refused_verification !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/refused_verification",schemaPath:"#/oneOf/0/properties/caller/properties/refused_verification/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.vulnerable !== undefined){
const _errs42 = errors;
if(typeof data10.vulnerable !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/vulnerable",schemaPath:"#/oneOf/0/properties/caller/properties/vulnerable/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs42 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.adjustments !== undefined){
const _errs44 = errors;
if(typeof data10.adjustments !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/adjustments",schemaPath:"#/oneOf/0/properties/caller/properties/adjustments/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid8 = _errs44 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.records !== undefined){
let data20 = data10.records;
const _errs46 = errors;
if(errors === _errs46){
if(Array.isArray(data20)){
var valid9 = true;
const len1 = data20.length;
for(let i1=0; i1<len1; i1++){
let data21 = data20[i1];
const _errs48 = errors;
if(errors === _errs48){
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
let missing3;
if(((data21.kind === undefined) && (missing3 = "kind")) || ((data21.at === undefined) && (missing3 = "at"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs50 = errors;
for(const key3 in data21){
if(!((((key3 === "kind") || (key3 === "category")) || (key3 === "at")) || (key3 === "expires"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1,schemaPath:"#/oneOf/0/properties/caller/properties/records/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs50 === errors){
if(data21.kind !== undefined){
let data22 = data21.kind;
const _errs51 = errors;
if(!(((data22 === "warning") || (data22 === "strike")) || (data22 === "incident"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/kind",schemaPath:"vocabulary.schema.json#/definitions/record_kind/enum",keyword:"enum",params:{allowedValues: schema15.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs51 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data21.category !== undefined){
let data23 = data21.category;
const _errs53 = errors;
if(!((((((((((((data23 === "profanity") || (data23 === "slur")) || (data23 === "hate_speech")) || (data23 === "threat")) || (data23 === "sexual_harassment")) || (data23 === "harassment")) || (data23 === "rudeness")) || (data23 === "unreasonable_demand")) || (data23 === "uncooperative")) || (data23 === "aggression")) || (data23 === "recording_staff")) || (data23 === "repeated_request"))){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/category",schemaPath:"vocabulary.schema.json#/definitions/behaviour/enum",keyword:"enum",params:{allowedValues: schema16.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid10 = _errs53 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data21.at !== undefined){
let data24 = data21.at;
const _errs55 = errors;
const _errs56 = errors;
if(errors === _errs56){
if(typeof data24 === "string"){
if(!pattern0.test(data24)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data21.expires !== undefined){
let data25 = data21.expires;
const _errs58 = errors;
const _errs59 = errors;
if(errors === _errs59){
if(typeof data25 === "string"){
if(!pattern0.test(data25)){
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/expires",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records/" + i1+"/expires",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid10 = _errs58 === errors;
}
else {
var valid10 = true;
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
var valid9 = _errs48 === errors;
if(!valid9){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/records",schemaPath:"#/oneOf/0/properties/caller/properties/records/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs46 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.restrictions !== undefined){
let data26 = data10.restrictions;
const _errs61 = errors;
if(errors === _errs61){
if(Array.isArray(data26)){
var valid15 = true;
const len2 = data26.length;
for(let i2=0; i2<len2; i2++){
let data27 = data26[i2];
const _errs63 = errors;
if(errors === _errs63){
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
let missing4;
if(((data27.name === undefined) && (missing4 = "name")) || ((data27.until === undefined) && (missing4 = "until"))){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs65 = errors;
for(const key4 in data27){
if(!((key4 === "name") || (key4 === "until"))){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2,schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs65 === errors){
if(data27.name !== undefined){
const _errs66 = errors;
if(typeof data27.name !== "string"){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/name",schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/items/properties/name/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid16 = _errs66 === errors;
}
else {
var valid16 = true;
}
if(valid16){
if(data27.until !== undefined){
let data29 = data27.until;
const _errs68 = errors;
const _errs69 = errors;
if(errors === _errs69){
if(typeof data29 === "string"){
if(!pattern0.test(data29)){
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/until",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions/" + i2+"/until",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid16 = _errs68 === errors;
}
else {
var valid16 = true;
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
var valid15 = _errs63 === errors;
if(!valid15){
break;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/restrictions",schemaPath:"#/oneOf/0/properties/caller/properties/restrictions/type",keyword:"type",params:{type: "array"},message:"must be array"}];
return false;
}
}
var valid8 = _errs61 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.talk_time_today_s !== undefined){
let data30 = data10.talk_time_today_s;
const _errs71 = errors;
if(errors === _errs71){
if((typeof data30 == "number") && (isFinite(data30))){
if(data30 < 0 || isNaN(data30)){
validate10.errors = [{instancePath:instancePath+"/caller/talk_time_today_s",schemaPath:"#/oneOf/0/properties/caller/properties/talk_time_today_s/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/talk_time_today_s",schemaPath:"#/oneOf/0/properties/caller/properties/talk_time_today_s/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid8 = _errs71 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data10.customer_since !== undefined){
let data31 = data10.customer_since;
const _errs73 = errors;
const _errs74 = errors;
if(errors === _errs74){
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
validate10.errors = [{instancePath:instancePath+"/caller/customer_since",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/caller/customer_since",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs73 === errors;
}
else {
var valid8 = true;
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
var valid3 = _errs25 === errors;
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
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/0/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "utterance"){
const _errs76 = errors;
if(errors === _errs76){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((((data.type === undefined) && (missing5 = "type")) || ((data.at === undefined) && (missing5 = "at"))) || ((data.speaker === undefined) && (missing5 = "speaker"))) || ((data.signals === undefined) && (missing5 = "signals"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs78 = errors;
for(const key5 in data){
if(!((((((key5 === "type") || (key5 === "at")) || (key5 === "speaker")) || (key5 === "text")) || (key5 === "signals")) || (key5 === "request"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs78 === errors){
if(data.type !== undefined){
const _errs79 = errors;
if("utterance" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "utterance"},message:"must be equal to constant"}];
return false;
}
var valid20 = _errs79 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.at !== undefined){
let data33 = data.at;
const _errs80 = errors;
const _errs81 = errors;
if(errors === _errs81){
if(typeof data33 === "string"){
if(!pattern0.test(data33)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid20 = _errs80 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.speaker !== undefined){
let data34 = data.speaker;
const _errs83 = errors;
if(!((data34 === "customer") || (data34 === "agent"))){
validate10.errors = [{instancePath:instancePath+"/speaker",schemaPath:"vocabulary.schema.json#/definitions/speaker/enum",keyword:"enum",params:{allowedValues: schema22.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid20 = _errs83 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.text !== undefined){
const _errs85 = errors;
if(typeof data.text !== "string"){
validate10.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs85 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.signals !== undefined){
let data36 = data.signals;
const _errs87 = errors;
if(errors === _errs87){
if(data36 && typeof data36 == "object" && !Array.isArray(data36)){
const _errs89 = errors;
for(const key6 in data36){
if(!(func2.call(schema11.oneOf[1].properties.signals.properties, key6))){
validate10.errors = [{instancePath:instancePath+"/signals",schemaPath:"#/oneOf/1/properties/signals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs89 === errors){
if(data36.profanity !== undefined){
let data37 = data36.profanity;
const _errs90 = errors;
const _errs91 = errors;
if(errors === _errs91){
if((typeof data37 == "number") && (isFinite(data37))){
if(data37 > 1 || isNaN(data37)){
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data37 < 0 || isNaN(data37)){
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
var valid23 = _errs90 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.slur !== undefined){
let data38 = data36.slur;
const _errs93 = errors;
const _errs94 = errors;
if(errors === _errs94){
if((typeof data38 == "number") && (isFinite(data38))){
if(data38 > 1 || isNaN(data38)){
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data38 < 0 || isNaN(data38)){
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
var valid23 = _errs93 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.hate_speech !== undefined){
let data39 = data36.hate_speech;
const _errs96 = errors;
const _errs97 = errors;
if(errors === _errs97){
if((typeof data39 == "number") && (isFinite(data39))){
if(data39 > 1 || isNaN(data39)){
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data39 < 0 || isNaN(data39)){
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
var valid23 = _errs96 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.threat !== undefined){
let data40 = data36.threat;
const _errs99 = errors;
const _errs100 = errors;
if(errors === _errs100){
if((typeof data40 == "number") && (isFinite(data40))){
if(data40 > 1 || isNaN(data40)){
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data40 < 0 || isNaN(data40)){
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
var valid23 = _errs99 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.sexual_harassment !== undefined){
let data41 = data36.sexual_harassment;
const _errs102 = errors;
const _errs103 = errors;
if(errors === _errs103){
if((typeof data41 == "number") && (isFinite(data41))){
if(data41 > 1 || isNaN(data41)){
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data41 < 0 || isNaN(data41)){
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
var valid23 = _errs102 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.harassment !== undefined){
let data42 = data36.harassment;
const _errs105 = errors;
const _errs106 = errors;
if(errors === _errs106){
if((typeof data42 == "number") && (isFinite(data42))){
if(data42 > 1 || isNaN(data42)){
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data42 < 0 || isNaN(data42)){
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
var valid23 = _errs105 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.rudeness !== undefined){
let data43 = data36.rudeness;
const _errs108 = errors;
const _errs109 = errors;
if(errors === _errs109){
if((typeof data43 == "number") && (isFinite(data43))){
if(data43 > 1 || isNaN(data43)){
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data43 < 0 || isNaN(data43)){
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
var valid23 = _errs108 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.unreasonable_demand !== undefined){
let data44 = data36.unreasonable_demand;
const _errs111 = errors;
const _errs112 = errors;
if(errors === _errs112){
if((typeof data44 == "number") && (isFinite(data44))){
if(data44 > 1 || isNaN(data44)){
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data44 < 0 || isNaN(data44)){
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
var valid23 = _errs111 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.uncooperative !== undefined){
let data45 = data36.uncooperative;
const _errs114 = errors;
const _errs115 = errors;
if(errors === _errs115){
if((typeof data45 == "number") && (isFinite(data45))){
if(data45 > 1 || isNaN(data45)){
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data45 < 0 || isNaN(data45)){
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
var valid23 = _errs114 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.aggression !== undefined){
let data46 = data36.aggression;
const _errs117 = errors;
const _errs118 = errors;
if(errors === _errs118){
if((typeof data46 == "number") && (isFinite(data46))){
if(data46 > 1 || isNaN(data46)){
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data46 < 0 || isNaN(data46)){
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
var valid23 = _errs117 === errors;
}
else {
var valid23 = true;
}
if(valid23){
if(data36.recording_staff !== undefined){
let data47 = data36.recording_staff;
const _errs120 = errors;
const _errs121 = errors;
if(errors === _errs121){
if((typeof data47 == "number") && (isFinite(data47))){
if(data47 > 1 || isNaN(data47)){
validate10.errors = [{instancePath:instancePath+"/signals/recording_staff",schemaPath:"vocabulary.schema.json#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data47 < 0 || isNaN(data47)){
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
var valid23 = _errs120 === errors;
}
else {
var valid23 = true;
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
var valid20 = _errs87 === errors;
}
else {
var valid20 = true;
}
if(valid20){
if(data.request !== undefined){
const _errs123 = errors;
if(typeof data.request !== "string"){
validate10.errors = [{instancePath:instancePath+"/request",schemaPath:"#/oneOf/1/properties/request/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid20 = _errs123 === errors;
}
else {
var valid20 = true;
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
const _errs125 = errors;
if(errors === _errs125){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if((((data.type === undefined) && (missing6 = "type")) || ((data.at === undefined) && (missing6 = "at"))) || ((data.seconds === undefined) && (missing6 = "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs127 = errors;
for(const key7 in data){
if(!(((key7 === "type") || (key7 === "at")) || (key7 === "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs127 === errors){
if(data.type !== undefined){
const _errs128 = errors;
if("silence" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "silence"},message:"must be equal to constant"}];
return false;
}
var valid36 = _errs128 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data.at !== undefined){
let data50 = data.at;
const _errs129 = errors;
const _errs130 = errors;
if(errors === _errs130){
if(typeof data50 === "string"){
if(!pattern0.test(data50)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid36 = _errs129 === errors;
}
else {
var valid36 = true;
}
if(valid36){
if(data.seconds !== undefined){
let data51 = data.seconds;
const _errs132 = errors;
if(errors === _errs132){
if((typeof data51 == "number") && (isFinite(data51))){
if(data51 < 0 || isNaN(data51)){
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid36 = _errs132 === errors;
}
else {
var valid36 = true;
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
const _errs134 = errors;
if(errors === _errs134){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if(((data.type === undefined) && (missing7 = "type")) || ((data.at === undefined) && (missing7 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs136 = errors;
for(const key8 in data){
if(!((key8 === "type") || (key8 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs136 === errors){
if(data.type !== undefined){
const _errs137 = errors;
if("poor_line" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "poor_line"},message:"must be equal to constant"}];
return false;
}
var valid39 = _errs137 === errors;
}
else {
var valid39 = true;
}
if(valid39){
if(data.at !== undefined){
let data53 = data.at;
const _errs138 = errors;
const _errs139 = errors;
if(errors === _errs139){
if(typeof data53 === "string"){
if(!pattern0.test(data53)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid39 = _errs138 === errors;
}
else {
var valid39 = true;
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
const _errs141 = errors;
if(errors === _errs141){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.at === undefined) && (missing8 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs143 = errors;
for(const key9 in data){
if(!((key9 === "type") || (key9 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs143 === errors){
if(data.type !== undefined){
const _errs144 = errors;
if("line_dropped" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "line_dropped"},message:"must be equal to constant"}];
return false;
}
var valid42 = _errs144 === errors;
}
else {
var valid42 = true;
}
if(valid42){
if(data.at !== undefined){
let data55 = data.at;
const _errs145 = errors;
const _errs146 = errors;
if(errors === _errs146){
if(typeof data55 === "string"){
if(!pattern0.test(data55)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid42 = _errs145 === errors;
}
else {
var valid42 = true;
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
const _errs148 = errors;
if(errors === _errs148){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing9;
if((((data.type === undefined) && (missing9 = "type")) || ((data.at === undefined) && (missing9 = "at"))) || ((data.action === undefined) && (missing9 = "action"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing9},message:"must have required property '"+missing9+"'"}];
return false;
}
else {
const _errs150 = errors;
for(const key10 in data){
if(!((((key10 === "type") || (key10 === "at")) || (key10 === "action")) || (key10 === "rule"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key10},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs150 === errors){
if(data.type !== undefined){
const _errs151 = errors;
if("agent_action" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "agent_action"},message:"must be equal to constant"}];
return false;
}
var valid45 = _errs151 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.at !== undefined){
let data57 = data.at;
const _errs152 = errors;
const _errs153 = errors;
if(errors === _errs153){
if(typeof data57 === "string"){
if(!pattern0.test(data57)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid45 = _errs152 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.action !== undefined){
let data58 = data.action;
const _errs155 = errors;
if(!(((((((((((data58 === "continue") || (data58 === "remind")) || (data58 === "announce")) || (data58 === "deescalate")) || (data58 === "warn")) || (data58 === "route")) || (data58 === "escalate")) || (data58 === "refuse")) || (data58 === "end_call")) || (data58 === "block_caller")) || (data58 === "callback"))){
validate10.errors = [{instancePath:instancePath+"/action",schemaPath:"vocabulary.schema.json#/definitions/action/enum",keyword:"enum",params:{allowedValues: schema38.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid45 = _errs155 === errors;
}
else {
var valid45 = true;
}
if(valid45){
if(data.rule !== undefined){
const _errs157 = errors;
if(typeof data.rule !== "string"){
validate10.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/oneOf/5/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid45 = _errs157 === errors;
}
else {
var valid45 = true;
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
const _errs159 = errors;
if(errors === _errs159){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing10;
if(((data.type === undefined) && (missing10 = "type")) || ((data.at === undefined) && (missing10 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: missing10},message:"must have required property '"+missing10+"'"}];
return false;
}
else {
const _errs161 = errors;
for(const key11 in data){
if(!((key11 === "type") || (key11 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key11},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs161 === errors){
if(data.type !== undefined){
const _errs162 = errors;
if("tick" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "tick"},message:"must be equal to constant"}];
return false;
}
var valid49 = _errs162 === errors;
}
else {
var valid49 = true;
}
if(valid49){
if(data.at !== undefined){
let data61 = data.at;
const _errs163 = errors;
const _errs164 = errors;
if(errors === _errs164){
if(typeof data61 === "string"){
if(!pattern0.test(data61)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid49 = _errs163 === errors;
}
else {
var valid49 = true;
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
const _errs166 = errors;
if(errors === _errs166){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing11;
if(((data.type === undefined) && (missing11 = "type")) || ((data.at === undefined) && (missing11 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/required",keyword:"required",params:{missingProperty: missing11},message:"must have required property '"+missing11+"'"}];
return false;
}
else {
const _errs168 = errors;
for(const key12 in data){
if(!(((key12 === "type") || (key12 === "at")) || (key12 === "by"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/7/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key12},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs168 === errors){
if(data.type !== undefined){
const _errs169 = errors;
if("call_ended" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/7/properties/type/const",keyword:"const",params:{allowedValue: "call_ended"},message:"must be equal to constant"}];
return false;
}
var valid52 = _errs169 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.at !== undefined){
let data63 = data.at;
const _errs170 = errors;
const _errs171 = errors;
if(errors === _errs171){
if(typeof data63 === "string"){
if(!pattern0.test(data63)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"vocabulary.schema.json#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid52 = _errs170 === errors;
}
else {
var valid52 = true;
}
if(valid52){
if(data.by !== undefined){
let data64 = data.by;
const _errs173 = errors;
if(!(((data64 === "customer") || (data64 === "agent")) || (data64 === "system"))){
validate10.errors = [{instancePath:instancePath+"/by",schemaPath:"#/oneOf/7/properties/by/enum",keyword:"enum",params:{allowedValues: schema11.oneOf[7].properties.by.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid52 = _errs173 === errors;
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

