// The rule catalogue: every rule, section by section as docs/rules/README.md lists them, registered once.
import type { Rule } from "./rule.js";
import { rule as adHocPrecedent } from "./ad-hoc-precedent.js";
import { rule as adHocWithoutAuthorisation } from "./ad-hoc-without-authorisation.js";
import { rule as agentInstructionUnrecorded } from "./agent-instruction-unrecorded.js";
import { rule as agentNotDesignated } from "./agent-not-designated.js";
import { rule as agreementNotReviewed } from "./agreement-not-reviewed.js";
import { rule as agreementRefusalUnapproved } from "./agreement-refusal-unapproved.js";
import { rule as agreementWithoutAssessment } from "./agreement-without-assessment.js";
import { rule as approvalAfterActivity } from "./approval-after-activity.js";
import { rule as assessmentApproval } from "./assessment-approval.js";
import { rule as assessmentIncomplete } from "./assessment-incomplete.js";
import { rule as assessmentOverdue } from "./assessment-overdue.js";
import { rule as attacheExchange } from "./attache-exchange.js";
import { rule as bicesGeneralPersonalData } from "./bices-general-personal-data.js";
import { rule as bulkDataPermission } from "./bulk-data-permission.js";
import { rule as configError } from "./config-error.js";
import { rule as cooperationWithoutAgreement } from "./cooperation-without-agreement.js";
import { rule as cooperationWithoutAssessment } from "./cooperation-without-assessment.js";
import { rule as disclosureToLawEnforcement } from "./disclosure-to-law-enforcement.js";
import { rule as duplicateField } from "./duplicate-field.js";
import { rule as duplicateName } from "./duplicate-name.js";
import { rule as dutchNationalProsecutionRisk } from "./dutch-national-prosecution-risk.js";
import { rule as explicitWeighingMissing } from "./explicit-weighing-missing.js";
import { rule as foreignInterestUnmarked } from "./foreign-interest-unmarked.js";
import { rule as foreignLiaisonOperations } from "./foreign-liaison-operations.js";
import { rule as formNotPermitted } from "./form-not-permitted.js";
import { rule as handoverUndated } from "./handover-undated.js";
import { rule as invalidDate } from "./invalid-date.js";
import { rule as invalidValue } from "./invalid-value.js";
import { rule as jointOperationJustification } from "./joint-operation-justification.js";
import { rule as jointOperationPrivacyImpact } from "./joint-operation-privacy-impact.js";
import { rule as liaisonInstructionsMissing } from "./liaison-instructions-missing.js";
import { rule as mandateGeneralData } from "./mandate-general-data.js";
import { rule as mandatePersonalData } from "./mandate-personal-data.js";
import { rule as mandatePoliticallySensitive } from "./mandate-politically-sensitive.js";
import { rule as meetingUnregistered } from "./meeting-unregistered.js";
import { rule as missingField } from "./missing-field.js";
import { rule as operationEndUnrecorded } from "./operation-end-unrecorded.js";
import { rule as operationLedByAnalysis } from "./operation-led-by-analysis.js";
import { rule as operationNotEvaluated } from "./operation-not-evaluated.js";
import { rule as operationalInfoUnjustified } from "./operational-info-unjustified.js";
import { rule as originatorConsentMissing } from "./originator-consent-missing.js";
import { rule as ownService } from "./own-service.js";
import { rule as personalDataDoubtfulService } from "./personal-data-doubtful-service.js";
import { rule as personalDataLegalAffairs } from "./personal-data-legal-affairs.js";
import { rule as personalDataMisclassified } from "./personal-data-misclassified.js";
import { rule as personalDataOral } from "./personal-data-oral.js";
import { rule as personalDataUnrecorded } from "./personal-data-unrecorded.js";
import { rule as rawDataProportionality } from "./raw-data-proportionality.js";
import { rule as receiptLawfulnessDoubtful } from "./receipt-lawfulness-doubtful.js";
import { rule as receiptNotEvaluated } from "./receipt-not-evaluated.js";
import { rule as reliabilityMissing } from "./reliability-missing.js";
import { rule as requestDoubtfulService } from "./request-doubtful-service.js";
import { rule as requestSpecialPowerDirector } from "./request-special-power-director.js";
import { rule as requestSpecialPowerPermission } from "./request-special-power-permission.js";
import { rule as screeningNoticeMissing } from "./screening-notice-missing.js";
import { rule as sensitiveCooperationWithoutMinister } from "./sensitive-cooperation-without-minister.js";
import { rule as serviceIneligible } from "./service-ineligible.js";
import { rule as supportAivdCoordination } from "./support-aivd-coordination.js";
import { rule as supportAsJointOperation } from "./support-as-joint-operation.js";
import { rule as supportDutchTerritory } from "./support-dutch-territory.js";
import { rule as supportRequestIncomplete } from "./support-request-incomplete.js";
import { rule as supportWithoutMinister } from "./support-without-minister.js";
import { rule as suppressionWithoutReason } from "./suppression-without-reason.js";
import { rule as syntaxError } from "./syntax-error.js";
import { rule as thirdCountryRule } from "./third-country-rule.js";
import { rule as thirdCountryWording } from "./third-country-wording.js";
import { rule as thirdPartyClauseMissing } from "./third-party-clause-missing.js";
import { rule as thirdPartyRuleMissing } from "./third-party-rule-missing.js";
import { rule as threatWarningDirector } from "./threat-warning-director.js";
import { rule as trustDepth } from "./trust-depth.js";
import { rule as unknownField } from "./unknown-field.js";
import { rule as unknownKind } from "./unknown-kind.js";
import { rule as unresolvedReference } from "./unresolved-reference.js";
import { rule as unusedSuppression } from "./unused-suppression.js";
import { rule as wrongReferenceKind } from "./wrong-reference-kind.js";

