import type { EntityManager } from '@mikro-orm/postgresql';
import type { Edition } from '@inclusion/editions';
import {
  Application,
  ApplicationStatus,
  Cohort,
  evaluateEligibility,
  LanguageLevel,
  ParticipantCall,
} from '@inclusion/participants';

const DAY_MS = 24 * 60 * 60 * 1000;
const day = (offset: number) => new Date(Date.now() + offset * DAY_MS).toISOString().slice(0, 10);

const ELIGIBILITY = {
  municipalities: ['Besançon', 'Saint-Vit', 'École-Valentin', 'Châtillon-le-Duc'],
  minimumLevel: { level: LanguageLevel.B1, languages: ['fr', 'en'] },
};

/** The first applications to a call that opened two weeks ago, some of them not eligible. */
const APPLICANTS = [
  { givenName: 'Rahel', familyName: 'Gebremariam', city: 'Besançon', french: LanguageLevel.B1 },
  { givenName: 'Youssef', familyName: 'Benali', city: 'Saint-Vit', french: LanguageLevel.B2 },
  { givenName: 'Oksana', familyName: 'Melnyk', city: 'Besançon', french: LanguageLevel.A2 },
  { givenName: 'Abdoulaye', familyName: 'Ba', city: 'Dijon', french: LanguageLevel.C1 },
  { givenName: 'Shirin', familyName: 'Ahmadi', city: 'Ecole Valentin', french: LanguageLevel.B1 },
  { givenName: 'Tigist', familyName: 'Bekele', city: 'Besançon', french: LanguageLevel.B2 },
];

/**
 * A city about to start its edition: its call for newcomers is open, with a few applications
 * checked against its rules. `em` in the tenant's scope with `system` on. Idempotent.
 */
export async function seedOpenCall(em: EntityManager, edition: Edition, city: string) {
  if (await em.count(ParticipantCall, { edition })) return;
  const call = em.create(ParticipantCall, {
    tenantId: edition.tenantId,
    edition,
    cohort: Cohort.Newcomers,
    title: { fr: 'Personnes nouvellement arrivées', en: 'Newcomers' },
    description: {
      fr: `Vous êtes arrivé·e à ${city} il y a peu ? Rejoignez la cohorte : 12 heures de formation, puis les Policy Labs avec les services de la ville.`,
      en: `Newly arrived in ${city}? Join the cohort: 12 hours of training, then the Policy Labs with the city's services.`,
    },
    opensOn: day(-14),
    closesOn: day(21),
    eligibility: ELIGIBILITY,
    privacyPolicyVersion: '2025-06',
    processingPurpose: {
      fr: 'Sélection et suivi des cohortes',
      en: 'Selecting and following the cohorts',
    },
    publishedAt: new Date(Date.now() - 14 * DAY_MS),
  });
  for (const [index, applicant] of APPLICANTS.entries()) {
    const languages = [{ language: 'fr', level: applicant.french }];
    const eligibility = evaluateEligibility(ELIGIBILITY, {
      cityOfResidence: applicant.city,
      languages,
    });
    em.create(Application, {
      tenantId: edition.tenantId,
      call,
      editionId: edition.id,
      cohort: Cohort.Newcomers,
      status: eligibility.eligible ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible,
      givenName: applicant.givenName,
      familyName: applicant.familyName,
      email: `${applicant.givenName}.${applicant.familyName}.${index}@demo.invalid`.toLowerCase(),
      cityOfResidence: applicant.city,
      languages,
      motivation: 'Participer à la vie de ma ville et aider les personnes qui arrivent.',
      locale: index % 3 === 0 ? 'en' : 'fr',
      consentPolicyVersion: call.privacyPolicyVersion,
      consentPurpose: call.processingPurpose.fr,
      consentedAt: new Date(Date.now() - (10 - index) * DAY_MS),
      eligibility,
    });
  }
  await em.flush();
}
