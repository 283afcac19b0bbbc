// Generated from packages/contract/src/schemas/*.schema.json by `pnpm run generate`. Do not edit.

import type { JsonSchema } from './json-schema.js';

/** The JSON Schema of CallGuard vocabulary (`vocabulary.schema.json`). */
export const vocabularySchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/vocabulary.schema.json",
  "title": "CallGuard vocabulary",
  "description": "The words events, decisions and snapshots share with the policy language. A test holds each list to @callguard/dsl's vocabulary.",
  "definitions": {
    "at": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?(Z|[+-]\\d{2}:\\d{2})$",
      "description": "ISO-8601 date-time with a time zone, e.g. 2026-12-01T09:30:05Z."
    },
    "event_id": {
      "type": "string",
      "pattern": "^[!-~]{1,128}$",
      "description": "An event's id for de-duplication: 1 to 128 visible ASCII characters (no spaces), e.g. a Kafka topic-partition-offset or an SQS message id. See docs/semantics.md, \"Duplicates\"."
    },
    "instant": {
      "type": "string",
      "pattern": "^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$",
      "description": "A time as CallGuard writes it: UTC with milliseconds (`toISOString()` form), e.g. 2026-12-01T09:30:05.000Z."
    },
    "confidence": {
      "type": "number",
      "minimum": 0,
      "maximum": 1
    },
    "behaviour": {
      "title": "Behaviour",
      "description": "A behaviour detected on an utterance.",
      "enum": [
        "profanity",
        "slur",
        "hate_speech",
        "threat",
        "sexual_harassment",
        "harassment",
        "rudeness",
        "unreasonable_demand",
        "uncooperative",
        "aggression",
        "recording_staff",
        "repeated_request"
      ]
    },
    "behaviour_name": {
      "title": "BehaviourName",
      "description": "A behaviour by name: a built-in one or one a policy declares with `behaviour`. Letters, digits and `_`, starting with a letter or `_`, as the policy language writes names.",
      "type": "string",
      "pattern": "^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"
    },
    "signal_name": {
      "description": "A behaviour an utterance's signals may carry: any behaviour name but `repeated_request`, which the engine derives.",
      "type": "string",
      "pattern": "^(?!repeated_request$)[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"
    },
    "action": {
      "title": "Action",
      "description": "What an agent does, least to most severe (`callback` stands apart).",
      "enum": [
        "continue",
        "remind",
        "announce",
        "deescalate",
        "warn",
        "route",
        "escalate",
        "refuse",
        "end_call",
        "block_caller",
        "callback"
      ]
    },
    "duty_kind": {
      "title": "DutyKind",
      "description": "An obligation that goes with a decision.",
      "enum": [
        "document",
        "notify",
        "debrief",
        "follow_up",
        "callback",
        "review",
        "support_agent",
        "record_warning",
        "record_strike",
        "record_incident",
        "propose",
        "refer_legal",
        "refer_police",
        "pause_agent",
        "alert",
        "decide",
        "review_recording"
      ]
    },
    "channel": {
      "title": "Channel",
      "description": "How the customer is in contact.",
      "enum": [
        "phone",
        "chat",
        "email",
        "in_person"
      ]
    },
    "speaker": {
      "title": "Speaker",
      "description": "Who is speaking.",
      "enum": [
        "customer",
        "agent"
      ]
    },
    "end_mode": {
      "title": "EndMode",
      "description": "How a call is ended: the agent hangs up, a recorded message plays, or the bot closes.",
      "enum": [
        "hang_up",
        "recorded_message",
        "bot_close"
      ]
    },
    "record_kind": {
      "title": "RecordKind",
      "description": "A kind of record kept on a caller across contacts.",
      "enum": [
        "warning",
        "strike",
        "incident"
      ]
    },
    "restriction_kind": {
      "title": "RestrictionKind",
      "description": "A kind of restriction on future contact.",
      "enum": [
        "written_only",
        "named_contact",
        "call_windows",
        "call_length",
        "voicemail_only",
        "refuse_topic"
      ]
    },
    "restriction_scope": {
      "title": "RestrictionScope",
      "description": "Where a restriction applies.",
      "enum": [
        "organisation",
        "team"
      ]
    },
    "callback_target": {
      "title": "CallbackTarget",
      "description": "Which of the numbers on file a callback goes to.",
      "enum": [
        "all_numbers",
        "primary_number"
      ]
    }
  }
};

