import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Access } from '../access/access-policy.decorator';
import { Ctx } from '../access/context.decorator';
import type { RequestContext } from '../access/request-context';
import {
  AuthPayloadType,
  ChangePasswordInput,
  EmailInput,
  RefreshSessionInput,
  ResetPasswordInput,
  SignInInput,
  TokenInput,
} from '../identity.types';
import type { IssuedTokens } from '../sessions/session.service';
import { AuthService } from './auth.service';
import { OneTimeTokenPurpose } from './one-time-token.entity';

export const toAuthPayload = (tokens: IssuedTokens): AuthPayloadType => ({
  accessToken: tokens.accessToken,
  accessTokenExpiresAt: tokens.accessTokenExpiresAt,
  refreshToken: tokens.refreshToken,
  refreshTokenExpiresAt: tokens.refreshTokenExpiresAt,
  viewer: tokens.session.user,
});

@Resolver()
export class AuthResolver {
  constructor(private readonly auth: AuthService) {}

  @Access.public()
  @Mutation(() => AuthPayloadType, { description: 'Sign in with email and password.' })
  async signIn(@Ctx() ctx: RequestContext, @Args('input') input: SignInInput) {
    return toAuthPayload(await this.auth.signIn(ctx, input.email, input.password));
  }

  @Access.public()
  @Mutation(() => AuthPayloadType, { description: 'Trade a refresh token for a new pair.' })
  async refreshSession(@Ctx() ctx: RequestContext, @Args('input') input: RefreshSessionInput) {
    return toAuthPayload(await this.auth.refresh(ctx, input.refreshToken));
  }

  @Access.signedIn()
  @Mutation(() => Boolean, { description: 'Ends this session; its tokens stop working at once.' })
  async signOut(@Ctx() ctx: RequestContext) {
    await this.auth.signOut(ctx);
    return true;
  }

  @Access.public()
  @Mutation(() => Boolean, {
    description: 'Emails a one-time sign-in link. Answers true whether or not the account exists.',
  })
  async requestSignInLink(@Ctx() ctx: RequestContext, @Args('input') input: EmailInput) {
    await this.auth.requestLink(ctx, input.email, OneTimeTokenPurpose.SignInLink);
    return true;
  }

  @Access.public()
  @Mutation(() => AuthPayloadType)
  async signInWithLink(@Ctx() ctx: RequestContext, @Args('input') input: TokenInput) {
    return toAuthPayload(await this.auth.signInWithLink(ctx, input.token));
  }

  @Access.public()
  @Mutation(() => Boolean, {
    description: 'Emails a password reset link. Answers true whether or not the account exists.',
  })
  async requestPasswordReset(@Ctx() ctx: RequestContext, @Args('input') input: EmailInput) {
    await this.auth.requestLink(ctx, input.email, OneTimeTokenPurpose.PasswordReset);
    return true;
  }

  @Access.public()
  @Mutation(() => AuthPayloadType, { description: 'Sets a new password and ends other sessions.' })
  async resetPassword(@Ctx() ctx: RequestContext, @Args('input') input: ResetPasswordInput) {
    return toAuthPayload(await this.auth.resetPassword(ctx, input.token, input.newPassword));
  }

  @Access.signedIn()
  @Mutation(() => Boolean)
  async changePassword(@Ctx() ctx: RequestContext, @Args('input') input: ChangePasswordInput) {
    await this.auth.changePassword(ctx, input.currentPassword, input.newPassword);
    return true;
  }
}