export const RULES: readonly Rule[] = [
  syntaxError, unknownKind, unknownField, missingField, invalidValue, invalidDate, duplicateField, duplicateName,
  unresolvedReference, wrongReferenceKind, ownService, suppressionWithoutReason, unusedSuppression, configError,
  cooperationWithoutAssessment, assessmentIncomplete, assessmentApproval, serviceIneligible, formNotPermitted,
  assessmentOverdue, adHocWithoutAuthorisation, adHocPrecedent, cooperationWithoutAgreement,
  sensitiveCooperationWithoutMinister, agreementWithoutAssessment, agreementNotReviewed, agreementRefusalUnapproved, thirdPartyClauseMissing,
  thirdCountryWording, approvalAfterActivity, explicitWeighingMissing, disclosureToLawEnforcement,
  foreignInterestUnmarked, mandateGeneralData, mandatePoliticallySensitive, mandatePersonalData,
  personalDataDoubtfulService, personalDataUnrecorded, personalDataOral, personalDataLegalAffairs,
  personalDataMisclassified, dutchNationalProsecutionRisk, rawDataProportionality, bulkDataPermission,
  reliabilityMissing, thirdPartyRuleMissing, thirdCountryRule, originatorConsentMissing, trustDepth,
  threatWarningDirector, meetingUnregistered, liaisonInstructionsMissing, attacheExchange, screeningNoticeMissing,
  bicesGeneralPersonalData, operationalInfoUnjustified, requestSpecialPowerPermission, requestSpecialPowerDirector, requestDoubtfulService,
  supportWithoutMinister, supportAsJointOperation, supportRequestIncomplete, supportDutchTerritory,
  supportAivdCoordination, jointOperationJustification, jointOperationPrivacyImpact, agentNotDesignated,
  agentInstructionUnrecorded, operationLedByAnalysis, handoverUndated, operationEndUnrecorded, operationNotEvaluated,
  foreignLiaisonOperations, receiptNotEvaluated, receiptLawfulnessDoubtful,
];

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}

export const RULE_IDS: ReadonlySet<string> = new Set(byId.keys());

const outranked = new Map<Rule, ReadonlySet<string>>();

/** Every rule a rule's finding makes redundant for its subject: those it outranks, and theirs in turn. */
export function outrankedBy(rule: Rule): ReadonlySet<string> {
  let set = outranked.get(rule);
  if (!set) {
    const out = new Set<string>();
    const visit = (r: Rule | undefined) => {
      for (const id of r?.outranks ?? []) if (!out.has(id) && id !== rule.id) { out.add(id); visit(byId.get(id)); }
    };
    visit(rule);
    outranked.set(rule, (set = out));
  }
  return set;
}

/** The rules by id, as configuration reads them. */
export const RULES_BY_ID: ReadonlyMap<string, Rule> = byId;
