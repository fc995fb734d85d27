import { quoted, SIGN_OFF } from './follow-up-text';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatDateTime, oneLine } from './mail-text';
import { monthAfter, quotedParagraphs } from './plan-review-text';

/** The longest excerpt of a comment a mail quotes, in characters (code points). */
export const PLAN_COMMENT_EXCERPT_MAX = 500;

/** To the other side of the pair, when someone comments on a submitted version (or answers a comment). */
export interface PlanCommentMailParams {
  /** The recipient. */
  displayName: string;
  authorName: string;
  authorCity: string;
  /** Whose plan it is. */
  learnerCity: string;
  /** Whole number >= 1. */
  versionNumber: number;
  /** The action commented on; null when the comment is on the whole plan. */
  actionTitle: string | null;
  /** The comment answers an earlier one. */
  reply: boolean;
  /** The comment's text, non-empty, at most `PLAN_COMMENT_EXCERPT_MAX` characters. */
  excerpt: string;
  /** ISO 8601 instant. */
  commentedAt: string;
}

function french(params: PlanCommentMailParams, timeZone: string): MailContent {
  const learner = oneLine(params.learnerCity);
  const author = `${oneLine(params.authorName)} (${oneLine(params.authorCity)})`;
  const version = `la version ${params.versionNumber} du plan d’action, soumise par ${learner}`;
  const about =
    params.actionTitle === null
      ? `${version}, dans son ensemble`
      : `l’action ${quoted(oneLine(params.actionTitle), 'fr')} de ${version}`;
  const when = `Le ${formatDateTime(params.commentedAt, 'fr', timeZone)}`;
  return {
    subject: params.reply
      ? `Réponse à un commentaire sur le plan d’action — ${learner}`
      : `Nouveau commentaire sur le plan d’action — ${learner}`,
    greeting: `Bonjour ${oneLine(params.displayName)},`,
    paragraphs: [
      params.reply
        ? `${when}, ${author} a répondu à un commentaire sur ${about}.`
        : `${when}, ${author} a commenté ${about}.`,
      params.reply ? 'Sa réponse\u00a0:' : 'Son commentaire\u00a0:',
      ...quotedParagraphs(params.excerpt, 'fr'),
      `Pour lire l’échange en entier et y répondre, ouvrez la version ${params.versionNumber} du plan d’action dans l’espace du binôme.`,
    ],
    action: null,
    closing: [
      'Vous recevez ce message parce que vous participez à la relecture de ce plan d’action.',
    ],
    signOff: SIGN_OFF.fr,
  };
}

function english(params: PlanCommentMailParams, timeZone: string): MailContent {
  const learner = oneLine(params.learnerCity);
  const author = `${oneLine(params.authorName)} (${oneLine(params.authorCity)})`;
  const version = `version ${params.versionNumber} of the action plan of ${learner}`;
  const about =
    params.actionTitle === null
      ? `${version} as a whole`
      : `the action ${quoted(oneLine(params.actionTitle), 'en')} in ${version}`;
  const when = `On ${formatDateTime(params.commentedAt, 'en', timeZone)}`;
  return {
    subject: params.reply
      ? `Answer to a comment on the action plan — ${learner}`
      : `New comment on the action plan — ${learner}`,
    greeting: `Hello ${oneLine(params.displayName)},`,
    paragraphs: [
      params.reply
        ? `${when}, ${author} answered a comment on ${about}.`
        : `${when}, ${author} commented on ${about}.`,
      params.reply ? 'Their answer:' : 'Their comment:',
      ...quotedParagraphs(params.excerpt, 'en'),
      `To read the whole thread and answer it, open version ${params.versionNumber} of the action plan in the pair’s space.`,
    ],
    action: null,
    closing: ['You get this email because you take part in the review of this action plan.'],
    signOff: SIGN_OFF.en,
  };
}

export const planCommentTemplate: NoticeMailTemplate<PlanCommentMailParams> = {
  linkPath: null,
  sendBefore: (params) => monthAfter(params.commentedAt),
  compose: {
    fr: (params, { timeZone }) => french(params, timeZone),
    en: (params, { timeZone }) => english(params, timeZone),
  },
};
