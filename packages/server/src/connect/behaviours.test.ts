import { checkText } from '@callguard/dsl';
import { compile } from '@callguard/engine';
import { describe, expect, it } from 'vitest';
import { unknownConnectBehaviours } from './behaviours.js';

const policy = (name: string, declared: string) =>
  compile(checkText(`policy "${name}" {\n  version "1.0.0"\n  stance warn_then_end\n${declared}\n  rule a "A" {\n    when customer profanity\n    do warn\n  }\n}\n`).policy!);

describe('unknownConnectBehaviours', () => {
  it('names each rule whose behaviour a served policy neither builds in nor declares', () => {
    const staff = policy('staff', '  behaviour insults_staff "Insults about staff"');
    const plain = policy('plain', '');
    const rules = { Swearing: { behaviour: 'profanity' }, StaffInsult: { behaviour: 'insults_staff' } };
    expect(unknownConnectBehaviours(rules, { default: staff, queues: new Map() })).toEqual([]);
    expect(unknownConnectBehaviours(rules, { default: staff, queues: new Map([['billing', plain]]) })).toEqual([
      "connect.rules.StaffInsult maps to `insults_staff`, which queue billing's policy (plain 1.0.0) neither builds in nor declares: its matches will be rejected",
    ]);
  });
});
