import { Injectable, Logger, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { GqlExecutionContext, type GqlContextType } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { AppError, forbidden } from '@inclusion/graphql';
import { TenantStatus, tenantArchived, tenantNotFound } from '@inclusion/tenancy';
import { AccessTokenService } from '../auth/access-token.service';
import { sessionExpired } from '../identity.errors';
import { SessionService } from '../sessions/session.service';
import { PlatformRole } from '../users/user.entity';
import { buildAbility } from './ability';
import { ACCESS_POLICY, type AccessPolicy } from './access-policy.decorator';
import type { RequestContext } from './request-context';

const tenantRequired = (): AppError =>
  new AppError('BAD_USER_INPUT', 'TENANT_REQUIRED', {
    fr: "Indiquez la collectivité concernée dans l'en-tête X-Tenant.",
    en: 'Name the city this request acts in with the X-Tenant header.',
  });

/**
 * The one gate of the API. It identifies the caller once per operation (token, session, tenant
 * membership: one statement, which also sets the transaction's scope), then applies the
 * resolver's access policy. A resolver without a policy is refused.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly logger = new Logger(AccessGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly accessTokens: AccessTokenService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const policy = this.reflector.get<AccessPolicy | undefined>(
      ACCESS_POLICY,
      context.getHandler(),
    );
    if (!policy) {
      this.logger.error(
        `Refused ${context.getClass().name}.${context.getHandler().name}: no access policy`,
      );
      throw forbidden('UNGUARDED_OPERATION');
    }
    if (context.getType<GqlContextType>() !== 'graphql') return policy.kind === 'public';

    const gql = GqlExecutionContext.create(context);
    const ctx = gql.getContext<RequestContext>();
    ctx.identification ??= this.identify(
      ctx,
      gql.getInfo<GraphQLResolveInfo>().operation.operation === 'query',
    );
    await ctx.identification;

    switch (policy.kind) {
      case 'public':
        return true;
      case 'signed-in':
        ctx.requireActor();
        return true;
      case 'network-operator':
        if (!ctx.requireActor().isNetworkOperator) throw forbidden('NETWORK_OPERATOR_ONLY');
        await ctx.actAsNetworkOperator();
        return true;
      case 'tenant': {
        ctx.requireActor();
        if (ctx.tenantError) throw ctx.tenantError;
        // An earlier field of this operation moved it elsewhere; the proven membership is not there.
        if (ctx.leftTenant) throw forbidden('OPERATION_LEFT_TENANT');
        if (!ctx.tenant) throw tenantRequired();
        if (ctx.unit.tenantId !== ctx.tenant.id) throw forbidden('OPERATION_LEFT_TENANT');
        const isMutation = gql.getInfo<GraphQLResolveInfo>().operation.operation === 'mutation';
        if (isMutation && ctx.tenant.status === TenantStatus.Archived) throw tenantArchived();
        if (!ctx.ability.can(policy.action, policy.subject)) throw forbidden();
        return true;
      }
    }
  }

  private async identify(ctx: RequestContext, readOnly: boolean): Promise<void> {
    const claims = this.readBearer(ctx);
    const em = await ctx.unit.begin({}, { readOnly });
    if (!claims) return;

    const slug = ctx.req.header('x-tenant')?.trim().toLowerCase() || null;
    const opened = await this.sessions.openOperation(em, claims.sid, claims.sub, slug);
    if (!opened) {
      ctx.identityError = sessionExpired();
      return;
    }
    const { user, sessionId, tenant, membership } = opened;
    ctx.unit.adoptScope({ userId: user.id, tenantId: tenant?.id ?? null });
    const isNetworkOperator = user.platformRole === PlatformRole.NetworkOperator;
    ctx.actor = { user, sessionId, isNetworkOperator };
    ctx.audit.actorId = user.id;
    // A city the caller is not a member of answers exactly like one that does not exist.
    if (slug && !(tenant && membership)) ctx.tenantError = tenantNotFound();
    ctx.tenant = tenant;
    ctx.membership = membership;
    ctx.ability = buildAbility({
      platformRole: user.platformRole,
      tenantRoles: membership?.roles,
    });
  }

  private readBearer(ctx: RequestContext) {
    const header = ctx.req.header('authorization');
    if (!header) return null;
    const [scheme, token] = header.split(' ');
    const claims =
      scheme?.toLowerCase() === 'bearer' && token ? this.accessTokens.verify(token) : null;
    if (!claims) ctx.identityError = sessionExpired();
    return claims;
  }
}
