//! Review findings on the franchise section: what a replicator should settle before
//! sending the plan to the franchisor.

use chrono::NaiveDate;

use super::catalogue::ModelEntry;
use super::franchise::FranchisorKind;
use super::franchise_terms::{TermId, TermStatus};
use super::milestones::OPERATIONS_START;
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
    /// Agreement terms still to negotiate while the start of operations is near (or past).
    TermsOpenNearStart {
        /// How many terms are still to negotiate.
        open: usize,
        /// Days from today to the start of operations; negative once it has passed.
        days: i64,
    },
    /// Fee lines without an amount. The budget counts the fees from the franchise section
    /// as costs, so such a fee is in it as 0 zł: the amount is missing, or the line is not a
    /// fee (a fee waived is no line at all).
    FeesNotInBudget(usize),
}

/// How many days before the start of operations open agreement terms become a finding: the
/// parties need time to settle and sign before the cooperative starts working under the
/// model's name (our own rule of thumb, not a legal period).
pub const NEAR_START_DAYS: i64 = 60;

/// Agreement terms still to negotiate when the plan's "start of operations" milestone is
/// dated at most [`NEAR_START_DAYS`] days after `today`, or has passed; nothing without a
/// franchisor to agree with, or without that date.
pub fn terms_open_near_start(plan: &Plan, today: NaiveDate) -> Option<Finding> {
    let open = findings(plan, None).into_iter().find_map(|f| match f {
        Finding::TermsOpen(open) => Some(open),
        _ => None,
    })?;
    let start = plan.milestone(OPERATIONS_START)?.date?;
    let days = (start - today).num_days();
    (days <= NEAR_START_DAYS).then_some(Finding::TermsOpenNearStart { open, days })
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
    use super::{Finding, NEAR_START_DAYS, findings, terms_open_near_start};
    use crate::model::catalogue::Catalogue;
    use crate::model::franchise::{Decision, Fee, FranchisorKind};
    use crate::model::franchise_terms::{TermId, TermStatus};
    use crate::model::milestones::OPERATIONS_START;
    use crate::model::money::Money;
    use crate::model::plan::Plan;

    fn day(y: i32, m: u32, d: u32) -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn open_terms_become_a_finding_as_the_start_of_operations_nears() {
        let mut plan = Plan::new("p", chrono::DateTime::UNIX_EPOCH);
        let today = day(2027, 1, 1);
        plan.franchise.franchisor.kind = Some(FranchisorKind::Owes);
        plan.franchise.term_mut(TermId::Exit).status = TermStatus::Agreed;
        let open = TermId::ALL.len() - 1;
        // No date for the start of operations: nothing to say yet.
        assert_eq!(terms_open_near_start(&plan, today), None);
        assert!(plan.set_milestone_date(OPERATIONS_START, Some(day(2027, 3, 3))));
        assert_eq!(terms_open_near_start(&plan, today), None, "61 days away");
        assert!(plan.set_milestone_date(OPERATIONS_START, Some(day(2027, 3, 2))));
        let days = NEAR_START_DAYS;
        let near = Finding::TermsOpenNearStart { open, days };
        assert_eq!(terms_open_near_start(&plan, today), Some(near));
        assert!(plan.set_milestone_date(OPERATIONS_START, Some(day(2026, 12, 22))));
        let past = Finding::TermsOpenNearStart { open, days: -10 };
        assert_eq!(terms_open_near_start(&plan, today), Some(past));
        // Settled terms, or no franchisor to agree with: nothing.
        for term in TermId::ALL {
            plan.franchise.term_mut(term).status = TermStatus::Agreed;
        }
        assert_eq!(terms_open_near_start(&plan, today), None);
        plan.franchise.term_mut(TermId::Exit).status = TermStatus::ToNegotiate;
        plan.franchise.franchisor.kind = Some(FranchisorKind::None);
        assert_eq!(terms_open_near_start(&plan, today), None);
    }

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
        // Only the near-start check names a date.
        assert!(
            !findings(&plan, None)
                .iter()
                .any(|f| matches!(f, Finding::TermsOpenNearStart { .. }))
        );
        // The fees are in the budget's costs without a cost line of their own.
        assert!(plan.budget.costs.is_empty());
        assert_eq!(plan.budget_totals().costs, Money::zloty(520));
    }
}