/** The JSON Schema of CallEvent (`event.schema.json`). */
export const eventSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/event.schema.json",
  "title": "CallEvent",
  "description": "One event of a call, as fed to a session; on disk, one event a line (JSONL). See docs/semantics.md and docs/wire-format.md.",
  "type": "object",
  "required": [
    "type"
  ],
  "properties": {
    "type": {
      "title": "EventType",
      "description": "What kind of event it is.",
      "enum": [
        "call_started",
        "utterance",
        "silence",
        "poor_line",
        "line_dropped",
        "agent_action",
        "tick",
        "call_ended"
      ]
    }
  },
  "definitions": {
    "placeholder_values": {
      "title": "PlaceholderValues",
      "description": "Words to fill script placeholders with, by placeholder name; an empty string counts as no value (docs/semantics.md, \"Scripts and placeholders\").",
      "type": "object",
      "propertyNames": {
        "pattern": "^[\\p{L}_][\\p{L}\\p{M}\\p{Nd}_]*$"
      },
      "additionalProperties": {
        "type": "string"
      }
    }
  },
  "discriminator": {
    "propertyName": "type"
  },
  "oneOf": [
    {
      "title": "CallStartedEvent",
      "description": "The call begins.",
      "type": "object",
      "properties": {
        "type": {
          "const": "call_started"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        },
        "call": {
          "title": "CallInfo",
          "description": "The call as the contact platform describes it.",
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
              "$ref": "vocabulary.schema.json#/definitions/channel",
              "description": "How the customer is in contact; phone when absent."
            },
            "staff": {
              "type": "array",
              "items": {
                "type": "string"
              },
              "description": "Roles on duty for this call (supervisor, security, ...); absent means unknown."
            },
            "agent_name": {
              "type": "string",
              "description": "The name the agent gives customers: the value of `{agent_name}` in scripts."
            },
            "callback_number": {
              "type": "string",
              "description": "The number the customer can call back on: the value of `{callback_number}` in scripts; without it, the policy's `placeholder callback_number \"...\"`."
            },
            "placeholders": {
              "$ref": "#/definitions/placeholder_values",
              "description": "Values of the policy's `placeholder <name> from call` placeholders, by name."
            }
          },
          "required": [
            "id"
          ],
          "additionalProperties": false
        },
        "caller": {
          "title": "CallerInfo",
          "type": "object",
          "description": "What the CRM knows about the caller; absent numbers are 0, absent booleans false.",
          "properties": {
            "id": {
              "type": "string",
              "description": "The caller's id in the CRM; without it records and restrictions cannot be kept."
            },
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
            },
            "vulnerable": {
              "type": "boolean"
            },
            "adjustments": {
              "type": "boolean",
              "description": "Agreed reasonable adjustments are on file."
            },
            "records": {
              "type": "array",
              "description": "Warnings, strikes and incidents on the caller's record.",
              "items": {
                "title": "CallerRecord",
                "description": "A warning, strike or incident on the caller's record, from an earlier contact or a letter.",
                "type": "object",
                "properties": {
                  "kind": {
                    "$ref": "vocabulary.schema.json#/definitions/record_kind"
                  },
                  "category": {
                    "$ref": "vocabulary.schema.json#/definitions/behaviour_name",
                    "description": "The behaviour it was for: a built-in one, or one a policy declares."
                  },
                  "at": {
                    "$ref": "vocabulary.schema.json#/definitions/at",
                    "description": "When it was given."
                  },
                  "expires": {
                    "$ref": "vocabulary.schema.json#/definitions/at",
                    "description": "When it stops counting; without it, `at` plus the policy's expiry for its kind (or never)."
                  }
                },
                "required": [
                  "kind",
                  "at"
                ],
                "additionalProperties": false
              }
            },
            "restrictions": {
              "type": "array",
              "description": "Restrictions on contact in force, by the policy's name for them.",
              "items": {
                "title": "CallerRestriction",
                "description": "A restriction on contact in force for the caller, by the policy's name for it.",
                "type": "object",
                "properties": {
                  "name": {
                    "type": "string",
                    "description": "The policy's name for the restriction."
                  },
                  "until": {
                    "$ref": "vocabulary.schema.json#/definitions/at",
                    "description": "When it ends."
                  }
                },
                "required": [
                  "name",
                  "until"
                ],
                "additionalProperties": false
              }
            },
            "talk_time_today_s": {
              "type": "number",
              "minimum": 0,
              "description": "Seconds spent in contact today before this call."
            },
            "customer_since": {
              "description": "When the customer relationship (contract) started.",
              "$ref": "vocabulary.schema.json#/definitions/at"
            },
            "name": {
              "type": "string",
              "description": "How to address the customer: the value of `{customer_name}` in scripts."
            },
            "placeholders": {
              "$ref": "#/definitions/placeholder_values",
              "description": "Values of the policy's `placeholder <name> from caller` placeholders, by name."
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
      "title": "UtteranceEvent",
      "description": "Someone spoke; signals say which behaviours were detected, each with a confidence from 0 to 1.",
      "type": "object",
      "properties": {
        "type": {
          "const": "utterance"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        },
        "speaker": {
          "$ref": "vocabulary.schema.json#/definitions/speaker"
        },
        "text": {
          "type": "string",
          "description": "What was said, when known."
        },
        "signals": {
          "title": "Signals",
          "description": "Confidence (0 to 1) for each detected behaviour, built-in or declared by the policy; a missing one is 0. A name the policy neither builds in nor declares is rejected (event/unknown-behaviour).",
          "type": "object",
          "properties": {
            "profanity": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "slur": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "hate_speech": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "threat": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "sexual_harassment": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "harassment": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "rudeness": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "unreasonable_demand": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "uncooperative": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "aggression": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            },
            "recording_staff": {
              "$ref": "vocabulary.schema.json#/definitions/confidence"
            }
          },
          "propertyNames": {
            "$ref": "vocabulary.schema.json#/definitions/signal_name"
          },
          "additionalProperties": {
            "$ref": "vocabulary.schema.json#/definitions/confidence"
          }
        },
        "request": {
          "type": "string",
          "description": "A label for what the speaker is asking for; a customer repeating it is `repeated_request`."
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
      "title": "SilenceEvent",
      "description": "Dead air of that many seconds.",
      "type": "object",
      "properties": {
        "type": {
          "const": "silence"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        },
        "seconds": {
          "type": "number",
          "minimum": 0,
          "description": "How long the line was silent."
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
      "title": "PoorLineEvent",
      "description": "The line is degrading.",
      "type": "object",
      "properties": {
        "type": {
          "const": "poor_line"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    },
    {
      "title": "LineDroppedEvent",
      "description": "The line went down (a technical disconnect, not a hang-up).",
      "type": "object",
      "properties": {
        "type": {
          "const": "line_dropped"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    },
    {
      "title": "AgentActionEvent",
      "description": "What the agent actually did, e.g. a warning given by hand.",
      "type": "object",
      "properties": {
        "type": {
          "const": "agent_action"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        },
        "action": {
          "$ref": "vocabulary.schema.json#/definitions/action"
        },
        "rule": {
          "type": "string",
          "description": "The rule whose step the agent says it follows."
        },
        "script": {
          "type": "string",
          "description": "The script the agent used, by the policy's name for it: it counts towards a step's choice of scripts (`with any 2 of (...)`), and a step takes the action only with one of its own scripts (docs/semantics.md, \"Choices of scripts\")."
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
      "title": "TickEvent",
      "description": "A timer: time has passed (event time) with nothing else to report.",
      "type": "object",
      "properties": {
        "type": {
          "const": "tick"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    },
    {
      "title": "CallEndedEvent",
      "description": "The call is over.",
      "type": "object",
      "properties": {
        "type": {
          "const": "call_ended"
        },
        "id": {
          "$ref": "vocabulary.schema.json#/definitions/event_id",
          "description": "The event's id, when the pipeline gives one: a second event with an id the session has handled gets the first one's decision again and changes nothing (docs/semantics.md, \"Duplicates\")."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/at",
          "description": "When it happened: ISO-8601 with a time zone."
        },
        "by": {
          "enum": [
            "customer",
            "agent",
            "system"
          ],
          "description": "Who ended it."
        }
      },
      "required": [
        "type",
        "at"
      ],
      "additionalProperties": false
    }
  ]
};

/** The JSON Schema of Decision (`decision.schema.json`). */
export const decisionSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/decision.schema.json",
  "title": "Decision",
  "description": "What to do after one event (docs/semantics.md, \"The decision\"). Keys appear in the order listed here. `rule`, `step` and `script`, and the step's details from `to` to `daily_cap`, are present only when the winning step has them; the rest always are.",
  "type": "object",
  "properties": {
    "v": {
      "const": 1,
      "description": "The decision format's version."
    },
    "action": {
      "$ref": "vocabulary.schema.json#/definitions/action",
      "description": "The recommended action: the winning rule's current step."
    },
    "rule": {
      "$ref": "#/definitions/rule_ref",
      "description": "The rule the decision follows."
    },
    "step": {
      "$ref": "#/definitions/step_ref",
      "description": "The winning rule's step."
    },
    "script": {
      "$ref": "#/definitions/script_ref",
      "description": "What to say; for an `agent_action` that names one, the script the agent used."
    },
    "script_set": {
      "$ref": "#/definitions/script_set",
      "description": "The step's choice of scripts (`with any 2 of (...)`), with those the agent has used."
    },
    "to": {
      "type": "string",
      "description": "Escalate to (a role)."
    },
    "by": {
      "type": "string",
      "description": "Who takes the action (a role); absent means the frontline agent."
    },
    "mode": {
      "$ref": "vocabulary.schema.json#/definitions/end_mode",
      "description": "How the call ends (end_call, block_caller)."
    },
    "team": {
      "type": "string",
      "description": "Route to (a team)."
    },
    "approved_by": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "minItems": 1,
      "description": "Roles whose approval the action needs; two means two people."
    },
    "approvers_missing": {
      "type": "array",
      "items": {
        "type": "string"
      },
      "minItems": 1,
      "description": "The approvers not on duty for the call (`call.staff`), when staff was given and some are missing."
    },
    "for_ms": {
      "$ref": "#/definitions/ms",
      "description": "Block period."
    },
    "within_ms": {
      "$ref": "#/definitions/ms",
      "description": "Callback deadline."
    },
    "callback_to": {
      "$ref": "vocabulary.schema.json#/definitions/callback_target",
      "description": "Callback: which numbers on file."
    },
    "window": {
      "$ref": "#/definitions/call_window",
      "description": "Callback: the customer's local calling hours."
    },
    "daily_cap": {
      "type": "integer",
      "minimum": 0,
      "description": "Callback: at most this many a day."
    },
    "offered": {
      "type": "array",
      "items": {
        "$ref": "vocabulary.schema.json#/definitions/action"
      },
      "minItems": 1,
      "description": "A `may` step won: the actions it permits, least to most severe, none recommended (`action` is then continue). Absent otherwise."
    },
    "allowed": {
      "type": "array",
      "items": {
        "$ref": "vocabulary.schema.json#/definitions/action"
      },
      "description": "What the agent may do now, least to most severe: continue, remind, deescalate and escalate always, plus every fired rule's current step and its alternatives."
    },
    "required": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/duty"
      },
      "description": "What the agent must do now: the `must` duties of every fired rule."
    },
    "duties": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/duty"
      },
      "description": "What is owed, during or after the call: the duties of every fired rule."
    },
    "matched": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/match"
      },
      "description": "Every rule that fired, in policy order."
    },
    "ended": {
      "type": "boolean",
      "description": "True when the call is over after this event; later events are rejected."
    },
    "policy": {
      "$ref": "#/definitions/policy_ref",
      "description": "The policy version that made the decision."
    },
    "event": {
      "$ref": "#/definitions/event_ref",
      "description": "The event the decision answers."
    }
  },
  "required": [
    "v",
    "action",
    "allowed",
    "required",
    "duties",
    "matched",
    "ended",
    "policy",
    "event"
  ],
  "additionalProperties": false,
  "definitions": {
    "ms": {
      "type": "integer",
      "minimum": 0
    },
    "rule_ref": {
      "title": "RuleRef",
      "description": "The rule a decision follows.",
      "type": "object",
      "properties": {
        "id": {
          "type": "string"
        },
        "title": {
          "type": "string"
        }
      },
      "required": [
        "id",
        "title"
      ],
      "additionalProperties": false
    },
    "step_ref": {
      "title": "StepRef",
      "description": "A ladder position: step `n` of `of`.",
      "type": "object",
      "properties": {
        "n": {
          "type": "integer",
          "minimum": 1
        },
        "of": {
          "type": "integer",
          "minimum": 1
        }
      },
      "required": [
        "n",
        "of"
      ],
      "additionalProperties": false
    },
    "script_ref": {
      "title": "ScriptRef",
      "description": "A named script and its words. On the decision's own `script`, a script with placeholders also carries `filled`, and `missing` when some have no value; a duty's script is the policy's words alone.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "text": {
          "type": "string",
          "description": "The words as the policy writes them, placeholders as `{name}`."
        },
        "filled": {
          "type": "string",
          "description": "The words with each placeholder replaced by its value for this call; one with no value stays as written (`{customer_name}`). Present when the script has placeholders."
        },
        "missing": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "minItems": 1,
          "description": "The placeholders with no value for this call, in the order first written; present only when some are missing."
        }
      },
      "required": [
        "name",
        "text"
      ],
      "additionalProperties": false
    },
    "script_set": {
      "title": "ScriptSetRef",
      "description": "A step's choice of scripts: it is done once the agent has used `at_least` different ones of `scripts`.",
      "type": "object",
      "properties": {
        "at_least": {
          "type": "integer",
          "minimum": 1
        },
        "scripts": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/script_ref"
          },
          "description": "The scripts to choose from, as written, each filled for this call."
        },
        "used": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "Those the agent has reported using on this call, in the order written."
        }
      },
      "required": [
        "at_least",
        "scripts",
        "used"
      ],
      "additionalProperties": false
    },
    "call_window": {
      "title": "CallWindow",
      "description": "Local calling hours, `HH:MM` to `HH:MM` in the customer's time.",
      "type": "object",
      "properties": {
        "from": {
          "$ref": "#/definitions/clock_time"
        },
        "to": {
          "$ref": "#/definitions/clock_time"
        }
      },
      "required": [
        "from",
        "to"
      ],
      "additionalProperties": false
    },
    "clock_time": {
      "type": "string",
      "pattern": "^\\d+:\\d+$",
      "description": "`HH:MM`, as the policy wrote it."
    },
    "duty": {
      "title": "Duty",
      "description": "An obligation owed by a rule that fired. Keys appear in the order listed here; each optional one is present only when the duty has it.",
      "type": "object",
      "properties": {
        "kind": {
          "$ref": "vocabulary.schema.json#/definitions/duty_kind"
        },
        "rule": {
          "type": "string",
          "description": "The rule that owes it."
        },
        "target": {
          "type": "string",
          "description": "Who is notified or alerted (a role), when the duty names someone."
        },
        "script": {
          "$ref": "#/definitions/script_ref"
        },
        "owner": {
          "type": "string",
          "description": "The role that owns the duty (`by`)."
        },
        "subject": {
          "const": "agent",
          "description": "`agent` for duties towards the agent (debrief, support_agent, pause_agent); absent means the customer."
        },
        "category": {
          "$ref": "vocabulary.schema.json#/definitions/behaviour_name",
          "description": "`record_*` duties: the first behaviour (vocabulary order) of the rule's condition detected on this event."
        },
        "appeal_working_days": {
          "type": "integer",
          "minimum": 0,
          "description": "`record_*` duties whose kind the policy lets the customer appeal (`record warning expires after 365d, appeal within 10 working_days`): the working days they have."
        },
        "reply_working_days": {
          "type": "integer",
          "minimum": 0,
          "description": "`record_*` duties: the working days the organisation has to decide an appeal (`, reply within 20 working_days`)."
        },
        "restriction": {
          "$ref": "#/definitions/proposed_restriction",
          "description": "`propose` duties: the restriction proposed."
        },
        "sanction": {
          "type": "string",
          "description": "`decide` duties: the sanction to decide on."
        },
        "for_ms": {
          "$ref": "#/definitions/ms",
          "description": "`for`: how long (pause_agent)."
        },
        "within_ms": {
          "$ref": "#/definitions/ms",
          "description": "The duty's deadline as a period."
        },
        "due": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The event's `at` plus `within_ms`."
        },
        "callback_to": {
          "$ref": "vocabulary.schema.json#/definitions/callback_target"
        },
        "window": {
          "$ref": "#/definitions/call_window"
        },
        "daily_cap": {
          "type": "integer",
          "minimum": 0
        }
      },
      "required": [
        "kind",
        "rule"
      ],
      "additionalProperties": false
    },
    "proposed_restriction": {
      "title": "ProposedRestriction",
      "description": "The restriction a `propose` duty proposes: the policy's definition (fields it leaves out are absent), and this proposal's dates.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "title": {
          "type": "string"
        },
        "kind": {
          "$ref": "vocabulary.schema.json#/definitions/restriction_kind"
        },
        "scope": {
          "$ref": "vocabulary.schema.json#/definitions/restriction_scope"
        },
        "channels": {
          "type": "array",
          "items": {
            "$ref": "vocabulary.schema.json#/definitions/channel"
          },
          "description": "The channels it restricts; empty means all."
        },
        "max_ms": {
          "$ref": "#/definitions/ms",
          "description": "`lasts up to`: the longest it may last."
        },
        "review_after_ms": {
          "$ref": "#/definitions/ms",
          "description": "`reviewed after`: when it must be reviewed, after it starts."
        },
        "review_every_ms": {
          "$ref": "#/definitions/ms",
          "description": "`reviewed after 90d, then every 180d`: how often it is reviewed again after the first review."
        },
        "independent_review": {
          "type": "boolean",
          "description": "The reviewer must not be the person who decided it."
        },
        "lift_when": {
          "type": "string",
          "description": "The condition for lifting it, in words."
        },
        "approvers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "One role, or two people who must both agree."
        },
        "appeal_working_days": {
          "type": "integer",
          "minimum": 0,
          "description": "`appeal within N working_days`."
        },
        "reply_working_days": {
          "type": "integer",
          "minimum": 0,
          "description": "`, reply within N working_days`: how long the organisation has to decide an appeal."
        },
        "review_due": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The event's `at` plus `review_after_ms`."
        },
        "max_until": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The event's `at` plus `max_ms`: the latest it may last."
        }
      },
      "required": [
        "name",
        "title",
        "kind",
        "scope",
        "channels",
        "max_ms",
        "review_after_ms",
        "independent_review",
        "approvers",
        "review_due",
        "max_until"
      ],
      "additionalProperties": false
    },
    "match": {
      "title": "Match",
      "description": "A rule that fired on the event, with the step it took.",
      "type": "object",
      "properties": {
        "rule": {
          "type": "string"
        },
        "action": {
          "$ref": "vocabulary.schema.json#/definitions/action"
        },
        "step": {
          "$ref": "#/definitions/step_ref"
        },
        "why": {
          "type": "string",
          "description": "Why it fired, in words. Not compared by the differential test."
        }
      },
      "required": [
        "rule",
        "action",
        "step",
        "why"
      ],
      "additionalProperties": false
    },
    "policy_ref": {
      "title": "PolicyRef",
      "description": "The policy version that made a decision.",
      "type": "object",
      "properties": {
        "name": {
          "type": "string"
        },
        "version": {
          "type": "string"
        },
        "hash": {
          "type": "string",
          "description": "The SHA-256 of the policy's meaning, in hex (see docs/design.md)."
        }
      },
      "required": [
        "name",
        "version",
        "hash"
      ],
      "additionalProperties": false
    },
    "event_ref": {
      "title": "EventRef",
      "description": "The event a decision answers.",
      "type": "object",
      "properties": {
        "seq": {
          "type": "integer",
          "minimum": 0,
          "description": "0 for the opening decision (`call_started`), then 1, 2, ... for each event handled."
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The event's `at`, normalised."
        },
        "type": {
          "$ref": "event.schema.json#/properties/type"
        },
        "channel": {
          "$ref": "vocabulary.schema.json#/definitions/channel",
          "description": "The call's channel."
        }
      },
      "required": [
        "seq",
        "at",
        "type",
        "channel"
      ],
      "additionalProperties": false
    }
  }
};

