import { ArgsType, Field, ID, InputType, OmitType, PartialType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsEnum,
  IsIn,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsTimeZone,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocaleEnum, PageArgs, IsCalendarDate } from '@inclusion/graphql';
import { LOCALES, type Locale } from '@inclusion/i18n';
import { TenantKind, TenantKindEnum, TenantStatus, TenantStatusEnum } from '@inclusion/tenancy';

@InputType()
export class TenantInput {
  @Field(() => String) @IsString() @Length(2, 120) name!: string;

  @Field(() => String, { description: 'Lower-case letters, digits and dashes; never changes.' })
  @Matches(/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/, {
    message: 'slug must be lower-case letters, digits and inner dashes (2 to 63 characters)',
  })
  slug!: string;

  @Field(() => String, { description: 'ISO 3166-1 alpha-2, such as FR.' })
  @IsISO31661Alpha2()
  country!: string;

  @Field(() => TenantKindEnum) @IsEnum(TenantKind) kind!: TenantKind;

  @Field(() => LocaleEnum) @IsIn([...LOCALES]) defaultLocale!: Locale;

  @Field(() => String, { description: 'IANA time zone, such as Europe/Paris.' })
  @IsTimeZone()
  timeZone!: string;
}

@InputType()
export class UpdateTenantInput extends PartialType(
  OmitType(TenantInput, ['slug'] as const),
  InputType,
) {
  @Field(() => ID) @IsUUID() id!: string;
}

@InputType()
export class CoordinatorInput {
  @Field(() => String) @IsEmail() @MaxLength(320) email!: string;
  @Field(() => String) @IsString() @Length(1, 120) displayName!: string;
  @Field(() => LocaleEnum, { nullable: true })
  @IsOptional()
  @IsIn([...LOCALES])
  locale?: Locale | null;
}

@InputType()
export class FirstEditionInput {
  @Field(() => String) @IsString() @Length(2, 160) name!: string;
  @Field(() => ID) @IsUUID() templateVersionId!: string;
  @Field(() => String, { description: 'YYYY-MM-DD.' })
  @IsCalendarDate()
  startDate!: string;
}

@InputType()
export class OnboardTenantInput {
  @Field(() => TenantInput)
  @ValidateNested()
  @Type(() => TenantInput)
  tenant!: TenantInput;

  @Field(() => CoordinatorInput, { description: 'Invited by email as the first coordinator.' })
  @ValidateNested()
  @Type(() => CoordinatorInput)
  coordinator!: CoordinatorInput;

  @Field(() => FirstEditionInput, {
    nullable: true,
    description: 'The first edition, planned from a methodology, in the same step.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => FirstEditionInput)
  firstEdition?: FirstEditionInput | null;
}

@ArgsType()
export class TenantListArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Part of the name or of the slug.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string | null;

  @Field(() => TenantStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(TenantStatus)
  status?: TenantStatus | null;
}
