/** `restriction name "title" { settings }`: a restriction on future contact and its settings. */
import type { IOrAlt, IToken } from 'chevrotain';
import type * as ast from '../ast.js';
import { endOf, real, realTokens } from '../ast-builder.js';
import type { AstBuilder } from '../ast-builder.js';
import * as t from '../tokens.js';
import { buildAppeal, readAppealTerms, type AppealTokens } from './appeal-terms.js';
import { draftOf, keywordGroup } from './kit.js';
import type { ItemConstruct } from './kit.js';
import { itemRule } from './policy.js';

/** The keywords that start a setting, in any order. */
const SETTINGS = keywordGroup('a restriction setting such as `kind`, `scope` or `lasts up to`, or `}`', [
  t.Kind, t.Scope, t.Channels, t.Lasts, t.Reviewed, t.Lifted, t.Approved, t.Appeal,
]);

class RestrictionDraft {
  keyword: IToken | undefined = undefined;
  name: IToken | undefined = undefined;
  title: IToken | undefined = undefined;
  readonly settings: SettingDraft[] = [];
  rbrace: IToken | undefined = undefined;
}

const isRestriction = draftOf(RestrictionDraft);

/** One restriction setting, such as `lasts up to 365d`. */
class SettingDraft {
  /** The setting's keyword; undefined for a word the grammar does not know. */
  key: IToken | undefined = undefined;
  readonly names: IToken[] = [];
  duration: IToken | undefined = undefined;
  text: IToken | undefined = undefined;
  independently: IToken | undefined = undefined;
  /** `, then every <duration>`: the word `every`, and the period. */
  everyWord: IToken | undefined = undefined;
  every: IToken | undefined = undefined;
  /** `appeal within ...`, read by its own rule. */
  appeal: AppealTokens | undefined = undefined;
  /** The last token the setting read (its span ends there). */
  last: IToken | undefined = undefined;
}

/** The restriction, if it has a name; the first of each setting counts and a repeat is reported. */
function buildRestriction(b: AstBuilder, draft: RestrictionDraft): ast.RestrictionDef | undefined {
  const name = b.name(real(draft.name));
  if (!name) return undefined;
  // The first of each setting counts; the span covers them all.
  const settings = new Map<string, SettingDraft>();
  let start = Infinity;
  let end = -Infinity;
  for (const setting of draft.settings) {
    const key = real(setting.key);
    if (!key) continue; // an unknown word, already reported
    start = Math.min(start, key.startOffset);
    end = Math.max(end, setting.last ? endOf(setting.last) : -Infinity);
    if (settings.has(key.image)) b.syntax(key, `a restriction has only one \`${key.image}\` line`, 'keep one of the two');
    else settings.set(key.image, setting);
  }
  const first = (key: string): ast.Name | undefined => {
    const setting = settings.get(key);
    return setting && b.name(real(setting.names[0]));
  };
  const lasts = settings.get('lasts');
  const approvers = settings.get('approved');
  const approverTokens = approvers ? realTokens(approvers.names) : [];
  const approvedBy = approverTokens.map((token) => b.name(token));
  if (approvedBy.length > 2) b.syntax(approverTokens[2]!, 'a restriction is approved by one or two roles', 'two roles mean two people must agree: `approved by manager and director`');
  const lifted = settings.get('lifted');
  const channels = settings.get('channels');
  return {
    kind: 'RestrictionDef',
    name,
    title: b.text(real(draft.title)),
    restrictionKind: first('kind'),
    scope: first('scope'),
    channels: channels ? b.names(channels.names) : [],
    lasts: lasts && b.duration(real(lasts.duration)),
    review: buildReview(b, settings.get('reviewed')),
    liftedWhen: lifted && b.text(real(lifted.text)),
    approvedBy,
    appeal: buildAppeal(b, settings.get('appeal')?.appeal),
    span: b.cover(
      real(draft.keyword),
      name,
      real(draft.title),
      start <= end ? { span: { source: b.source, start, end } } : undefined,
      real(draft.rbrace),
    ),
  };
}

