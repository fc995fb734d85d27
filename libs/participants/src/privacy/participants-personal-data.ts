import { Injectable } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import { scrubMailTo } from '@inclusion/mail';
import type { DataSubject, PersonalDataContributor } from '@inclusion/identity';
import { ApplicationDecision } from '../applications/application-decision.entity';
import { Application } from '../applications/application.entity';
import { Certificate } from '../certificates/certificate.entity';
import { ExpenseClaim } from '../expenses/expense-claim.entity';
import { ExpenseReceipt } from '../expenses/expense-receipt.entity';

/**
 * A person's applications (and through them their decisions, certificates and expense claims),
 * found by their account or by the address they applied with.
 */
@Injectable()
export class ParticipantsPersonalData implements PersonalDataContributor {
  readonly section = 'participation';
  // After the contributors that follow an application's pseudonymous key to the person's answers.
  readonly order = 90;

  private applicationsOf(em: EntityManager, subject: DataSubject) {
    return em.find(Application, {
      $or: [{ email: subject.email }, ...(subject.userId ? [{ personId: subject.userId }] : [])],
    });
  }

  async export(em: EntityManager, subject: DataSubject) {
    const applications = await this.applicationsOf(em, subject);
    const ids = applications.map((application) => application.id);
    const [decisions, certificates, claims] = await Promise.all([
      em.find(
        ApplicationDecision,
        { application: { $in: ids } },
        { orderBy: { decidedAt: 'asc' } },
      ),
      em.find(Certificate, { application: { $in: ids } }),
      em.find(ExpenseClaim, { application: { $in: ids } }),
    ]);
    const receipts = await em.find(
      ExpenseReceipt,
      { claim: { $in: claims.map((claim) => claim.id) } },
      { exclude: ['content'] as never },
    );
    return applications.map((application) => {
      const { call, respondentKey, eligibility, ...fields } = application;
      void respondentKey;
      return {
        ...fields,
        callId: call.id,
        eligibility,
        decisions: decisions
          .filter((decision) => decision.application.id === application.id)
          .map(({ fromStatus, toStatus, reason, decidedAt }) => ({
            fromStatus,
            toStatus,
            reason,
            decidedAt,
          })),
        certificates: certificates
          .filter((certificate) => certificate.application.id === application.id)
          .map(({ code, personName, editionName, completedOn, revokedAt }) => ({
            code,
            personName,
            editionName,
            completedOn,
            revokedAt,
          })),
        expenseClaims: claims
          .filter((claim) => claim.application.id === application.id)
          .map((claim) => ({
            amountCents: claim.amountCents,
            currency: claim.currency,
            incurredOn: claim.incurredOn,
            description: claim.description,
            status: claim.status,
            receipt: receipts
              .filter((receipt) => receipt.claim.id === claim.id)
              .map(({ filename, contentType, sizeBytes }) => ({
                filename,
                contentType,
                sizeBytes,
              }))[0],
          })),
      };
    });
  }

  async erase(em: EntityManager, subject: DataSubject) {
    await this.eraseApplications(
      em,
      (await this.applicationsOf(em, subject)).map((application) => application.id),
    );
  }

  async eraseEdition(em: EntityManager, editionId: string) {
    const applications = await em.find(Application, { editionId }, { fields: ['id'] });
    await this.eraseApplications(
      em,
      applications.map((application) => application.id),
    );
  }

  /**
   * Each application goes, with its decisions, certificates, claims and receipts (the foreign keys
   * cascade), and what it counted for moves to the cohort's tallies. The tallies come from the rows
   * this statement deleted, so two erasures of one person at once count them once. The mail the
   * city sent to these addresses loses its names and links.
   */
  private async eraseApplications(em: EntityManager, ids: string[]) {
    if (!ids.length) return;
    const rows = await em.execute<{ email: string; tenant_id: string }[]>(
      `with gone as (
         delete from application where id = any(?::uuid[]) returning *
       ), tallied as (
         insert into cohort_tally (id, created_at, updated_at, tenant_id, edition_id, cohort,
                                   dimension, category, people)
         select gen_random_uuid(), now(), now(), g.tenant_id, g.edition_id, c.cohort, c.dimension,
                c.category, count(*)
           from gone g cross join lateral app_application_cells(row(g.*)::application) c
          group by g.tenant_id, g.edition_id, c.cohort, c.dimension, c.category
         on conflict (tenant_id, edition_id, cohort, dimension, category)
         do update set people = cohort_tally.people + excluded.people, updated_at = now()
       )
       select distinct email, tenant_id from gone`,
      [`{${ids.join(',')}}`],
    );
    for (const { email, tenant_id: tenantId } of rows) {
      await scrubMailTo(em, email, tenantId);
    }
  }
}
