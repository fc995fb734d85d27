import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsEnum,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Length,
  ValidateNested,
} from 'class-validator';
import { LocalizedTextInput, LocalizedTextType } from '@inclusion/graphql';
import { PartnershipTheme, PartnershipThemeEnum } from '../partnerships/partnership-theme';

@ObjectType('KeyFactor')
export class KeyFactorType {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedTextType) text!: LocalizedTextType;
}

@ObjectType('GoodPractice')
export class GoodPracticeType {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
  @Field(() => String) place!: string;
  @Field(() => String, { nullable: true }) sourceUrl?: string | null;
}

@ObjectType('BenchmarkIndicator')
export class BenchmarkIndicatorType {
  @Field(() => ID) id!: string;
  @Field(() => LocalizedTextType) name!: LocalizedTextType;
  @Field(() => String) unit!: string;
}

@ObjectType('BenchmarkCriterion', {
  description: 'A reference criterion of the network’s library, with what it depends on.',
})
export class BenchmarkCriterionType {
  @Field(() => ID) id!: string;
  @Field(() => PartnershipThemeEnum) theme!: PartnershipTheme;
  @Field(() => LocalizedTextType) title!: LocalizedTextType;
  @Field(() => LocalizedTextType) description!: LocalizedTextType;
}

@InputType()
export class GoodPracticeInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description!: LocalizedTextInput;
  @Field(() => String, { description: 'City and country: "Mechelen, BE".' })
  @IsString()
  @Length(1, 200)
  place!: string;
  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  sourceUrl?: string | null;
}

@InputType()
export class BenchmarkIndicatorInput {
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  name!: LocalizedTextInput;
  @Field(() => String) @IsString() @Length(1, 40) unit!: string;
}

/** What a criterion gains; entries are added, never removed: cities' assessments point at them. */
@InputType()
export class BenchmarkEntriesInput {
  @Field(() => [LocalizedTextInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => LocalizedTextInput)
  keyFactors?: LocalizedTextInput[] | null;
  @Field(() => [GoodPracticeInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => GoodPracticeInput)
  goodPractices?: GoodPracticeInput[] | null;
  @Field(() => [BenchmarkIndicatorInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => BenchmarkIndicatorInput)
  indicators?: BenchmarkIndicatorInput[] | null;
}

@InputType()
export class CreateBenchmarkCriterionInput extends BenchmarkEntriesInput {
  @Field(() => PartnershipThemeEnum) @IsEnum(PartnershipTheme) theme!: PartnershipTheme;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  title!: LocalizedTextInput;
  @Field(() => LocalizedTextInput)
  @ValidateNested()
  @Type(() => LocalizedTextInput)
  description!: LocalizedTextInput;
}

@InputType()
export class ExtendBenchmarkCriterionInput extends BenchmarkEntriesInput {
  @Field(() => ID) @IsUUID() id!: string;
}

@ArgsType()
export class BenchmarkCriteriaArgs {
  @Field(() => PartnershipThemeEnum, { nullable: true })
  @IsOptional()
  @IsEnum(PartnershipTheme)
  theme?: PartnershipTheme | null;
}
