import type { Locale } from '@inclusion/i18n';
import { counted, SIGN_OFF } from './follow-up-text';
import type { MailContent } from './mail-content';
import type { NoticeMailTemplate } from './mail-template';
import { formatDateTime, oneLine } from './mail-text';
import { monthAfter } from './plan-review-text';

/** The study visit a version of the plan is for: drafted, consolidated, then revised. */
export type PlanStage = 'first' | 'second' | 'third';

export const PLAN_STAGES: readonly PlanStage[] = ['first', 'second', 'third'];

/** To a mentor city's named reviewers, when their learner city submits a version of its action plan. */
export interface PlanSubmittedMailParams {
  /** The recipient. */
  displayName: string;
  learnerCity: string;
  mentorCity: string;
  /** Whole number >= 1. */
  versionNumber: number;
  /** The study visit the version is for: first (drafted), second (consolidated), third (revised). */
  stage: PlanStage;
  /** How many actions the version holds, whole number >= 1. */
  actions: number;
  /** Display name of who submitted. */
  submittedBy: string;
  /** ISO 8601 instant. */
  submittedAt: string;
}

const STAGE: Record<Locale, Record<PlanStage, string>> = {
  fr: {
    first: 'première version (rédigée), pour la première visite d’étude',
    second: 'deuxième version (consolidée), pour la deuxième visite d’étude',
    third: 'troisième version (révisée), pour la troisième visite d’étude',
  },
  en: {
    first: 'first (drafted), for the first study visit',
    second: 'second (consolidated), for the second study visit',
    third: 'third (revised), for the third study visit',
  },
};

function french(params: PlanSubmittedMailParams, timeZone: string): MailContent {
  const learner = oneLine(params.learnerCity);
  const version = params.versionNumber;
  return {
    subject: `Version ${version} du plan d’action à relire — ${learner}`,
    greeting: `Bonjour ${oneLine(params.displayName)},`,
    paragraphs: [
      `Le ${formatDateTime(params.submittedAt, 'fr', timeZone)}, ${oneLine(params.submittedBy)} a soumis, pour ${learner}, la version ${version} du plan d’action.`,
      `Étape du plan\u00a0: ${STAGE.fr[params.stage]}.`,
      `Cette version compte ${counted(params.actions, 'action', 'actions', 'fr')}.`,
      'Lisez-la, puis commentez le plan ou ses actions, ou rendez votre décision\u00a0: approuver cette version ou demander des modifications.',
    ],
    action: null,
    closing: [
      `Vous recevez ce message parce que vous faites partie des relecteurs et relectrices nommés par ${oneLine(params.mentorCity)}, ville mentore, pour ce binôme.`,
    ],
    signOff: SIGN_OFF.fr,
  };
}

function english(params: PlanSubmittedMailParams, timeZone: string): MailContent {
  const learner = oneLine(params.learnerCity);
  const version = params.versionNumber;
  return {
    subject: `Version ${version} of the action plan to review — ${learner}`,
    greeting: `Hello ${oneLine(params.displayName)},`,
    paragraphs: [
      `On ${formatDateTime(params.submittedAt, 'en', timeZone)}, ${oneLine(params.submittedBy)} submitted version ${version} of the action plan of ${learner}.`,
      `Plan stage: ${STAGE.en[params.stage]}.`,
      `This version holds ${counted(params.actions, 'action', 'actions', 'en')}.`,
      'Please read it, then comment on the plan or its actions, or decide: approve this version or ask for changes.',
    ],
    action: null,
    closing: [
      `You get this email because ${oneLine(params.mentorCity)}, the mentor city, named you one of the reviewers of this pair.`,
    ],
    signOff: SIGN_OFF.en,
  };
}

export const planSubmittedTemplate: NoticeMailTemplate<PlanSubmittedMailParams> = {
  linkPath: null,
  sendBefore: (params) => monthAfter(params.submittedAt),
  compose: {
    fr: (params, { timeZone }) => french(params, timeZone),
    en: (params, { timeZone }) => english(params, timeZone),
  },
};
