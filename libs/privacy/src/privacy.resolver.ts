import { Args, Field, InputType, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IsEmail, IsString, MaxLength } from 'class-validator';
import {
  Access,
  Ctx,
  PasswordHasher,
  User,
  normalizeEmail,
  type RequestContext,
} from '@inclusion/identity';
import { passwordConfirmationFailed } from './privacy.errors';
import { PrivacyService } from './privacy.service';

@InputType()
export class EraseMyDataInput {
  @Field(() => String, { description: 'Your password: erasure cannot be undone.' })
  @IsString()
  @MaxLength(200)
  password!: string;
}

@InputType()
export class ErasePersonInput {
  @Field(() => String, { description: 'The address the person applied or joined with.' })
  @IsEmail()
  @MaxLength(254)
  email!: string;
}

@Resolver()
export class PrivacyResolver {
  constructor(
    private readonly privacy: PrivacyService,
    private readonly hasher: PasswordHasher,
  ) {}

  @Access.signedIn()
  @Query(() => String, {
    description:
      'Everything the platform holds on you, in every city, as a JSON document (GDPR art. 15 and 20).',
  })
  async myDataExport(@Ctx() ctx: RequestContext) {
    return JSON.stringify(await this.privacy.exportPerson(ctx), null, 2);
  }

  @Access.signedIn()
  @Mutation(() => Boolean, {
    description:
      'Erases your personal data in every city and closes your account (GDPR art. 17). Figures ' +
      'the cities publish stay right: your answers count, without you.',
  })
  async eraseMyData(@Ctx() ctx: RequestContext, @Args('input') input: EraseMyDataInput) {
    const { user } = ctx.requireActor();
    const account = await ctx.em.findOneOrFail(
      User,
      { id: user.id },
      { populate: ['passwordHash'] },
    );
    if (
      !account.passwordHash ||
      !(await this.hasher.verify(account.passwordHash, input.password))
    ) {
      throw passwordConfirmationFailed();
    }
    await this.privacy.erasePerson(ctx);
    return true;
  }

  @Access.inTenant('manage', 'Application')
  @Mutation(() => Boolean, {
    description:
      "Erases, at a person's request, what this city holds on them: applications, answers in " +
      'their words, logbook, certificates, claims, their membership and the mail sent to them. ' +
      'Their account elsewhere is untouched; figures stay right.',
  })
  async erasePersonData(@Ctx() ctx: RequestContext, @Args('input') input: ErasePersonInput) {
    const tenant = ctx.requireTenant();
    await this.privacy.eraseInTenant(ctx, normalizeEmail(input.email));
    ctx.affect(tenant.id);
    return true;
  }
}