function buildReview(b: AstBuilder, setting: SettingDraft | undefined): ast.Review | undefined {
  const after = setting && b.duration(real(setting.duration));
  if (!setting || !after) return undefined;
  const independently = real(setting.independently);
  const word = real(setting.everyWord);
  if (word && word.image !== 'every') b.syntax(word, `expected \`every\` after \`then\`, not \`${word.image}\``, 'a review that repeats reads `reviewed after 90d, then every 180d`');
  const every = word?.image === 'every' ? b.duration(real(setting.every)) : undefined;
  return { kind: 'Review', after, independently: independently !== undefined, every, span: b.cover(after, independently, every) };
}

export const restriction: ItemConstruct = {
  keywords: [t.Restriction],
  define(g) {
    /** A word where a restriction setting should start: skipped to the next setting. */
    const unknownSetting = g.RULE('unknownSetting', () => {
      const word = g.CONSUME(t.Name);
      if (!g.RECORDING_PHASE) g.skipUnknownLine(word, SETTINGS);
    });
    const appealTerms = g.RULE('restrictionAppeal', () => readAppealTerms(g));
    const settingAlternatives: IOrAlt<void>[] = [
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Kind);
          setting.names.push(g.CONSUME(t.Name));
        },
      },
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Scope);
          setting.names.push(g.CONSUME2(t.Name));
        },
      },
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Channels);
          g.AT_LEAST_ONE_SEP({ SEP: t.Comma, DEF: () => setting.names.push(g.CONSUME3(t.Name)) });
        },
      },
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Lasts);
          g.CONSUME(t.Up);
          g.CONSUME(t.To);
          setting.duration = g.CONSUME(t.Duration);
        },
      },
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Reviewed);
          g.CONSUME(t.After);
          setting.duration = g.CONSUME2(t.Duration);
          g.OPTION(() => {
            g.CONSUME(t.Comma);
            setting.independently = g.CONSUME(t.Independently);
          });
          g.OPTION2(() => {
            g.CONSUME2(t.Comma);
            g.CONSUME(t.Then);
            setting.everyWord = g.CONSUME6(t.Name);
            setting.every = g.CONSUME3(t.Duration);
          });
        },
      },
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Lifted);
          g.CONSUME(t.When);
          setting.text = g.CONSUME(t.StringLit);
        },
      },
      {
        ALT: () => {
          const setting = g.drafts.top(SettingDraft);
          setting.key = g.CONSUME(t.Approved);
          g.CONSUME(t.By);
          g.AT_LEAST_ONE_SEP2({ SEP: t.And, DEF: () => setting.names.push(g.CONSUME4(t.Name)) });
        },
      },
      {
        ALT: () => {
          const terms = g.SUBRULE2(appealTerms);
          if (g.RECORDING_PHASE) return;
          const setting = g.drafts.top(SettingDraft);
          setting.key = terms.keyword;
          setting.appeal = terms;
        },
      },
      { ALT: () => g.SUBRULE(unknownSetting) },
    ];
    const setting = g.draftRule('setting', {
      draft: SettingDraft,
      parent: isRestriction,
      read: () => g.OR(settingAlternatives),
      end: (setting, restriction) => {
        // The span of a restriction covers every token its settings read,
        // separators included, which chevrotain reads itself.
        setting.last = g.LA(0);
        restriction.settings.push(setting);
      },
    });
    const settings = () => g.SUBRULE(setting);
    return itemRule(g, 'restriction', {
      draft: RestrictionDraft,
      read: (restriction) => {
        restriction.keyword = g.CONSUME(t.Restriction);
        restriction.name = g.CONSUME(t.Name);
        g.OPTION(() => {
          restriction.title = g.CONSUME(t.StringLit);
        });
        g.CONSUME(t.LBrace);
        // Settings in any order; `buildRestriction` reports repeats.
        g.MANY(settings);
        restriction.rbrace = g.CONSUME(t.RBrace);
      },
      build: buildRestriction,
    });
  },
};
