import { ArgsType, Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional, IsString, IsUUID, Length, MaxLength } from 'class-validator';
import { graphqlEnum } from '@inclusion/graphql';
import { PartnershipTheme, PartnershipThemeEnum } from '../partnerships/partnership-theme';
import { PartnershipCityType } from '../partnerships/partnership.types';
import { PriorityLevel } from './needs-assessment.entity';

const PriorityLevelEnum = graphqlEnum(PriorityLevel, 'PriorityLevel');
const TEXT_MAX = 4000;

@ObjectType('CityStrength', { description: 'What a city can teach others on a theme.' })
export class CityStrengthType {
  @Field(() => PartnershipThemeEnum) theme!: PartnershipTheme;
  @Field(() => String) description!: string;
}

@ObjectType('NeedsAssessment', { description: 'A city’s needs on one theme.' })
export class NeedsAssessmentType {
  @Field(() => PartnershipThemeEnum) theme!: PartnershipTheme;
  @Field(() => String) situation!: string;
  @Field(() => String) difficulties!: string;
  @Field(() => String) priorities!: string;
  @Field(() => PriorityLevelEnum) priority!: PriorityLevel;
  @Field(() => GraphQLISODateTime) updatedAt!: Date;
}

@ObjectType('MentorMatch', { description: 'A city whose strengths cover a learner’s needs.' })
export class MentorMatchType {
  @Field(() => PartnershipCityType) city!: PartnershipCityType;
  @Field(() => Int, { description: 'The needs it covers, weighted by priority (3, 2, 1).' })
  score!: number;
  @Field(() => [PartnershipThemeEnum]) themes!: PartnershipTheme[];
}

@ArgsType()
export class SetCityStrengthArgs {
  @Field(() => PartnershipThemeEnum) @IsEnum(PartnershipTheme) theme!: PartnershipTheme;
  @Field(() => String, { nullable: true, description: 'Leave it out to remove the strength.' })
  @IsOptional()
  @IsString()
  @MaxLength(TEXT_MAX)
  description?: string | null;
}

@ArgsType()
export class SetNeedsAssessmentArgs {
  @Field(() => PartnershipThemeEnum) @IsEnum(PartnershipTheme) theme!: PartnershipTheme;
  @Field(() => String) @IsString() @Length(1, TEXT_MAX) situation!: string;
  @Field(() => String) @IsString() @Length(1, TEXT_MAX) difficulties!: string;
  @Field(() => String) @IsString() @Length(1, TEXT_MAX) priorities!: string;
  @Field(() => PriorityLevelEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PriorityLevel)
  priority?: PriorityLevel | null;
}

@ArgsType()
export class NeedsAssessmentsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Through a partnership: the learner city’s, for the mentor’s reviewers.',
  })
  @IsOptional()
  @IsUUID()
  partnershipId?: string | null;
}

@ArgsType()
export class MentorMatchesArgs {
  @Field(() => ID) @IsUUID() learnerTenantId!: string;
}
