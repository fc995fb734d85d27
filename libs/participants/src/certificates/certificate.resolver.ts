import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Access, Ctx, type RequestContext } from '@inclusion/identity';
import type { Certificate } from './certificate.entity';
import { CertificateService } from './certificate.service';
import {
  CertificateType,
  CertificateVerificationType,
  RevokeCertificateInput,
} from './certificate.types';

@Resolver(() => CertificateType)
export class CertificateResolver {
  constructor(private readonly service: CertificateService) {}

  @Access.inTenant('update', 'Application')
  @Mutation(() => [CertificateType], {
    description: 'Issues a certificate to each participant who completed the edition and has none.',
  })
  issueCertificates(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
  ) {
    return this.service.issue(ctx, editionId);
  }

  @Access.inTenant('update', 'Application')
  @Mutation(() => CertificateType, { description: 'Withdraws a certificate issued by mistake.' })
  revokeCertificate(@Ctx() ctx: RequestContext, @Args('input') input: RevokeCertificateInput) {
    return this.service.revoke(ctx, input.id, input.reason);
  }

  @Access.inTenant('read', 'Application')
  @Query(() => [CertificateType], { description: "An edition's certificates." })
  certificates(
    @Ctx() ctx: RequestContext,
    @Args('editionId', { type: () => ID }) editionId: string,
  ) {
    return this.service.forEdition(ctx.em, editionId);
  }

  @Access.inTenant('read', 'Tenant')
  @Query(() => [CertificateType], { description: 'Your own certificates in this city.' })
  myCertificates(@Ctx() ctx: RequestContext) {
    return this.service.mine(ctx);
  }

  @Access.public()
  @Query(() => CertificateVerificationType, {
    description: 'Checks a certificate by the code printed on it; no sign-in needed.',
  })
  verifyCertificate(@Ctx() ctx: RequestContext, @Args('code') code: string) {
    return this.service.verify(ctx.em, code);
  }

  @ResolveField(() => Number)
  trainingHours(@Parent() certificate: Certificate) {
    return Math.round(certificate.trainingMinutes / 6) / 10;
  }

  @ResolveField(() => String, {
    description: 'The certificate as a one-page PDF, base64-encoded, in its language.',
  })
  pdf(@Parent() certificate: Certificate) {
    return this.service.pdf(certificate);
  }
}
