import { Field, Float, GraphQLISODateTime, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsString, IsUUID, Length } from 'class-validator';
import { Cohort, CohortEnum } from '../cohort';

@ObjectType('Certificate', { description: 'A certificate of completion, as issued.' })
export class CertificateType {
  @Field(() => ID) id!: string;
  @Field(() => String, {
    description: 'Printed on it; anyone may check it with verifyCertificate.',
  })
  code!: string;
  @Field(() => String) personName!: string;
  @Field(() => String) editionName!: string;
  @Field(() => CohortEnum) cohort!: Cohort;
  @Field(() => Float) trainingHours!: number;
  @Field(() => String, { description: 'YYYY-MM-DD.' }) completedOn!: string;
  @Field(() => String, { description: "The certificate's language." }) locale!: string;
  @Field(() => GraphQLISODateTime, { nullable: true }) revokedAt?: Date | null;
  @Field(() => String, { nullable: true }) revocationReason?: string | null;
}

@ObjectType('CertificateVerification', {
  description: 'All the public learns from a code: the name, the edition and the date.',
})
export class CertificateVerificationType {
  @Field(() => String) personName!: string;
  @Field(() => String) editionName!: string;
  @Field(() => String) completedOn!: string;
  @Field(() => Boolean, { description: 'The city withdrew it (an error, for instance).' })
  revoked!: boolean;
}

@InputType()
export class RevokeCertificateInput {
  @Field(() => ID) @IsUUID() id!: string;
  @Field(() => String) @IsString() @Length(2, 1000) reason!: string;
}
