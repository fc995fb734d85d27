import { ArgsType, Field, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsBoolean,
  IsEnum,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import { IdArgs, IsCalendarDate } from '@inclusion/graphql';
import {
  PartnershipSide,
  PartnershipSideEnum,
  PartnershipStatus,
  PartnershipStatusEnum,
} from './partnership-status';
import { PartnershipTheme, PartnershipThemeEnum } from './partnership-theme';

@ObjectType('PartnershipCity')
export class PartnershipCityType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => String) slug!: string;
  @Field(() => String) country!: string;
}

@ObjectType('PartnershipMember', { description: 'A member your city named in the pair.' })
export class PartnershipMemberType {
  @Field(() => ID) membershipId!: string;
  @Field(() => PartnershipSideEnum) side!: PartnershipSide;
  @Field(() => String, { nullable: true }) displayName?: string | null;
}

@ObjectType('Partnership', {
  description:
    'A mentor city and a learner city paired on a theme. Both cities and the network operator ' +
    'see it; the learner’s work in it is read by the mentor’s named reviewers only.',
})
export class PartnershipType {
  @Field(() => ID) id!: string;
  @Field(() => PartnershipThemeEnum) theme!: PartnershipTheme;
  @Field(() => String, { nullable: true }) purpose?: string | null;
  @Field(() => String) startsOn!: string;
  @Field(() => String) endsOn!: string;
  @Field(() => PartnershipStatusEnum) status!: PartnershipStatus;
  @Field(() => GraphQLISODateTime, { nullable: true }) mentorAcceptedAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) learnerAcceptedAt?: Date | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) closedAt?: Date | null;
}

@InputType()
export class ProposePartnershipInput {
  @Field(() => ID) @IsUUID() mentorTenantId!: string;
  @Field(() => ID) @IsUUID() learnerTenantId!: string;
  @Field(() => PartnershipThemeEnum) @IsEnum(PartnershipTheme) theme!: PartnershipTheme;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  purpose?: string | null;
  @Field(() => String) @IsCalendarDate() startsOn!: string;
  @Field(() => String) @IsCalendarDate() endsOn!: string;
}

@ArgsType()
export class RespondToPartnershipArgs extends IdArgs {
  @Field(() => Boolean, { description: 'Accepts for your city; false declines.' })
  @IsBoolean()
  accept!: boolean;
}

@ArgsType()
export class SetPartnershipMembersArgs extends IdArgs {
  @Field(() => [ID], {
    description: 'Your city’s members in the pair: the mentor’s reviewers, the learner’s authors.',
  })
  @ArrayMaxSize(30)
  @IsUUID('all', { each: true })
  membershipIds!: string[];
}
