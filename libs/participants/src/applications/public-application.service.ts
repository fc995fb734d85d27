import { Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { newId } from '@inclusion/database';
import { pickLocale, type Locale } from '@inclusion/i18n';
import { normalizeEmail, PublicFormThrottle, type RequestContext } from '@inclusion/identity';
import { OutboxWriter } from '@inclusion/mail';
import { evaluateEligibility } from '../calls/eligibility';
import { ParticipantCallService } from '../calls/participant-call.service';
import { CallState } from '../calls/participant-call.types';
import { Cohort } from '../cohort';
import {
  callNotOpen,
  consentRequired,
  consentOutdated,
  fieldsForOtherCohort,
  unknownCountry,
  unknownLanguage,
  workplaceRequired,
} from '../participants.errors';
import { oneEntryPerLanguage } from './applicant-profile';
import { ApplicationStatus } from './application-status';
import type { ApplyToCallInput } from './application.types';

const NEWCOMER_ONLY = ['gender', 'ageBand', 'nationality', 'administrativeStatus', 'schooling'];
const PUBLIC_ACTOR_ONLY = ['organisation', 'department', 'position'];

const RECEIVED = {
  fr: 'Votre candidature a été reçue. Un courriel de confirmation est en route.',
  en: 'Your application has been received. A confirmation email is on its way.',
};

/** Codes that name groupings, not a country one holds the nationality of. */
const NOT_COUNTRIES = new Set(['EU', 'EZ', 'UN', 'QO', 'ZZ']);

const isKnown = (type: 'region' | 'language', code: string): boolean => {
  if (type === 'region' && NOT_COUNTRIES.has(code)) return false;
  const name = new Intl.DisplayNames(['en'], { type, fallback: 'none' }).of(code);
  return name !== undefined && name !== code;
};

/**
 * An application from anyone, without an account. The call is found by its id alone (published
 * calls are public), then the operation enters the city's tenant to store the application. The
 * answer is the same whether or not the address had applied before, so that the form cannot tell
 * a stranger who applied; the mailbox's owner learns it from the acknowledgement.
 */
@Injectable()
export class PublicApplicationService {
  constructor(
    private readonly calls: ParticipantCallService,
    private readonly throttle: PublicFormThrottle,
    private readonly outbox: OutboxWriter,
  ) {}

  async apply(ctx: RequestContext, input: ApplyToCallInput) {
    const email = normalizeEmail(input.email);
    await this.throttle.attempt({
      form: 'application',
      address: ctx.clientAddress,
      subject: email,
    });
    const { call, tenant } = await this.calls.published(ctx.em, input.callId);
    if (this.calls.state(call, tenant.timeZone) !== CallState.Open) {
      throw callNotOpen(call.opensOn, call.closesOn);
    }
    if (!input.consent.given) throw consentRequired();
    if (input.consent.privacyPolicyVersion !== call.privacyPolicyVersion) {
      throw consentOutdated(call.privacyPolicyVersion);
    }
    this.checkFields(call.cohort, input);
    const languages = oneEntryPerLanguage(input.languages);
    const eligibility = evaluateEligibility(call.eligibility, {
      cityOfResidence: input.cityOfResidence,
      languages,
    });
    const locale: Locale = input.locale;

    await ctx.actInTenant(tenant.id);
    const id = newId();
    const now = new Date();
    const repeated = !(await this.insertOnce(ctx, [
      `insert into application (id, created_at, updated_at, tenant_id, call_id, edition_id, cohort,
         status, given_name, family_name, email, phone, city_of_residence, languages, motivation,
         availability, interests, gender, age_band, nationality, administrative_status, schooling,
         organisation, department, position, locale, consent_policy_version, consent_purpose,
         consented_at, eligibility, respondent_key)
       values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?, ?,
         array(select jsonb_array_elements_text(?::jsonb)), ?, ?, ?, ?, ?, ?, ?,
         ?, ?, ?, ?, ?, ?::jsonb, ?)`,
      [
        id,
        now,
        now,
        tenant.id,
        call.id,
        call.edition.id,
        call.cohort,
        eligibility.eligible ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible,
        input.givenName.trim(),
        input.familyName.trim(),
        email,
        input.phone?.trim() || null,
        input.cityOfResidence.trim(),
        JSON.stringify(languages),
        input.motivation.trim(),
        input.availability?.trim() || null,
        JSON.stringify((input.interests ?? []).map((interest) => interest.trim())),
        input.gender ?? null,
        input.ageBand ?? null,
        input.nationality ?? null,
        input.administrativeStatus ?? null,
        input.schooling ?? null,
        input.organisation?.trim() || null,
        input.department?.trim() || null,
        input.position ?? null,
        locale,
        call.privacyPolicyVersion,
        call.processingPurpose[locale],
        now,
        JSON.stringify(eligibility),
        newId(),
      ],
    ]));
    if (!repeated) {
      await ctx.em.execute(
        `insert into application_decision (id, created_at, updated_at, tenant_id, application_id,
           from_status, to_status, decided_by_id, reason, decided_at)
         values (?, ?, ?, ?, ?, null, ?, null, null, ?), (?, ?, ?, ?, ?, ?, ?, null, null, ?)`,
        [
          ...[newId(), now, now, tenant.id, id, ApplicationStatus.Applied, now],
          ...[newId(), now, now, tenant.id, id, ApplicationStatus.Applied],
          eligibility.eligible ? ApplicationStatus.Eligible : ApplicationStatus.Ineligible,
          now,
        ],
        'run',
      );
      ctx.affect(id);
    }
    this.outbox.queueMail(ctx.em, {
      tenantId: tenant.id,
      template: 'application-received',
      to: email,
      locale: pickLocale(locale, tenant.defaultLocale),
      timeZone: tenant.timeZone,
      params: {
        givenName: input.givenName.trim(),
        tenantName: tenant.name,
        callTitle: call.title[locale],
        repeated,
        receivedAt: now.toISOString(),
      },
    });
    await ctx.em.flush();
    return { received: true, message: RECEIVED[locale] };
  }

  /**
   * The applicant may write the row but not read it back: no RETURNING, and no ON CONFLICT (which
   * reads the conflicting row). A second application from one address hits the unique key; the
   * savepoint keeps the operation alive to answer as if it were the first.
   */
  private async insertOnce(ctx: RequestContext, [sql, params]: [string, unknown[]]) {
    await ctx.em.execute('savepoint application_insert', [], 'run');
    try {
      await ctx.em.execute(sql, params, 'run');
      await ctx.em.execute('release savepoint application_insert', [], 'run');
      return true;
    } catch (error) {
      if (!(error instanceof UniqueConstraintViolationException)) throw error;
      await ctx.em.execute('rollback to savepoint application_insert', [], 'run');
      return false;
    }
  }

  /** Only what the cohort is asked for is kept: data minimisation, and no surprise fields. */
  private checkFields(cohort: Cohort, input: ApplyToCallInput) {
    const foreign = cohort === Cohort.Newcomers ? PUBLIC_ACTOR_ONLY : NEWCOMER_ONLY;
    const given = foreign.filter((field) => input[field as keyof ApplyToCallInput] != null);
    if (given.length) throw fieldsForOtherCohort(given);
    if (cohort === Cohort.PublicActors && (!input.organisation?.trim() || !input.position)) {
      throw workplaceRequired();
    }
    if (input.nationality && !isKnown('region', input.nationality)) {
      throw unknownCountry(input.nationality);
    }
    const unknown = input.languages.find(({ language }) => !isKnown('language', language));
    if (unknown) throw unknownLanguage(unknown.language);
  }
}
