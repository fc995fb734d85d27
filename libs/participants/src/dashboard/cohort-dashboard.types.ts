import { Field, Int, ObjectType } from '@nestjs/graphql';
import { Cohort, CohortEnum } from '../cohort';

@ObjectType('Figure', {
  description: 'A count of people; suppressed (null) when it could single someone out.',
})
export class FigureType {
  @Field(() => Int, { nullable: true }) value!: number | null;
  @Field(() => Boolean) suppressed!: boolean;
}

@ObjectType('CategoryFigure')
export class CategoryFigureType extends FigureType {
  @Field(() => String, {
    nullable: true,
    description:
      'The stored value (e.g. "refugee", "SY", "b1"), or "not_given". Null: the categories too ' +
      'small to show apart, counted together (only for viewers who do not run the edition).',
  })
  category!: string | null;
}

@ObjectType('LanguageFigures', { description: 'How many people speak a language, by level.' })
export class LanguageFiguresType {
  @Field(() => String) language!: string;
  @Field(() => [CategoryFigureType]) levels!: CategoryFigureType[];
}

@ObjectType('CohortFigures', {
  description:
    'Applications by status, and the selected participants by profile. Figures are of people.',
})
export class CohortFiguresType {
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => Int, { description: "The call's target, else 15." }) target!: number;
  @Field(() => FigureType) applicants!: FigureType;
  @Field(() => FigureType) selected!: FigureType;
  @Field(() => Boolean) targetReached!: boolean;
  @Field(() => FigureType, { description: 'How many nationalities the selected people hold.' })
  nationalities!: FigureType;
  @Field(() => [CategoryFigureType]) byStatus!: CategoryFigureType[];
  @Field(() => [CategoryFigureType]) byGender!: CategoryFigureType[];
  @Field(() => [CategoryFigureType]) byAgeBand!: CategoryFigureType[];
  @Field(() => [CategoryFigureType]) byNationality!: CategoryFigureType[];
  @Field(() => [CategoryFigureType]) byAdministrativeStatus!: CategoryFigureType[];
  @Field(() => [CategoryFigureType]) bySchooling!: CategoryFigureType[];
  @Field(() => [CategoryFigureType]) byPosition!: CategoryFigureType[];
  @Field(() => [LanguageFiguresType]) languages!: LanguageFiguresType[];
}

@ObjectType('CohortDashboard')
export class CohortDashboardType {
  @Field(() => Boolean, {
    description:
      'The viewer runs the edition and sees every figure; others see none under the threshold.',
  })
  complete!: boolean;
  @Field(() => Int) suppressionThreshold!: number;
  @Field(() => [CohortFiguresType]) cohorts!: CohortFiguresType[];
}
