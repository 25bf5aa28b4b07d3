//! The wizard's steps and the pure rules for moving between them.

use serde::{Deserialize, Serialize};

use super::plan::Plan;

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
    /// What to do.
    Checklist,
    /// A summary, and saving.
    Review,
}

impl Step {
    /// All steps in order.
    pub const ALL: [Self; 5] = [
        Self::Start,
        Self::Profile,
        Self::Model,
        Self::Checklist,
        Self::Review,
    ];

    /// The step after this one.
    pub fn next(self) -> Option<Self> {
        match self {
            Self::Start => Some(Self::Profile),
            Self::Profile => Some(Self::Model),
            Self::Model => Some(Self::Checklist),
            Self::Checklist => Some(Self::Review),
            Self::Review => None,
        }
    }

    /// The step before this one.
    pub fn prev(self) -> Option<Self> {
        match self {
            Self::Start => None,
            Self::Profile => Some(Self::Start),
            Self::Model => Some(Self::Profile),
            Self::Checklist => Some(Self::Model),
            Self::Review => Some(Self::Checklist),
        }
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
        Step::Start | Step::Checklist | Step::Review => {}
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
        assert!(can_advance(Step::Checklist, &plan));
        assert!(!can_advance(Step::Review, &plan));
    }
}