/** The JSON Schema of SessionSnapshot (`snapshot.schema.json`). */
export const snapshotSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/snapshot.schema.json",
  "title": "SessionSnapshot",
  "description": "A session's state as small JSON, which `CompiledPolicy.restore` turns back into a session, in this process or another (docs/semantics.md, \"Snapshots\").",
  "type": "object",
  "properties": {
    "v": {
      "const": 1,
      "description": "The snapshot format's version."
    },
    "policy": {
      "type": "string",
      "description": "The hash of the policy that made the decisions so far."
    },
    "start": {
      "$ref": "event.schema.json#/oneOf/0",
      "description": "The call's `call_started` event, `at` normalised."
    },
    "seq": {
      "type": "integer",
      "minimum": 1,
      "description": "The `seq` the next accepted event gets."
    },
    "at": {
      "type": "integer",
      "minimum": 0,
      "description": "The latest accepted event's time, in ms after `start.at`."
    },
    "ended": {
      "type": "boolean",
      "description": "True once the call is over."
    },
    "ladders": {
      "type": "array",
      "items": {
        "type": "integer",
        "minimum": 0
      },
      "description": "Per rule, in policy order: how many steps it has taken, capped at its ladder's length. Below the length this is also the 0-based index of its current step (as version 1 snapshots wrote it); the length itself means the last step has been taken and is the current one still."
    },
    "counts": {
      "type": "array",
      "items": {
        "type": "array",
        "items": {
          "type": "integer",
          "minimum": 0
        }
      },
      "description": "Per count condition, in policy order: the detections that can still count, oldest first, in ms after `start.at`."
    },
    "script_sets": {
      "type": "array",
      "items": {
        "type": "integer",
        "minimum": 0
      },
      "description": "Per step with a choice of scripts, in policy order: the scripts of it the agent has used, one bit each in the order written. Absent when the policy has no such step."
    },
    "request": {
      "type": "string",
      "description": "The last customer request label, when the policy reads `repeated_request` and there was one."
    },
    "spoken": {
      "const": true,
      "description": "Present once the customer has spoken, when the policy reads `call.customer_spoken`."
    },
    "seen": {
      "type": "array",
      "maxItems": 32,
      "items": {
        "title": "SeenEvent",
        "description": "An event id the session has handled, with the decision it gave.",
        "type": "object",
        "properties": {
          "id": {
            "$ref": "vocabulary.schema.json#/definitions/event_id"
          },
          "decision": {
            "$ref": "decision.schema.json"
          }
        },
        "required": [
          "id",
          "decision"
        ],
        "additionalProperties": false
      },
      "description": "The ids of the latest accepted events that had one (at most 32), oldest first, with their decisions: a redelivery gets the same decision again. Absent when none had an id."
    },
    "forgotten": {
      "type": "integer",
      "minimum": 0,
      "description": "The time, in ms after `start.at`, of the latest event id dropped from `seen`; an event with an id not in `seen` must come later. Absent until one is dropped."
    },
    "moved": {
      "type": "array",
      "items": {
        "type": "integer",
        "minimum": 0
      },
      "description": "Per rule, in policy order: when it last took a step, in ms after `start.at` (0 before it has taken one). Present only when the policy has steps written `after` or `at once`."
    },
    "mac": {
      "type": "string",
      "description": "`<key id>:<HMAC-SHA256 hex>` when the snapshot was taken with a key (see the engine's `SnapshotKey`)."
    }
  },
  "required": [
    "v",
    "policy",
    "start",
    "seq",
    "at",
    "ended",
    "ladders",
    "counts"
  ],
  "additionalProperties": false
};

