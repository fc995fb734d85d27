import { z } from 'zod';
import { ActivityKind } from './activity-kind';

const key = z.string().regex(/^[a-z0-9]+(?:[_-][a-z0-9]+)*$/, 'lower-case letters, digits, - or _');
const translated = z.strictObject({ fr: z.string().trim().min(1), en: z.string().trim().min(1) });

const deliverable = z.strictObject({ key, label: translated, mandatory: z.boolean() });

const phase = z
  .strictObject({
    key,
    order: z.number().int().min(1),
    name: translated,
    description: translated,
    typicalDurationWeeks: z.number().int().min(1).max(104),
    startOffsetWeeks: z.number().int().min(0).max(520).optional(),
    deliverables: z.array(deliverable).max(20),
    activityKinds: z.array(z.enum(ActivityKind)).min(1),
  })
  .superRefine((value, ctx) => {
    const keys = value.deliverables.map((d) => d.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['deliverables'], message: 'deliverable keys repeat' });
    }
  });

/** A methodology as data: what a city's edition instantiates, phase by phase. */
export const templateDefinitionSchema = z
  .strictObject({
    key,
    version: z.number().int().min(1),
    name: translated,
    description: translated,
    phases: z.array(phase).min(1).max(30),
  })
  .superRefine((value, ctx) => {
    const keys = value.phases.map((p) => p.key);
    if (new Set(keys).size !== keys.length) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'phase keys repeat' });
    }
    const orders = value.phases.map((p) => p.order).sort((a, b) => a - b);
    if (orders.some((order, index) => order !== index + 1)) {
      ctx.addIssue({ code: 'custom', path: ['phases'], message: 'phase orders must be 1..n' });
    }
  });

export type TemplateDefinition = z.infer<typeof templateDefinitionSchema>;
export type PhaseDefinition = TemplateDefinition['phases'][number];

/** Every problem of a definition, one line each, for an operator to fix. */
export function templateProblems(definition: unknown): string[] {
  const parsed = templateDefinitionSchema.safeParse(definition);
  return parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
}
