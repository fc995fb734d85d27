import { SIGN_OFF } from './follow-up-text';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatDateTime, oneLine } from './mail-text';
import { monthAfter, quotedParagraphs } from './plan-review-text';

/** What a mentor reviewer decides on a version of the plan. */
export type PlanDecision = 'approved' | 'changes_requested';

export const PLAN_DECISIONS: readonly PlanDecision[] = ['approved', 'changes_requested'];

/** The longest note of a reviewer a mail quotes, in characters: what the review accepts. */
export const PLAN_DECISION_NOTE_MAX = 8000;

/** To the learner city's plan authors, when a mentor reviewer decides on a version. */
export interface PlanDecisionMailParams {
  /** The recipient. */
  displayName: string;
  reviewerName: string;
  mentorCity: string;
  learnerCity: string;
  /** Whole number >= 1. */
  versionNumber: number;
  decision: PlanDecision;
  /** The reviewer's note, or null. */
  note: string | null;
  /** ISO 8601 instant. */
  decidedAt: string;
}

function french(params: PlanDecisionMailParams, timeZone: string): MailContent {
  const learner = oneLine(params.learnerCity);
  const version = params.versionNumber;
  const approved = params.decision === 'approved';
  const reviewer = `${oneLine(params.reviewerName)} (${oneLine(params.mentorCity)}, ville mentore)`;
  const when = `Le ${formatDateTime(params.decidedAt, 'fr', timeZone)}`;
  return {
    subject: approved
      ? `Version ${version} du plan d’action approuvée — ${learner}`
      : `Modifications demandées sur la version ${version} du plan d’action — ${learner}`,
    greeting: `Bonjour ${oneLine(params.displayName)},`,
    paragraphs: [
      approved
        ? `${when}, ${reviewer} a approuvé la version ${version} du plan d’action, soumise par ${learner}.`
        : `${when}, ${reviewer} a demandé des modifications à la version ${version} du plan d’action, soumise par ${learner}.`,
      ...(params.note === null ? [] : ['Sa note\u00a0:', ...quotedParagraphs(params.note, 'fr')]),
      approved
        ? 'Les actions approuvées peuvent maintenant devenir des engagements de la ville\u00a0: une fois enregistrés, ils apparaissent dans le tableau de bord des engagements du réseau.'
        : 'Répondez aux commentaires dans l’espace du binôme, modifiez le plan, puis soumettez-en une nouvelle version.',
    ],
    action: null,
    closing: [
      'Vous recevez ce message parce que vous faites partie des personnes qui rédigent le plan d’action de la ville.',
    ],
    signOff: SIGN_OFF.fr,
  };
}

function english(params: PlanDecisionMailParams, timeZone: string): MailContent {
  const learner = oneLine(params.learnerCity);
  const version = params.versionNumber;
  const approved = params.decision === 'approved';
  const reviewer = `${oneLine(params.reviewerName)} (${oneLine(params.mentorCity)}, the mentor city)`;
  const when = `On ${formatDateTime(params.decidedAt, 'en', timeZone)}`;
  return {
    subject: approved
      ? `Version ${version} of the action plan approved — ${learner}`
      : `Changes requested on version ${version} of the action plan — ${learner}`,
    greeting: `Hello ${oneLine(params.displayName)},`,
    paragraphs: [
      approved
        ? `${when}, ${reviewer} approved version ${version} of the action plan of ${learner}.`
        : `${when}, ${reviewer} asked for changes to version ${version} of the action plan of ${learner}.`,
      ...(params.note === null ? [] : ['Their note:', ...quotedParagraphs(params.note, 'en')]),
      approved
        ? 'The approved actions can now become commitments of the city: once recorded, they appear on the network’s commitments dashboard.'
        : 'Answer the comments in the pair’s space, update the plan, then submit a new version of it.',
    ],
    action: null,
    closing: [
      'You get this email because you are one of the people who write the city’s action plan.',
    ],
    signOff: SIGN_OFF.en,
  };
}

export const planDecisionTemplate: NoticeMailTemplate<PlanDecisionMailParams> = {
  linkPath: null,
  sendBefore: (params) => monthAfter(params.decidedAt),
  compose: {
    fr: (params, { timeZone }) => french(params, timeZone),
    en: (params, { timeZone }) => english(params, timeZone),
  },
};
