//! Review findings on the franchise section: what a replicator should settle before
//! sending the plan to the franchisor.

use super::catalogue::ModelEntry;
use super::franchise::FranchisorKind;
use super::franchise_terms::{TermId, TermStatus};
use super::money::Money;
use super::plan::Plan;

/// One franchise finding.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Finding {
    /// No franchisor kind is chosen.
    NoFranchisor,
    /// "None" (open replication) is chosen without saying where the know-how comes from.
    OpenWithoutKnowHow,
    /// A core element of the model is dropped: the plan no longer replicates it there.
    CoreDropped {
        /// The element's id.
        id: String,
    },
    /// Agreement terms still to negotiate (with a franchisor chosen).
    TermsOpen(usize),
    /// Fee lines without an amount. The budget counts the fees from the franchise section
    /// as costs, so such a fee is in it as 0 zł: the amount is missing, or the line is not a
    /// fee (a fee waived is no line at all).
    FeesNotInBudget(usize),
}

/// The findings on the plan's franchise section against `model` (when known), most serious
/// first.
pub fn findings(plan: &Plan, model: Option<&ModelEntry>) -> Vec<Finding> {
    let franchise = &plan.franchise;
    let mut out = Vec::new();
    if let Some(model) = model {
        out.extend(
            franchise
                .dropped_core(model)
                .into_iter()
                .map(|e| Finding::CoreDropped { id: e.id.clone() }),
        );
    }
    match franchise.franchisor.kind {
        None => out.push(Finding::NoFranchisor),
        Some(FranchisorKind::None) => {
            if franchise.franchisor.know_how_source.trim().is_empty() {
                out.push(Finding::OpenWithoutKnowHow);
            }
        }
        Some(_) => {
            // A heading missing from the file counts as still to negotiate.
            let open = TermId::ALL
                .into_iter()
                .filter(|&id| franchise.term_status(id) == TermStatus::ToNegotiate)
                .count();
            if open > 0 {
                out.push(Finding::TermsOpen(open));
            }
        }
    }
    let without_amount = franchise
        .fees
        .iter()
        .filter(|fee| fee.amount == Money::ZERO)
        .count();
    if without_amount > 0 {
        out.push(Finding::FeesNotInBudget(without_amount));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{Finding, findings};
    use crate::model::catalogue::Catalogue;
    use crate::model::franchise::{Decision, Fee, FranchisorKind};
    use crate::model::franchise_terms::{TermId, TermStatus};
    use crate::model::money::Money;
    use crate::model::plan::Plan;

    #[test]
    fn each_finding_appears_and_goes_away() {
        let catalogue = Catalogue::built_in();
        let model = Some(catalogue.get("kindergarten").unwrap());
        let mut plan = Plan::new("p", chrono::DateTime::UNIX_EPOCH);
        assert_eq!(findings(&plan, model), [Finding::NoFranchisor]);
        plan.franchise.franchisor.kind = Some(FranchisorKind::None);
        assert_eq!(findings(&plan, model), [Finding::OpenWithoutKnowHow]);
        plan.franchise.franchisor.know_how_source = "Podręcznik modelu".to_owned();
        assert!(findings(&plan, model).is_empty());
        plan.franchise.decision_mut("kg.subsidy").decision = Decision::Drop;
        plan.franchise.decision_mut("kg.local_name").decision = Decision::Drop;
        let id = "kg.subsidy".to_owned();
        assert_eq!(findings(&plan, model), [Finding::CoreDropped { id }]);
        plan.franchise.franchisor.kind = Some(FranchisorKind::Owes);
        for term in TermId::ALL.into_iter().skip(2) {
            plan.franchise.term_mut(term).status = TermStatus::Agreed;
        }
        assert_eq!(findings(&plan, None), [Finding::TermsOpen(2)]);
        plan.franchise.agreement.retain(|t| t.id != TermId::Exit);
        assert_eq!(findings(&plan, None), [Finding::TermsOpen(3)]);
        plan.franchise.term_mut(TermId::Exit).status = TermStatus::Agreed;
        plan.franchise.fees.push(Fee {
            amount: Money::zloty(500),
            ..Fee::default()
        });
        plan.franchise.fees.push(Fee::default());
        assert_eq!(
            findings(&plan, None),
            [Finding::TermsOpen(2), Finding::FeesNotInBudget(1)]
        );
        plan.franchise.fees[1].amount = Money::zloty(20);
        assert_eq!(findings(&plan, None), [Finding::TermsOpen(2)]);
        // The fees are in the budget's costs without a cost line of their own.
        assert!(plan.budget.costs.is_empty());
        assert_eq!(plan.budget_totals().costs, Money::zloty(520));
    }
}
