import type { ComputedResolver } from '@inclusion/graphql';
import type { RequestContext } from '@inclusion/identity';
import type { KnexRead } from '@inclusion/database';
import { attentionRulesRead, readAttentionRules } from '../settings/follow-up-settings.service';
import {
  isDueSoon,
  isOverdue,
  isStale,
  type AttentionInput,
  type AttentionRules,
} from './attention';

/*
 * A commitment's attention flags are computed for every commitment a list shows, three fields a
 * row: computed fields (see `ComputedBy`), synchronous once the operation has read the city's
 * rules, which a list does before it returns its rows.
 */

const rulesOf = new WeakMap<RequestContext, AttentionRules | Promise<AttentionRules>>();

/** The city's rules, read once per operation; synchronous once read. */
function withRules<T>(ctx: RequestContext, use: (rules: AttentionRules) => T): T | Promise<T> {
  let rules = rulesOf.get(ctx);
  if (!rules) {
    rules = readAttentionRules(ctx.em, ctx.requireTenant()).then((read) => {
      rulesOf.set(ctx, read);
      return read;
    });
    rulesOf.set(ctx, rules);
  }
  return rules instanceof Promise ? rules.then(use) : use(rules);
}

/**
 * The rules the operation's commitments are judged by, as a read to send with the page that shows
 * them (see `readTogether`): once read, the operation keeps them.
 */
export function operationRulesRead(
  ctx: RequestContext,
  now = new Date(),
): KnexRead<AttentionRules> {
  const read = attentionRulesRead(ctx.em, ctx.requireTenant(), now);
  return {
    query: read.query,
    result: (rows) => {
      const rules = read.result(rows);
      rulesOf.set(ctx, rules);
      return rules;
    },
  };
}

/** The rules the operation's commitments are judged by, e.g. to filter a list. */
export const attentionRules = (ctx: RequestContext): Promise<AttentionRules> =>
  Promise.resolve(withRules(ctx, (rules) => rules));

const flag =
  (
    judge: (commitment: AttentionInput, rules: AttentionRules) => boolean,
  ): ComputedResolver<AttentionInput, RequestContext> =>
  (source, ctx) =>
    withRules(ctx, (rules) => judge(source, rules));

export const overdueField = flag(isOverdue);
export const staleField = flag(isStale);
export const dueSoonField = flag(isDueSoon);