/** The JSON Schema of RestrictionList (`restrictions.schema.json`). */
export const restrictionsSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/restrictions.schema.json",
  "title": "RestrictionList",
  "description": "What `callguard restrictions --json` prints: the restrictions kept in a store, oldest proposal first.",
  "type": "object",
  "properties": {
    "v": {
      "const": 1,
      "description": "The format's version."
    },
    "restrictions": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/restriction"
      }
    }
  },
  "required": [
    "v",
    "restrictions"
  ],
  "additionalProperties": false,
  "definitions": {
    "restriction": {
      "title": "RestrictionRecord",
      "description": "A restriction of contact with a caller, as a store keeps it.",
      "type": "object",
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 1
        },
        "caller_id": {
          "type": "string"
        },
        "name": {
          "type": "string",
          "description": "The policy's name for the restriction."
        },
        "title": {
          "type": "string"
        },
        "kind": {
          "$ref": "vocabulary.schema.json#/definitions/restriction_kind"
        },
        "scope": {
          "$ref": "vocabulary.schema.json#/definitions/restriction_scope"
        },
        "status": {
          "enum": [
            "proposed",
            "approved",
            "active",
            "lifted",
            "rejected"
          ],
          "description": "Proposed (until every approving role has approved), then approved or rejected; reviewed (active) or lifted."
        },
        "proposed_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "max_until": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The latest it may last."
        },
        "review_due": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "until": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "When it ends; set on approval."
        },
        "approvers": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The roles that must approve it."
        },
        "approvals": {
          "type": "array",
          "items": {
            "$ref": "#/definitions/approval"
          },
          "description": "The approvals given so far, oldest first; absent when none."
        },
        "awaiting": {
          "type": "array",
          "items": {
            "type": "string"
          },
          "description": "The approving roles a proposed restriction still waits for; absent when none."
        },
        "independent_review": {
          "type": "boolean",
          "description": "The reviewer must not be anyone who decided it."
        },
        "appeal_working_days": {
          "type": "integer",
          "minimum": 0
        },
        "decided_by": {
          "type": "string",
          "description": "Who rejected it, or gave the approval that completed it."
        },
        "decided_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "reviewed_by": {
          "type": "string"
        },
        "reviewed_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "call_id": {
          "type": "string",
          "description": "The call whose decision proposed it."
        },
        "rule": {
          "type": "string",
          "description": "The rule that proposed it."
        },
        "policy": {
          "$ref": "decision.schema.json#/definitions/policy_ref"
        },
        "details": {
          "type": "object",
          "additionalProperties": true,
          "description": "The proposal as the decision gave it (a `ProposedRestriction`)."
        }
      },
      "required": [
        "id",
        "caller_id",
        "name",
        "status",
        "proposed_at",
        "approvers",
        "independent_review",
        "call_id",
        "rule",
        "policy",
        "details"
      ],
      "additionalProperties": false
    },
    "approval": {
      "title": "RestrictionApprovalRecord",
      "description": "One approval of a restriction: who gave it, in which approving role, and when.",
      "type": "object",
      "properties": {
        "role": {
          "type": "string",
          "description": "The approving role it fills; absent for a restriction that names none."
        },
        "by": {
          "type": "string"
        },
        "at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "until": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The end this approver agreed to, when they set one."
        }
      },
      "required": [
        "by",
        "at"
      ],
      "additionalProperties": false
    }
  }
};

