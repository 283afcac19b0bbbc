/**
 * The item table: every kind of line a policy holds, one row per construct
 * module. The parser tries them in this order, and the keywords they start
 * with are where it resumes after an unknown word.
 */
import { acknowledgement } from './acknowledge.js';
import { assertion } from './assert.js';
import { behaviour } from './behaviour.js';
import { group } from './group.js';
import { header } from './header.js';
import { keywordGroup } from './kit.js';
import type { ItemConstruct } from './kit.js';
import { roles, teams } from './name-list.js';
import { recordExpiry } from './record-expiry.js';
import { placeholder } from './placeholder.js';
import { requirement } from './requirement.js';
import { restriction } from './restriction.js';
import { rule } from './rule.js';
import { script } from './script.js';
import { threshold } from './threshold.js';
import { zeroTolerance } from './zero-tolerance.js';

export const ITEM_CONSTRUCTS: readonly ItemConstruct[] = [
  header,
  threshold,
  zeroTolerance,
  group,
  behaviour,
  script,
  placeholder,
  roles,
  teams,
  recordExpiry,
  requirement,
  restriction,
  rule,
  assertion,
  acknowledgement,
];

/** The keywords that start an item, from the table. */
export const ITEMS = keywordGroup(
  'a rule, script, group, restriction, threshold or header such as `version`',
  ITEM_CONSTRUCTS.flatMap((item) => item.keywords),
);
