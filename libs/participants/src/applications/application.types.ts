import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsBoolean,
  IsEmail,
  IsEnum,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { LocaleEnum, PageArgs } from '@inclusion/graphql';
import { LOCALES, type Locale } from '@inclusion/i18n';
import { MemberType } from '@inclusion/identity';
import { Cohort, CohortEnum } from '../cohort';
import {
  ActorPosition,
  ActorPositionEnum,
  AdministrativeStatus,
  AdministrativeStatusEnum,
  AgeBand,
  AgeBandEnum,
  Gender,
  GenderEnum,
  LanguageLevel,
  LanguageLevelEnum,
  Schooling,
  SchoolingEnum,
} from './applicant-profile';
import { ApplicationStatus, ApplicationStatusEnum } from './application-status';

@ObjectType('SpokenLanguage')
export class SpokenLanguageType {
  @Field(() => String, { description: 'ISO 639-1.' }) language!: string;
  @Field(() => LanguageLevelEnum) level!: LanguageLevel;
}

@ObjectType('EligibilityCheck', { description: "One of the call's rules, met or not, and why." })
export class EligibilityCheckType {
  @Field(() => String) rule!: string;
  @Field(() => Boolean) met!: boolean;
  @Field(() => String, { description: "In the reader's language." }) reason!: string;
}

@ObjectType('Eligibility')
export class EligibilityType {
  @Field(() => Boolean) eligible!: boolean;
  @Field(() => [EligibilityCheckType]) checks!: EligibilityCheckType[];
}

@ObjectType('ApplicationDecision', { description: "A step of an application's path." })
export class ApplicationDecisionType {
  @Field(() => ApplicationStatusEnum, { nullable: true }) fromStatus?: ApplicationStatus | null;
  @Field(() => ApplicationStatusEnum) toStatus!: ApplicationStatus;
  @Field(() => MemberType, {
    nullable: true,
    description: 'Who decided; absent for the automatic eligibility check and the applicant.',
  })
  decidedBy?: MemberType | null;
  @Field(() => String, { nullable: true }) reason?: string | null;
  @Field(() => GraphQLISODateTime) decidedAt!: Date;
}

@ObjectType('Application', {
  description:
    "A person's application to a cohort, and once selected their participation. Readable only by " +
    "the team running the edition (the city's coordinators and the edition's facilitators) and " +
    'by the person.',
})
export class ApplicationType {
  @Field(() => ID) id!: string;
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => ApplicationStatusEnum) status!: ApplicationStatus;
  @Field(() => String) givenName!: string;
  @Field(() => String) familyName!: string;
  @Field(() => String) email!: string;
  @Field(() => String, { nullable: true }) phone?: string | null;
  @Field(() => String, { nullable: true }) cityOfResidence?: string | null;
  @Field(() => [SpokenLanguageType]) languages!: SpokenLanguageType[];
  @Field(() => String) motivation!: string;
  @Field(() => String, { nullable: true }) availability?: string | null;
  @Field(() => [String]) interests!: string[];
  @Field(() => GenderEnum, { nullable: true }) gender?: Gender | null;
  @Field(() => AgeBandEnum, { nullable: true }) ageBand?: AgeBand | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  nationality?: string | null;
  @Field(() => AdministrativeStatusEnum, { nullable: true })
  administrativeStatus?: AdministrativeStatus | null;
  @Field(() => SchoolingEnum, { nullable: true }) schooling?: Schooling | null;
  @Field(() => String, { nullable: true }) organisation?: string | null;
  @Field(() => String, { nullable: true }) department?: string | null;
  @Field(() => ActorPositionEnum, { nullable: true }) position?: ActorPosition | null;
  @Field(() => LocaleEnum) locale!: Locale;
  @Field(() => String) consentPolicyVersion!: string;
  @Field(() => GraphQLISODateTime) consentedAt!: Date;
  @Field(() => ID, { nullable: true, description: 'Set once the person is selected.' })
  membershipId?: string | null;
  @Field(() => GraphQLISODateTime) createdAt!: Date;
}