/** The JSON Schema of DutyList (`duties.schema.json`). */
export const dutiesSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/duties.schema.json",
  "title": "DutyList",
  "description": "What `callguard duties --json` prints: a store's open (or overdue) duties at `now`, soonest due first.",
  "type": "object",
  "properties": {
    "v": {
      "const": 1,
      "description": "The format's version."
    },
    "now": {
      "$ref": "vocabulary.schema.json#/definitions/instant",
      "description": "The time `overdue` is judged at."
    },
    "duties": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/duty"
      }
    }
  },
  "required": [
    "v",
    "now",
    "duties"
  ],
  "additionalProperties": false,
  "definitions": {
    "duty": {
      "title": "DutyRecord",
      "description": "A duty a store keeps until someone does it.",
      "type": "object",
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 1
        },
        "call_id": {
          "type": "string"
        },
        "caller_id": {
          "type": "string"
        },
        "event_seq": {
          "type": "integer",
          "minimum": 0,
          "description": "The `seq` of the event whose decision owed it."
        },
        "kind": {
          "$ref": "vocabulary.schema.json#/definitions/duty_kind"
        },
        "rule": {
          "type": "string"
        },
        "owner": {
          "type": "string"
        },
        "target": {
          "type": "string"
        },
        "due": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "status": {
          "enum": [
            "open",
            "done"
          ]
        },
        "overdue": {
          "type": "boolean",
          "description": "Open and due before `now`."
        },
        "created_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The `at` of the event that created it."
        },
        "done_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "done_by": {
          "type": "string"
        },
        "policy": {
          "$ref": "decision.schema.json#/definitions/policy_ref"
        },
        "details": {
          "$ref": "decision.schema.json#/definitions/duty",
          "description": "The duty as the decision gave it."
        }
      },
      "required": [
        "id",
        "call_id",
        "event_seq",
        "kind",
        "rule",
        "status",
        "overdue",
        "created_at",
        "policy",
        "details"
      ],
      "additionalProperties": false
    }
  }
};

