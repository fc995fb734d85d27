import { Inject, Injectable } from '@nestjs/common';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { APP_CONFIG, type AppConfig } from '@inclusion/config';
import { bindTokenHash } from '@inclusion/database';
import { EditionService, todayIn } from '@inclusion/editions';
import { pickLocale } from '@inclusion/i18n';
import type { RequestContext } from '@inclusion/identity';
import { Application } from '../applications/application.entity';
import { CompletionService } from '../completion/completion.service';
import { certificateNotFound, certificatesBeingIssued } from '../participants.errors';
import { renderCertificate } from './certificate-document';
import { Certificate } from './certificate.entity';
import { hashCode, newVerificationCode, normalizeCode } from './verification-code';

export interface Verification {
  personName: string;
  editionName: string;
  completedOn: string;
  revoked: boolean;
}

@Injectable()
export class CertificateService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly editions: EditionService,
    private readonly completion: CompletionService,
  ) {}

  /**
   * A certificate for every participant who has completed the edition and has none yet, dated
   * today where the city is, in the language they applied in. Issuing twice issues nothing new.
   */
  async issue(ctx: RequestContext, editionId: string): Promise<Certificate[]> {
    const edition = await this.editions.get(ctx.em, editionId);
    const tenant = ctx.requireTenant();
    const completed = (await this.completion.progress(ctx.em, edition.id)).filter(
      (progress) => progress.completed,
    );
    const existing = await ctx.em.find(Certificate, { editionId: edition.id });
    const issued = new Set(existing.map((certificate) => certificate.application.id));
    const applications = await ctx.em.find(Application, {
      id: {
        $in: completed.map((progress) => progress.applicationId).filter((id) => !issued.has(id)),
      },
    });
    const today = todayIn(tenant.timeZone);
    const certificates = applications.map((application) => {
      const progress = completed.find((entry) => entry.applicationId === application.id)!;
      const code = newVerificationCode();
      return ctx.em.create(Certificate, {
        tenantId: tenant.id,
        application,
        editionId: edition.id,
        personId: application.personId ?? null,
        code,
        codeHash: hashCode(code),
        personName: progress.personName,
        editionName: edition.name,
        cityName: tenant.name,
        cohort: application.cohort,
        trainingMinutes: progress.trainingMinutes,
        completedOn: today,
        locale: pickLocale(application.locale),
        issuedById: ctx.requireActor().user.id,
      });
    });
    try {
      await ctx.em.flush();
    } catch (error) {
      // Another coordinator issued the same certificates a moment ago.
      if (error instanceof UniqueConstraintViolationException) throw certificatesBeingIssued();
      throw error;
    }
    ctx.affect(...certificates.map((certificate) => certificate.id));
    return certificates;
  }

  forEdition(em: EntityManager, editionId: string) {
    return em.find(Certificate, { editionId }, { orderBy: { personName: 'asc', id: 'asc' } });
  }

  mine(ctx: RequestContext) {
    return ctx.em.find(
      Certificate,
      { personId: ctx.requireActor().user.id },
      { orderBy: { id: 'desc' } },
    );
  }

  async revoke(ctx: RequestContext, id: string, reason: string) {
    const certificate = await ctx.em.findOne(Certificate, { id });
    if (!certificate) throw certificateNotFound();
    certificate.revokedAt ??= new Date();
    certificate.revocationReason = reason.trim();
    await ctx.em.flush();
    ctx.affect(certificate.id);
    return certificate;
  }

  /**
   * Anyone holding a code learns the name, the edition and the date on the certificate, and
   * whether it still stands; the code's hash is the one cross-tenant read the policies allow here.
   */
  async verify(em: EntityManager, code: string): Promise<Verification> {
    // A code is 17 characters; anything much longer is not one.
    if (code.length > 64) throw certificateNotFound();
    const codeHash = hashCode(code);
    await bindTokenHash(em, codeHash);
    const certificate = await em.findOne(Certificate, { codeHash }, { filters: false });
    if (!certificate) throw certificateNotFound();
    return {
      personName: certificate.personName,
      editionName: certificate.editionName,
      completedOn: certificate.completedOn,
      revoked: certificate.revokedAt != null,
    };
  }

  verificationUrl(code: string): string {
    const url = new URL('/certificates/verify', this.config.PUBLIC_APP_URL);
    url.searchParams.set('code', normalizeCode(code));
    return url.toString();
  }

  async pdf(certificate: Certificate): Promise<string> {
    const document = await renderCertificate({
      personName: certificate.personName,
      editionName: certificate.editionName,
      cityName: certificate.cityName,
      cohort: certificate.cohort,
      trainingHours: Math.round(certificate.trainingMinutes / 6) / 10,
      completedOn: certificate.completedOn,
      verificationCode: certificate.code,
      verificationUrl: this.verificationUrl(certificate.code),
      locale: pickLocale(certificate.locale),
    });
    return document.toString('base64');
  }
}
