import { Module } from '@nestjs/common';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { MethodologyResolver } from './methodology.resolver';
import { MethodologyService } from './methodology.service';
import { TemplateVersion } from './template-version.entity';

@Module({
  imports: [MikroOrmModule.forFeature([TemplateVersion])],
  providers: [MethodologyService, MethodologyResolver],
  exports: [MethodologyService],
})
export class MethodologyModule {}