/** The JSON Schema of AppealList (`appeals.schema.json`). */
export const appealsSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/appeals.schema.json",
  "title": "AppealList",
  "description": "What `callguard appeals --json` prints: customers' appeals against restrictions and records, oldest first, at `now`.",
  "type": "object",
  "properties": {
    "v": {
      "const": 1,
      "description": "The format's version."
    },
    "now": {
      "$ref": "vocabulary.schema.json#/definitions/instant",
      "description": "The time `overdue` is judged at."
    },
    "appeals": {
      "type": "array",
      "items": {
        "$ref": "#/definitions/appeal"
      }
    }
  },
  "required": [
    "v",
    "now",
    "appeals"
  ],
  "additionalProperties": false,
  "definitions": {
    "appeal": {
      "title": "AppealRecord",
      "description": "An appeal against a restriction or a record, and how it was decided.",
      "type": "object",
      "properties": {
        "id": {
          "type": "integer",
          "minimum": 1
        },
        "subject": {
          "enum": [
            "restriction",
            "record"
          ],
          "description": "What is appealed."
        },
        "subject_id": {
          "type": "integer",
          "minimum": 1,
          "description": "The restriction's or the record's id."
        },
        "caller_id": {
          "type": "string"
        },
        "lodged_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "lodged_by": {
          "type": "string",
          "description": "Who recorded it."
        },
        "grounds": {
          "type": "string"
        },
        "deadline": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The end of the customer's last working day to appeal; absent when the policy sets none."
        },
        "late_reason": {
          "type": "string",
          "description": "Present when it was lodged after its deadline and accepted: why."
        },
        "reply_due": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The end of the organisation's last working day to decide it; absent when the policy sets none."
        },
        "overdue": {
          "type": "boolean",
          "description": "Open and past `reply_due` at `now`."
        },
        "status": {
          "enum": [
            "open",
            "decided"
          ]
        },
        "heard_by": {
          "type": "string",
          "description": "Who decided it: someone independent of the decision appealed."
        },
        "heard_at": {
          "$ref": "vocabulary.schema.json#/definitions/instant"
        },
        "outcome": {
          "enum": [
            "keep",
            "amend",
            "lift"
          ]
        },
        "amended_until": {
          "$ref": "vocabulary.schema.json#/definitions/instant",
          "description": "The new end an `amend` outcome set."
        },
        "reasons": {
          "type": "string",
          "description": "The reasons given to the customer."
        }
      },
      "required": [
        "id",
        "subject",
        "subject_id",
        "caller_id",
        "lodged_at",
        "lodged_by",
        "overdue",
        "status"
      ],
      "additionalProperties": false
    }
  }
};

