export { ActivityKind } from './activity-kind';
export { ActivityKindEnum } from './methodology.types';
export {
  templateDefinitionSchema,
  templateProblems,
  type TemplateDefinition,
  type PhaseDefinition,
} from './template-definition.schema';
export { TemplateVersion } from './template-version.entity';
export { MethodologyService, type TemplateDraft } from './methodology.service';
export { MethodologyModule } from './methodology.module';
export { BUILTIN_TEMPLATES } from './builtin-templates';
export { syncBuiltinTemplates, type SqlExecutor } from './builtin-templates.sync';
