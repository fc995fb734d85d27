import inclucities from './templates/inclucities-mentoring.v1.json';
import resilientCities from './templates/resilient-cities.v1.json';
import { templateDefinitionSchema, type TemplateDefinition } from './template-definition.schema';

/**
 * The methodologies shipped in this repository, one file per version. Parsed at load: a malformed
 * file stops the process at start rather than reaching a city.
 */
export const BUILTIN_TEMPLATES: readonly TemplateDefinition[] = [resilientCities, inclucities].map(
  (file) => templateDefinitionSchema.parse(file),
);
