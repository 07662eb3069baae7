import { jsonb, type Kernel, localized, type MembershipDetail } from '@portail/kernel';
import { sql } from 'kysely';
import type { ClaimFormDefinition, ClaimValues, PrefillSource } from '../contract/index.js';
import { indemnisationsDb } from './tables.js';

/** Publishes (a new version of) a claim form for the contract of `contractCode`. */
export async function publishClaimForm(
  kernel: Kernel,
  input: { contractCode: string; code: string; definition: ClaimFormDefinition },
): Promise<void> {
  const contractId = await kernel.members.contractId(input.contractCode);
  if (!contractId) throw new Error(`No contract ${input.contractCode} to publish a claim form for`);
  await indemnisationsDb(kernel)
    .insertInto('indemnisations.claim_forms')
    .values({
      contract_id: contractId,
      code: input.code,
      title: input.definition.title,
      definition: jsonb(input.definition),
      version: sql<number>`coalesce((SELECT max(version) FROM indemnisations.claim_forms WHERE contract_id = ${contractId} AND code = ${input.code}), 0) + 1`,
    })
    .execute();
}

/** The newest version of each form of the member's contracts, with the membership it is for. */
export async function formsFor(kernel: Kernel, memberships: MembershipDetail[]) {
  const prevoyance = memberships.filter((m) => m.contractKind === 'prevoyance');
  if (prevoyance.length === 0) return [];
  const forms = await indemnisationsDb(kernel)
    .selectFrom('indemnisations.claim_forms as f')
    .select(['f.id', 'f.code', 'f.title', 'f.version', 'f.definition', 'f.contract_id'])
    .where('f.contract_id', 'in', [...new Set(prevoyance.map((m) => m.contractId))])
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('indemnisations.claim_forms as newer')
            .select('newer.id')
            .whereRef('newer.contract_id', '=', 'f.contract_id')
            .whereRef('newer.code', '=', 'f.code')
            .whereRef('newer.version', '>', 'f.version'),
        ),
      ),
    )
    .orderBy('f.title')
    .execute();
  // One line per membership of the form's contract (a member may hold two of the same contract).
  return forms.flatMap(({ contract_id, ...form }) =>
    prevoyance.filter((m) => m.contractId === contract_id).map((m) => ({ ...form, membership_id: m.id })),
  );
}

/**
 * SPEC P6: a form's texts (title, tabs, labels, hints, options, rules' messages), stored in French
 * with its definition, in the language being written in (the request's, or the member's for a PDF),
 * where the section's catalog has them; names, values and rules stay as they are.
 */
export function localizedForm(form: ClaimFormDefinition): ClaimFormDefinition {
  const text = (value: string | undefined) => (value === undefined ? undefined : localized(value));
  return {
    ...form,
    title: localized(form.title),
    tabs: form.tabs.map((tab) => ({
      ...tab,
      label: localized(tab.label),
      ...(tab.intro === undefined ? {} : { intro: text(tab.intro) }),
      fields: tab.fields.map((field) => ({
        ...field,
        label: localized(field.label),
        ...(field.hint === undefined ? {} : { hint: text(field.hint) }),
        ...(field.type === 'choice'
          ? { options: field.options.map((option) => ({ ...option, label: localized(option.label) })) }
          : {}),
      })) as ClaimFormDefinition['tabs'][number]['fields'],
    })),
    rules: form.rules.map((rule) => ({ ...rule, message: localized(rule.message) })),
  };
}

/** The first values of a new claim, from the member's file (tabs Employeur, Adhérent). */
export function prefilledValues(
  form: ClaimFormDefinition,
  source: Record<PrefillSource, string>,
): ClaimValues {
  const values: ClaimValues = {};
  for (const tab of form.tabs) {
    for (const field of tab.fields) {
      if (field.type === 'periods') values[field.name] = [];
      else values[field.name] = field.prefill ? source[field.prefill] : '';
    }
  }
  return values;
}
