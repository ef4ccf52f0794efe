// The rule catalogue: every rule, in the order of RULES.md, registered once.
import type { Rule } from "./rule.js";
import { rule as configError } from "./config-error.js";
import { rule as duplicateField } from "./duplicate-field.js";
import { rule as duplicateName } from "./duplicate-name.js";
import { rule as invalidDate } from "./invalid-date.js";
import { rule as invalidValue } from "./invalid-value.js";
import { rule as missingField } from "./missing-field.js";
import { rule as ownService } from "./own-service.js";
import { rule as suppressionWithoutReason } from "./suppression-without-reason.js";
import { rule as syntaxError } from "./syntax-error.js";
import { rule as unknownField } from "./unknown-field.js";
import { rule as unknownKind } from "./unknown-kind.js";
import { rule as unresolvedReference } from "./unresolved-reference.js";
import { rule as unusedSuppression } from "./unused-suppression.js";
import { rule as wrongReferenceKind } from "./wrong-reference-kind.js";

export const RULES: readonly Rule[] = [
  syntaxError, unknownKind, unknownField, missingField, invalidValue, invalidDate, duplicateField, duplicateName,
  unresolvedReference, wrongReferenceKind, ownService, suppressionWithoutReason, unusedSuppression, configError,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: ReadonlySet<string> = new Set(byId.keys());