@ObjectType('ApplicationReceipt', {
  description: 'The same answer whether or not this address had applied before.',
})
export class ApplicationReceiptType {
  @Field(() => Boolean) received!: boolean;
  @Field(() => String, { description: "In the applicant's language." }) message!: string;
}

@InputType()
export class SpokenLanguageInput {
  @Field(() => String)
  @Matches(/^[a-z]{2}$/, { message: 'language must be an ISO 639-1 code' })
  language!: string;
  @Field(() => LanguageLevelEnum) @IsEnum(LanguageLevel) level!: LanguageLevel;
}

@InputType()
export class ConsentInput {
  @Field(() => Boolean, { description: 'Must be true: the person agrees to the processing.' })
  @IsBoolean()
  given!: boolean;
  @Field(() => String, { description: 'The privacy notice version the person read.' })
  @IsString()
  @Length(1, 40)
  privacyPolicyVersion!: string;
}

@InputType({ description: 'Optional fields may be left out; none is needed to be selected.' })
export class ApplyToCallInput {
  @Field(() => ID) @IsUUID() callId!: string;
  @Field(() => String) @IsString() @Length(1, 100) givenName!: string;
  @Field(() => String) @IsString() @Length(1, 100) familyName!: string;
  @Field(() => String) @IsEmail() @MaxLength(254) email!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @Matches(/^\+?[0-9 ().-]{6,25}$/, { message: 'phone must be a phone number' })
  phone?: string | null;
  @Field(() => String) @IsString() @Length(1, 120) cityOfResidence!: string;
  @Field(() => [SpokenLanguageInput])
  @ArrayMinSize(1)
  @ArrayMaxSize(12)
  @ValidateNested({ each: true })
  @Type(() => SpokenLanguageInput)
  languages!: SpokenLanguageInput[];
  @Field(() => String) @IsString() @Length(1, 4000) motivation!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  availability?: string | null;
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 100, { each: true })
  interests?: string[] | null;
  @Field(() => GenderEnum, { nullable: true }) @IsOptional() @IsEnum(Gender) gender?: Gender | null;
  @Field(() => AgeBandEnum, { nullable: true })
  @IsOptional()
  @IsEnum(AgeBand)
  ageBand?: AgeBand | null;
  @Field(() => String, { nullable: true, description: 'ISO 3166-1 alpha-2.' })
  @IsOptional()
  @Matches(/^[A-Z]{2}$/, { message: 'nationality must be an ISO 3166-1 alpha-2 code' })
  nationality?: string | null;
  @Field(() => AdministrativeStatusEnum, { nullable: true })
  @IsOptional()
  @IsEnum(AdministrativeStatus)
  administrativeStatus?: AdministrativeStatus | null;
  @Field(() => SchoolingEnum, { nullable: true })
  @IsOptional()
  @IsEnum(Schooling)
  schooling?: Schooling | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  organisation?: string | null;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  department?: string | null;
  @Field(() => ActorPositionEnum, { nullable: true })
  @IsOptional()
  @IsEnum(ActorPosition)
  position?: ActorPosition | null;
  @Field(() => LocaleEnum) @IsIn([...LOCALES]) locale!: Locale;
  @Field(() => ConsentInput) @ValidateNested() @Type(() => ConsentInput) consent!: ConsentInput;
}

@InputType()
export class DecideApplicationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => ApplicationStatusEnum) @IsEnum(ApplicationStatus) status!: ApplicationStatus;
  @Field(() => String) @IsString() @MaxLength(2000) reason!: string;
}

@InputType()
export class WithdrawApplicationInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  reason?: string | null;
}

@InputType()
export class ApplicationFilterInput {
  @Field(() => ID) @IsUUID() editionId!: string;
  @Field(() => CohortEnum, { nullable: true }) @IsOptional() @IsEnum(Cohort) cohort?: Cohort | null;
  @Field(() => [ApplicationStatusEnum], { nullable: true })
  @IsOptional()
  @IsEnum(ApplicationStatus, { each: true })
  statuses?: ApplicationStatus[] | null;
}

@ArgsType()
export class ApplicationsArgs extends PageArgs {
  @Field(() => ApplicationFilterInput)
  @ValidateNested()
  @Type(() => ApplicationFilterInput)
  filter!: ApplicationFilterInput;
}
