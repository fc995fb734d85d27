import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { IdentityEntitiesModule } from '@inclusion/identity';
import { Activity } from '../activities/activity.entity';
import { Registration } from '../activities/registration.entity';
import { IdeaSupport } from '../labs/idea-support.entity';
import { LabArtefact } from '../labs/lab-artefact.entity';
import { PolicyLab } from '../labs/policy-lab.entity';
import { EditionsPersonalData } from './editions-personal-data';

/** The programme's share of a person's export and erasure, for the API and the worker alike. */
@Module({
  imports: [
    IdentityEntitiesModule,
    MikroOrmModule.forFeature([Activity, Registration, PolicyLab, LabArtefact, IdeaSupport]),
  ],
  providers: [EditionsPersonalData],
  exports: [EditionsPersonalData],
})
export class EditionsPrivacyModule {}