/** The JSON Schema of ExplainedDecision (`explanation.schema.json`). */
export const explanationSchema: JsonSchema = {
  "$schema": "http://json-schema.org/draft-07/schema#",
  "$id": "https://callguard.dev/schemas/explanation.schema.json",
  "title": "ExplainedDecision",
  "description": "What `callguard explain --json` prints: one event of a call, its decision, and the decision in words.",
  "type": "object",
  "properties": {
    "v": {
      "const": 1,
      "description": "The format's version."
    },
    "line": {
      "type": "integer",
      "minimum": 0,
      "description": "The line of the call file the event came from (0 for a transcript's call_started)."
    },
    "event": {
      "$ref": "event.schema.json",
      "description": "The event, as the call file gave it."
    },
    "decision": {
      "$ref": "decision.schema.json"
    },
    "explanation": {
      "type": "string",
      "description": "`explain(decision)`: the decision in words, for the agent or a reviewer."
    },
    "acknowledged": {
      "type": "array",
      "description": "The checker's warnings the policy acknowledged (`acknowledge`), with its reasons; absent when there are none.",
      "items": {
        "title": "AcknowledgedWarning",
        "description": "A warning of the checker the policy acknowledged, and why.",
        "type": "object",
        "properties": {
          "code": {
            "type": "string",
            "description": "The warning's code, such as `check/no-vulnerable-rule`."
          },
          "reason": {
            "type": "string"
          }
        },
        "required": [
          "code",
          "reason"
        ],
        "additionalProperties": false
      }
    }
  },
  "required": [
    "v",
    "line",
    "event",
    "decision",
    "explanation"
  ],
  "additionalProperties": false
};

