// @ts-nocheck
// Generated from event.schema.json by `CALLGUARD_WRITE_GENERATED=1 npx vitest run packages/engine/src/events/event-validator.test.ts`. Do not edit.
"use strict";
export const validate = validate10;

const schema11 = {"$schema":"http://json-schema.org/draft-07/schema#","$id":"https://callguard.dev/schemas/event.schema.json","title":"CallGuard call event","description":"One event of a call, as fed to a session. One event a line (JSONL) on disk. See docs/semantics.md.","type":"object","required":["type"],"properties":{"type":{"enum":["call_started","utterance","silence","poor_line","line_dropped","agent_action","call_ended"]}},"discriminator":{"propertyName":"type"},"oneOf":[{"title":"call_started","description":"The call begins.","type":"object","properties":{"type":{"const":"call_started"},"at":{"$ref":"#/definitions/at"},"call":{"type":"object","properties":{"id":{"type":"string"},"queue":{"type":"string"},"peak_hours":{"type":"boolean"},"channel":{"type":"string"}},"required":["id"],"additionalProperties":false},"caller":{"type":"object","description":"What the CRM knows about the caller; absent numbers are 0, absent booleans false.","properties":{"incidents_30d":{"type":"integer","minimum":0},"warnings":{"type":"integer","minimum":0},"repeat_calls_7d":{"type":"integer","minimum":0},"withheld":{"type":"boolean"},"verified":{"type":"boolean"},"refused_verification":{"type":"boolean"}},"additionalProperties":false}},"required":["type","at","call"],"additionalProperties":false},{"title":"utterance","description":"Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1.","type":"object","properties":{"type":{"const":"utterance"},"at":{"$ref":"#/definitions/at"},"speaker":{"enum":["customer","agent"]},"text":{"type":"string"},"signals":{"type":"object","properties":{"profanity":{"$ref":"#/definitions/confidence"},"slur":{"$ref":"#/definitions/confidence"},"hate_speech":{"$ref":"#/definitions/confidence"},"threat":{"$ref":"#/definitions/confidence"},"sexual_harassment":{"$ref":"#/definitions/confidence"},"harassment":{"$ref":"#/definitions/confidence"},"rudeness":{"$ref":"#/definitions/confidence"},"unreasonable_demand":{"$ref":"#/definitions/confidence"},"uncooperative":{"$ref":"#/definitions/confidence"},"aggression":{"$ref":"#/definitions/confidence"}},"additionalProperties":false}},"required":["type","at","speaker","signals"],"additionalProperties":false},{"title":"silence","description":"Dead air of that many seconds.","type":"object","properties":{"type":{"const":"silence"},"at":{"$ref":"#/definitions/at"},"seconds":{"type":"number","minimum":0}},"required":["type","at","seconds"],"additionalProperties":false},{"title":"poor_line","description":"The line is degrading.","type":"object","properties":{"type":{"const":"poor_line"},"at":{"$ref":"#/definitions/at"}},"required":["type","at"],"additionalProperties":false},{"title":"line_dropped","description":"The line went down (a technical disconnect, not a hang-up).","type":"object","properties":{"type":{"const":"line_dropped"},"at":{"$ref":"#/definitions/at"}},"required":["type","at"],"additionalProperties":false},{"title":"agent_action","description":"What the agent actually did, e.g. a warning given by hand.","type":"object","properties":{"type":{"const":"agent_action"},"at":{"$ref":"#/definitions/at"},"action":{"enum":["continue","remind","deescalate","warn","escalate","end_call","block_caller","callback"]},"rule":{"type":"string"}},"required":["type","at","action"],"additionalProperties":false},{"title":"call_ended","description":"The call is over.","type":"object","properties":{"type":{"const":"call_ended"},"at":{"$ref":"#/definitions/at"},"by":{"enum":["customer","agent","system"]}},"required":["type","at"],"additionalProperties":false}],"definitions":{"at":{"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."},"confidence":{"type":"number","minimum":0,"maximum":1}}};
const schema12 = {"type":"string","pattern":"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$","description":"ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."};
const schema14 = {"type":"number","minimum":0,"maximum":1};
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
if(!(((((((data0 === "call_started") || (data0 === "utterance")) || (data0 === "silence")) || (data0 === "poor_line")) || (data0 === "line_dropped")) || (data0 === "agent_action")) || (data0 === "call_ended"))){
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
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
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
if(!((((key1 === "id") || (key1 === "queue")) || (key1 === "peak_hours")) || (key1 === "channel"))){
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
const _errs19 = errors;
if(typeof data3.channel !== "string"){
validate10.errors = [{instancePath:instancePath+"/call/channel",schemaPath:"#/oneOf/0/properties/call/properties/channel/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid5 = _errs19 === errors;
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
let data8 = data.caller;
const _errs21 = errors;
if(errors === _errs21){
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
const _errs23 = errors;
for(const key2 in data8){
if(!((((((key2 === "incidents_30d") || (key2 === "warnings")) || (key2 === "repeat_calls_7d")) || (key2 === "withheld")) || (key2 === "verified")) || (key2 === "refused_verification"))){
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs23 === errors){
if(data8.incidents_30d !== undefined){
let data9 = data8.incidents_30d;
const _errs24 = errors;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs24){
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 < 0 || isNaN(data9)){
validate10.errors = [{instancePath:instancePath+"/caller/incidents_30d",schemaPath:"#/oneOf/0/properties/caller/properties/incidents_30d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs24 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.warnings !== undefined){
let data10 = data8.warnings;
const _errs26 = errors;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs26){
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 < 0 || isNaN(data10)){
validate10.errors = [{instancePath:instancePath+"/caller/warnings",schemaPath:"#/oneOf/0/properties/caller/properties/warnings/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs26 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.repeat_calls_7d !== undefined){
let data11 = data8.repeat_calls_7d;
const _errs28 = errors;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/type",keyword:"type",params:{type: "integer"},message:"must be integer"}];
return false;
}
if(errors === _errs28){
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 < 0 || isNaN(data11)){
validate10.errors = [{instancePath:instancePath+"/caller/repeat_calls_7d",schemaPath:"#/oneOf/0/properties/caller/properties/repeat_calls_7d/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
var valid6 = _errs28 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.withheld !== undefined){
const _errs30 = errors;
if(typeof data8.withheld !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/withheld",schemaPath:"#/oneOf/0/properties/caller/properties/withheld/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs30 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.verified !== undefined){
const _errs32 = errors;
if(typeof data8.verified !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/verified",schemaPath:"#/oneOf/0/properties/caller/properties/verified/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs32 === errors;
}
else {
var valid6 = true;
}
if(valid6){
if(data8.refused_verification !== undefined){
const _errs34 = errors;
if(typeof data8.refused_verification !== "boolean"){
validate10.errors = [{instancePath:instancePath+"/caller/refused_verification",schemaPath:"#/oneOf/0/properties/caller/properties/refused_verification/type",keyword:"type",params:{type: "boolean"},message:"must be boolean"}];
return false;
}
var valid6 = _errs34 === errors;
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
validate10.errors = [{instancePath:instancePath+"/caller",schemaPath:"#/oneOf/0/properties/caller/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
var valid3 = _errs21 === errors;
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
const _errs36 = errors;
if(errors === _errs36){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing3;
if(((((data.type === undefined) && (missing3 = "type")) || ((data.at === undefined) && (missing3 = "at"))) || ((data.speaker === undefined) && (missing3 = "speaker"))) || ((data.signals === undefined) && (missing3 = "signals"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/required",keyword:"required",params:{missingProperty: missing3},message:"must have required property '"+missing3+"'"}];
return false;
}
else {
const _errs38 = errors;
for(const key3 in data){
if(!(((((key3 === "type") || (key3 === "at")) || (key3 === "speaker")) || (key3 === "text")) || (key3 === "signals"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs38 === errors){
if(data.type !== undefined){
const _errs39 = errors;
if("utterance" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/1/properties/type/const",keyword:"const",params:{allowedValue: "utterance"},message:"must be equal to constant"}];
return false;
}
var valid8 = _errs39 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.at !== undefined){
let data16 = data.at;
const _errs40 = errors;
const _errs41 = errors;
if(errors === _errs41){
if(typeof data16 === "string"){
if(!pattern0.test(data16)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid8 = _errs40 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.speaker !== undefined){
let data17 = data.speaker;
const _errs43 = errors;
if(!((data17 === "customer") || (data17 === "agent"))){
validate10.errors = [{instancePath:instancePath+"/speaker",schemaPath:"#/oneOf/1/properties/speaker/enum",keyword:"enum",params:{allowedValues: schema11.oneOf[1].properties.speaker.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid8 = _errs43 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.text !== undefined){
const _errs44 = errors;
if(typeof data.text !== "string"){
validate10.errors = [{instancePath:instancePath+"/text",schemaPath:"#/oneOf/1/properties/text/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid8 = _errs44 === errors;
}
else {
var valid8 = true;
}
if(valid8){
if(data.signals !== undefined){
let data19 = data.signals;
const _errs46 = errors;
if(errors === _errs46){
if(data19 && typeof data19 == "object" && !Array.isArray(data19)){
const _errs48 = errors;
for(const key4 in data19){
if(!(func2.call(schema11.oneOf[1].properties.signals.properties, key4))){
validate10.errors = [{instancePath:instancePath+"/signals",schemaPath:"#/oneOf/1/properties/signals/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs48 === errors){
if(data19.profanity !== undefined){
let data20 = data19.profanity;
const _errs49 = errors;
const _errs50 = errors;
if(errors === _errs50){
if((typeof data20 == "number") && (isFinite(data20))){
if(data20 > 1 || isNaN(data20)){
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data20 < 0 || isNaN(data20)){
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/profanity",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs49 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.slur !== undefined){
let data21 = data19.slur;
const _errs52 = errors;
const _errs53 = errors;
if(errors === _errs53){
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 1 || isNaN(data21)){
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data21 < 0 || isNaN(data21)){
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/slur",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs52 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.hate_speech !== undefined){
let data22 = data19.hate_speech;
const _errs55 = errors;
const _errs56 = errors;
if(errors === _errs56){
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 1 || isNaN(data22)){
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data22 < 0 || isNaN(data22)){
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/hate_speech",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs55 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.threat !== undefined){
let data23 = data19.threat;
const _errs58 = errors;
const _errs59 = errors;
if(errors === _errs59){
if((typeof data23 == "number") && (isFinite(data23))){
if(data23 > 1 || isNaN(data23)){
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data23 < 0 || isNaN(data23)){
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/threat",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs58 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.sexual_harassment !== undefined){
let data24 = data19.sexual_harassment;
const _errs61 = errors;
const _errs62 = errors;
if(errors === _errs62){
if((typeof data24 == "number") && (isFinite(data24))){
if(data24 > 1 || isNaN(data24)){
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data24 < 0 || isNaN(data24)){
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/sexual_harassment",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs61 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.harassment !== undefined){
let data25 = data19.harassment;
const _errs64 = errors;
const _errs65 = errors;
if(errors === _errs65){
if((typeof data25 == "number") && (isFinite(data25))){
if(data25 > 1 || isNaN(data25)){
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data25 < 0 || isNaN(data25)){
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/harassment",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs64 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.rudeness !== undefined){
let data26 = data19.rudeness;
const _errs67 = errors;
const _errs68 = errors;
if(errors === _errs68){
if((typeof data26 == "number") && (isFinite(data26))){
if(data26 > 1 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data26 < 0 || isNaN(data26)){
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/rudeness",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs67 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.unreasonable_demand !== undefined){
let data27 = data19.unreasonable_demand;
const _errs70 = errors;
const _errs71 = errors;
if(errors === _errs71){
if((typeof data27 == "number") && (isFinite(data27))){
if(data27 > 1 || isNaN(data27)){
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data27 < 0 || isNaN(data27)){
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/unreasonable_demand",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs70 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.uncooperative !== undefined){
let data28 = data19.uncooperative;
const _errs73 = errors;
const _errs74 = errors;
if(errors === _errs74){
if((typeof data28 == "number") && (isFinite(data28))){
if(data28 > 1 || isNaN(data28)){
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data28 < 0 || isNaN(data28)){
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/uncooperative",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs73 === errors;
}
else {
var valid10 = true;
}
if(valid10){
if(data19.aggression !== undefined){
let data29 = data19.aggression;
const _errs76 = errors;
const _errs77 = errors;
if(errors === _errs77){
if((typeof data29 == "number") && (isFinite(data29))){
if(data29 > 1 || isNaN(data29)){
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"#/definitions/confidence/maximum",keyword:"maximum",params:{comparison: "<=", limit: 1},message:"must be <= 1"}];
return false;
}
else {
if(data29 < 0 || isNaN(data29)){
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"#/definitions/confidence/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
}
else {
validate10.errors = [{instancePath:instancePath+"/signals/aggression",schemaPath:"#/definitions/confidence/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid10 = _errs76 === errors;
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
var valid8 = _errs46 === errors;
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
else {
validate10.errors = [{instancePath,schemaPath:"#/oneOf/1/type",keyword:"type",params:{type: "object"},message:"must be object"}];
return false;
}
}
}
else if(tag0 === "silence"){
const _errs79 = errors;
if(errors === _errs79){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing4;
if((((data.type === undefined) && (missing4 = "type")) || ((data.at === undefined) && (missing4 = "at"))) || ((data.seconds === undefined) && (missing4 = "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/required",keyword:"required",params:{missingProperty: missing4},message:"must have required property '"+missing4+"'"}];
return false;
}
else {
const _errs81 = errors;
for(const key5 in data){
if(!(((key5 === "type") || (key5 === "at")) || (key5 === "seconds"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/2/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs81 === errors){
if(data.type !== undefined){
const _errs82 = errors;
if("silence" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/2/properties/type/const",keyword:"const",params:{allowedValue: "silence"},message:"must be equal to constant"}];
return false;
}
var valid22 = _errs82 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.at !== undefined){
let data31 = data.at;
const _errs83 = errors;
const _errs84 = errors;
if(errors === _errs84){
if(typeof data31 === "string"){
if(!pattern0.test(data31)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid22 = _errs83 === errors;
}
else {
var valid22 = true;
}
if(valid22){
if(data.seconds !== undefined){
let data32 = data.seconds;
const _errs86 = errors;
if(errors === _errs86){
if((typeof data32 == "number") && (isFinite(data32))){
if(data32 < 0 || isNaN(data32)){
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/minimum",keyword:"minimum",params:{comparison: ">=", limit: 0},message:"must be >= 0"}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/seconds",schemaPath:"#/oneOf/2/properties/seconds/type",keyword:"type",params:{type: "number"},message:"must be number"}];
return false;
}
}
var valid22 = _errs86 === errors;
}
else {
var valid22 = true;
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
const _errs88 = errors;
if(errors === _errs88){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing5;
if(((data.type === undefined) && (missing5 = "type")) || ((data.at === undefined) && (missing5 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/required",keyword:"required",params:{missingProperty: missing5},message:"must have required property '"+missing5+"'"}];
return false;
}
else {
const _errs90 = errors;
for(const key6 in data){
if(!((key6 === "type") || (key6 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/3/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key6},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs90 === errors){
if(data.type !== undefined){
const _errs91 = errors;
if("poor_line" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/3/properties/type/const",keyword:"const",params:{allowedValue: "poor_line"},message:"must be equal to constant"}];
return false;
}
var valid25 = _errs91 === errors;
}
else {
var valid25 = true;
}
if(valid25){
if(data.at !== undefined){
let data34 = data.at;
const _errs92 = errors;
const _errs93 = errors;
if(errors === _errs93){
if(typeof data34 === "string"){
if(!pattern0.test(data34)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid25 = _errs92 === errors;
}
else {
var valid25 = true;
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
const _errs95 = errors;
if(errors === _errs95){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing6;
if(((data.type === undefined) && (missing6 = "type")) || ((data.at === undefined) && (missing6 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/required",keyword:"required",params:{missingProperty: missing6},message:"must have required property '"+missing6+"'"}];
return false;
}
else {
const _errs97 = errors;
for(const key7 in data){
if(!((key7 === "type") || (key7 === "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/4/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key7},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs97 === errors){
if(data.type !== undefined){
const _errs98 = errors;
if("line_dropped" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/4/properties/type/const",keyword:"const",params:{allowedValue: "line_dropped"},message:"must be equal to constant"}];
return false;
}
var valid28 = _errs98 === errors;
}
else {
var valid28 = true;
}
if(valid28){
if(data.at !== undefined){
let data36 = data.at;
const _errs99 = errors;
const _errs100 = errors;
if(errors === _errs100){
if(typeof data36 === "string"){
if(!pattern0.test(data36)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid28 = _errs99 === errors;
}
else {
var valid28 = true;
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
const _errs102 = errors;
if(errors === _errs102){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing7;
if((((data.type === undefined) && (missing7 = "type")) || ((data.at === undefined) && (missing7 = "at"))) || ((data.action === undefined) && (missing7 = "action"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/required",keyword:"required",params:{missingProperty: missing7},message:"must have required property '"+missing7+"'"}];
return false;
}
else {
const _errs104 = errors;
for(const key8 in data){
if(!((((key8 === "type") || (key8 === "at")) || (key8 === "action")) || (key8 === "rule"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/5/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key8},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs104 === errors){
if(data.type !== undefined){
const _errs105 = errors;
if("agent_action" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/5/properties/type/const",keyword:"const",params:{allowedValue: "agent_action"},message:"must be equal to constant"}];
return false;
}
var valid31 = _errs105 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.at !== undefined){
let data38 = data.at;
const _errs106 = errors;
const _errs107 = errors;
if(errors === _errs107){
if(typeof data38 === "string"){
if(!pattern0.test(data38)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid31 = _errs106 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.action !== undefined){
let data39 = data.action;
const _errs109 = errors;
if(!((((((((data39 === "continue") || (data39 === "remind")) || (data39 === "deescalate")) || (data39 === "warn")) || (data39 === "escalate")) || (data39 === "end_call")) || (data39 === "block_caller")) || (data39 === "callback"))){
validate10.errors = [{instancePath:instancePath+"/action",schemaPath:"#/oneOf/5/properties/action/enum",keyword:"enum",params:{allowedValues: schema11.oneOf[5].properties.action.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid31 = _errs109 === errors;
}
else {
var valid31 = true;
}
if(valid31){
if(data.rule !== undefined){
const _errs110 = errors;
if(typeof data.rule !== "string"){
validate10.errors = [{instancePath:instancePath+"/rule",schemaPath:"#/oneOf/5/properties/rule/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
var valid31 = _errs110 === errors;
}
else {
var valid31 = true;
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
else if(tag0 === "call_ended"){
const _errs112 = errors;
if(errors === _errs112){
if(data && typeof data == "object" && !Array.isArray(data)){
let missing8;
if(((data.type === undefined) && (missing8 = "type")) || ((data.at === undefined) && (missing8 = "at"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/required",keyword:"required",params:{missingProperty: missing8},message:"must have required property '"+missing8+"'"}];
return false;
}
else {
const _errs114 = errors;
for(const key9 in data){
if(!(((key9 === "type") || (key9 === "at")) || (key9 === "by"))){
validate10.errors = [{instancePath,schemaPath:"#/oneOf/6/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key9},message:"must NOT have additional properties"}];
return false;
break;
}
}
if(_errs114 === errors){
if(data.type !== undefined){
const _errs115 = errors;
if("call_ended" !== data.type){
validate10.errors = [{instancePath:instancePath+"/type",schemaPath:"#/oneOf/6/properties/type/const",keyword:"const",params:{allowedValue: "call_ended"},message:"must be equal to constant"}];
return false;
}
var valid34 = _errs115 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.at !== undefined){
let data42 = data.at;
const _errs116 = errors;
const _errs117 = errors;
if(errors === _errs117){
if(typeof data42 === "string"){
if(!pattern0.test(data42)){
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/pattern",keyword:"pattern",params:{pattern: "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"},message:"must match pattern \""+"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$"+"\""}];
return false;
}
}
else {
validate10.errors = [{instancePath:instancePath+"/at",schemaPath:"#/definitions/at/type",keyword:"type",params:{type: "string"},message:"must be string"}];
return false;
}
}
var valid34 = _errs116 === errors;
}
else {
var valid34 = true;
}
if(valid34){
if(data.by !== undefined){
let data43 = data.by;
const _errs119 = errors;
if(!(((data43 === "customer") || (data43 === "agent")) || (data43 === "system"))){
validate10.errors = [{instancePath:instancePath+"/by",schemaPath:"#/oneOf/6/properties/by/enum",keyword:"enum",params:{allowedValues: schema11.oneOf[6].properties.by.enum},message:"must be equal to one of the allowed values"}];
return false;
}
var valid34 = _errs119 === errors;
}
else {
var valid34 = true;
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

/** The JSON Schema of every event (event.schema.json). */
export const eventSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/event.schema.json",
  "title": "CallGuard call event",
  "description": "One event of a call, as fed to a session. One event a line (JSONL) on disk. See docs/semantics.md.",
  "type": "object",
  "required": [
    "type"
  ],
  "properties": {
    "type": {
      "enum": [
        "call_started",
        "utterance",
        "silence",
        "poor_line",
        "line_dropped",
        "agent_action",
        "call_ended"
      ]
    }
  },
  "discriminator": {
    "propertyName": "type"
  },
  "oneOf": [
    {
      "title": "call_started",
      "description": "The call begins.",
      "type": "object",
      "properties": {
        "type": {
          "const": "call_started"
        },
        "at": {
          "$ref": "#/definitions/at"
        },
        "call": {
          "type": "object",
          "properties": {
            "id": {
              "type": "string"
            },
            "queue": {
              "type": "string"
            },
            "peak_hours": {
              "type": "boolean"
            },
            "channel": {
              "type": "string"
            }
          },
          "required": [
            "id"
          ],
          "additionalProperties": false
        },
        "caller": {
          "type": "object",
          "description": "What the CRM knows about the caller; absent numbers are 0, absent booleans false.",
          "properties": {
            "incidents_30d": {
              "type": "integer",
              "minimum": 0
            },
            "warnings": {
              "type": "integer",
              "minimum": 0
            },
            "repeat_calls_7d": {
              "type": "integer",
              "minimum": 0
            },
            "withheld": {
              "type": "boolean"
            },
            "verified": {
              "type": "boolean"
            },
            "refused_verification": {
              "type": "boolean"
            }
          },
          "additionalProperties": false
        }
      },
      "required": [
        "type",
        "at",
        "call"
      ],
      "additionalProperties": false
    },
    {
      "title": "utterance",
      "description": "Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1.",
      "type": "object",
      "properties": {
        "type": {
          "const": "utterance"
        },
        "at": {
          "$ref": "#/definitions/at"
        },
        "speaker": {
          "enum": [
            "customer",
            "agent"
          ]
        },
        "text": {
          "type": "string"
        },
        "signals": {
          "type": "object",
          "properties": {
            "profanity": {
              "$ref": "#/definitions/confidence"
            },
            "slur": {
              "$ref": "#/definitions/confidence"
            },
            "hate_speech": {
              "$ref": "#/definitions/confidence"
            },
            "threat": {
              "$ref": "#/definitions/confidence"
            },
            "sexual_harassment": {
              "$ref": "#/definitions/confidence"
            },
            "harassment": {
              "$ref": "#/definitions/confidence"
            },
            "rudeness": {
              "$ref": "#/definitions/confidence"
            },
            "unreasonable_demand": {
              "$ref": "#/definitions/confidence"
            },
            "uncooperative": {
              "$ref": "#/definitions/confidence"
            },
            "aggression": {
              "$ref": "#/definitions/confidence"
            }
          },
          "additionalProperties": false
        }
      },
      "required": [
        "type",
        "at",
        "speaker",
        "signals"
      ],
      "additionalProperties": false
    },
    {
      "title": "silence",
      "description": "Dead air of that many seconds.",
      "type": "object",
      "properties": {
        "type": {
          "const": "silence"
        },
        "at": {
          "$ref": "#/definitions/at"
        },
        "seconds": {
          "type": "number",
          "minimum": 0
        }
      },
      "required": [
        "type",
        "at",
        "seconds"
      ],
      "additionalProperties": false
    },
    {
      "title": "poor_line",
      "description": "The line is degrading.",
      "type": "object",
      "properties": {
        "type": {
          "const": "poor_line"
        },
        "at": {
          "$ref": "#/definitions/at"
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    },
    {
      "title": "line_dropped",
      "description": "The line went down (a technical disconnect, not a hang-up).",
      "type": "object",
      "properties": {
        "type": {
          "const": "line_dropped"
        },
        "at": {
          "$ref": "#/definitions/at"
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    },
    {
      "title": "agent_action",
      "description": "What the agent actually did, e.g. a warning given by hand.",
      "type": "object",
      "properties": {
        "type": {
          "const": "agent_action"
        },
        "at": {
          "$ref": "#/definitions/at"
        },
        "action": {
          "enum": [
            "continue",
            "remind",
            "deescalate",
            "warn",
            "escalate",
            "end_call",
            "block_caller",
            "callback"
          ]
        },
        "rule": {
          "type": "string"
        }
      },
      "required": [
        "type",
        "at",
        "action"
      ],
      "additionalProperties": false
    },
    {
      "title": "call_ended",
      "description": "The call is over.",
      "type": "object",
      "properties": {
        "type": {
          "const": "call_ended"
        },
        "at": {
          "$ref": "#/definitions/at"
        },
        "by": {
          "enum": [
            "customer",
            "agent",
            "system"
          ]
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    }
  ],
  "definitions": {
    "at": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$",
      "description": "ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."
    },
    "confidence": {
      "type": "number",
      "minimum": 0,
      "maximum": 1
    }
  }
};
