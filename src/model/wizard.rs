//! The wizard's steps and the pure rules for moving between them.

use serde::{Deserialize, Serialize};

use super::plan::{ChecklistEntry, Plan};

/// A step of the wizard, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Step {
    /// New plan, open plan, plans in the default folder.
    #[default]
    Start,
    /// Who replicates, and where.
    Profile,
    /// Which model to replicate.
    Model,
    /// The franchise: franchisor, core and adaptable elements, agreement, support, fees.
    Franchise,
    /// The replicator's readiness self-assessment.
    Readiness,
    /// What to do.
    Checklist,
    /// Founders, members and employees (counts only).
    Team,
    /// Start-up costs and funding.
    Budget,
    /// A summary, and saving.
    Review,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Self; 9] = [
        Self::Start,
        Self::Profile,
        Self::Model,
        Self::Franchise,
        Self::Readiness,
        Self::Checklist,
        Self::Team,
        Self::Budget,
        Self::Review,
    ];

    /// The step after this one.
    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.index() + 1).copied()
    }

    /// The step before this one.
    pub fn prev(self) -> Option<Self> {
        self.index()
            .checked_sub(1)
            .and_then(|i| Self::ALL.get(i).copied())
    }

    /// True for steps that scroll their own content (long, virtualised lists).
    pub fn scrolls_itself(self) -> bool {
        self == Self::Checklist
    }

    /// The position of the step, from 0.
    pub fn index(self) -> usize {
        Self::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or_default()
    }
}

/// What is missing before the user may leave `step` forwards; empty when nothing is.
pub fn missing(step: Step, plan: &Plan) -> Vec<Missing> {
    let mut missing = Vec::new();
    match step {
        Step::Profile => {
            if plan.name.trim().is_empty() {
                missing.push(Missing::PlanName);
            }
            if plan.profile.kind.is_none() {
                missing.push(Missing::ReplicatorKind);
            }
        }
        Step::Model => {
            if plan.model_id.is_none() {
                missing.push(Missing::Model);
            }
        }
        Step::Checklist => {
            if plan.checklist.iter().any(ChecklistEntry::lacks_reason) {
                missing.push(Missing::NotApplicableReason);
            }
        }
        Step::Franchise => {
            let no_reason = plan.franchise.elements.iter().any(|d| {
                d.decision == super::franchise::Decision::Drop && d.reason.trim().is_empty()
            });
            if no_reason {
                missing.push(Missing::DropReason);
            }
        }
        Step::Start | Step::Readiness | Step::Team | Step::Budget | Step::Review => {}
    }
    missing
}

/// True when the user may go on from `step` to the next one.
pub fn can_advance(step: Step, plan: &Plan) -> bool {
    step.next().is_some() && missing(step, plan).is_empty()
}

/// Something a step still needs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Missing {
    /// The plan has no name.
    PlanName,
    /// The kind of replicator is not chosen.
    ReplicatorKind,
    /// No model is chosen.
    Model,
    /// An item is marked "not applicable" without a reason.
    NotApplicableReason,
    /// A model element is dropped without a reason.
    DropReason,
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::{Missing, Step, can_advance, missing};
    use crate::model::plan::{Plan, ReplicatorKind};

    fn plan() -> Plan {
        Plan::new(
            "",
            chrono::Utc.with_ymd_and_hms(2026, 1, 1, 0, 0, 0).unwrap(),
        )
    }

    #[test]
    fn steps_chain_both_ways() {
        for step in Step::ALL {
            if let Some(next) = step.next() {
                assert_eq!(next.prev(), Some(step));
                assert_eq!(next.index(), step.index() + 1);
            }
        }
        assert_eq!(Step::Review.next(), None);
    }

    #[test]
    fn profile_needs_name_and_kind() {
        let mut plan = plan();
        assert_eq!(
            missing(Step::Profile, &plan),
            [Missing::PlanName, Missing::ReplicatorKind]
        );
        plan.name = "  ".to_owned();
        plan.profile.kind = Some(ReplicatorKind::Ngo);
        assert!(!can_advance(Step::Profile, &plan));
        plan.name = "Plan".to_owned();
        assert!(can_advance(Step::Profile, &plan));
    }

    #[test]
    fn model_step_needs_a_model_and_review_is_last() {
        let mut plan = plan();
        assert!(!can_advance(Step::Model, &plan));
        plan.model_id = Some("kindergarten".to_owned());
        assert!(can_advance(Step::Model, &plan));
        for step in [Step::Readiness, Step::Checklist, Step::Team, Step::Budget] {
            assert!(can_advance(step, &plan), "{step:?}");
        }
        assert!(!can_advance(Step::Review, &plan));
    }

    #[test]
    fn not_applicable_without_a_reason_blocks_the_checklist_step() {
        use crate::model::plan::{ChecklistEntry, Status};
        use crate::model::taxonomy::Phase;
        let mut plan = plan();
        let mut entry = ChecklistEntry::custom("custom_1".to_owned(), Phase::Founding, "x");
        entry.status = Status::NotApplicable;
        plan.checklist.push(entry);
        assert_eq!(
            missing(Step::Checklist, &plan),
            [Missing::NotApplicableReason]
        );
        assert!(!can_advance(Step::Checklist, &plan));
        plan.checklist[0].na_reason = "Nie dotyczy gminy".to_owned();
        assert!(can_advance(Step::Checklist, &plan));
    }

    #[test]
    fn a_dropped_element_without_a_reason_blocks_the_franchise_step() {
        use crate::model::franchise::Decision;
        let mut plan = plan();
        assert!(can_advance(Step::Franchise, &plan));
        plan.franchise.decision_mut("owes_tutor").decision = Decision::Drop;
        assert_eq!(missing(Step::Franchise, &plan), [Missing::DropReason]);
        assert!(!can_advance(Step::Franchise, &plan));
        plan.franchise.decision_mut("owes_tutor").reason = "OWES nie działa w powiecie".to_owned();
        assert!(can_advance(Step::Franchise, &plan));
        assert_eq!(Step::Model.next(), Some(Step::Franchise));
    }

    #[test]
    fn only_the_checklist_scrolls_itself() {
        let own: Vec<_> = Step::ALL
            .into_iter()
            .filter(|s| s.scrolls_itself())
            .collect();
        assert_eq!(own, [Step::Checklist]);
        assert_eq!(Step::Start.prev(), None);
        assert_eq!(Step::ALL.len(), 9);
    }
}
