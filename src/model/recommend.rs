//! The fit recommendation: scores each model against a short questionnaire about the local
//! situation, and says why and why not. Pure: answers and fit tags in, a ranking out.

use std::collections::BTreeSet;

use super::catalogue::ModelEntry;
use super::taxonomy::{FounderRoute, PartnerKind, ServiceKind, TargetGroup};

/// How much money the founders can put into the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Budget {
    /// Little or no own money.
    Low,
    /// Some own money or a grant in sight.
    Medium,
    /// Enough to fit out premises.
    High,
}

impl Budget {
    /// All ranges, lowest first.
    pub const ALL: [Self; 3] = [Self::Low, Self::Medium, Self::High];
}

/// The questionnaire's answers. `None` or an empty set means "not answered", and an
/// unanswered question changes no score.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Answers {
    /// Who founds the cooperative.
    pub founder: Option<FounderRoute>,
    /// Groups at risk of exclusion present locally.
    pub target_groups: BTreeSet<TargetGroup>,
    /// Whether premises are available.
    pub premises: Option<bool>,
    /// Services with local demand.
    pub demand: BTreeSet<ServiceKind>,
    /// Partners at hand.
    pub partners: BTreeSet<PartnerKind>,
    /// The start-up budget.
    pub budget: Option<Budget>,
}

impl Answers {
    /// True when no question is answered.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// A reason that speaks for a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Why {
    /// The model suits the founders' route.
    FounderRouteFits(FounderRoute),
    /// A group the model employs is present locally.
    TargetGroupPresent(TargetGroup),
    /// There is local demand for a service the model sells.
    ServiceInDemand(ServiceKind),
    /// A partner the model relies on is at hand.
    PartnerAtHand(PartnerKind),
    /// The model needs premises, and premises are available.
    PremisesAvailable,
    /// The model needs no premises of its own, and none are available.
    NoPremisesNeeded,
}

impl Why {
    /// The points this reason adds.
    pub fn points(self) -> i32 {
        match self {
            Self::TargetGroupPresent(_) | Self::ServiceInDemand(_) | Self::PremisesAvailable => 2,
            Self::FounderRouteFits(_) | Self::PartnerAtHand(_) | Self::NoPremisesNeeded => 1,
        }
    }
}

/// A reason that speaks against a model.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WhyNot {
    /// The model needs founders of another route: a hard requirement, the model is not
    /// recommended whatever its score.
    FounderRouteExcluded(FounderRoute),
    /// The catalogue does not say which founders the model suits (no points).
    FounderRouteUnknown,
    /// None of the groups the model employs is present locally.
    NoTargetGroupPresent,
    /// None of the model's services has local demand.
    NoDemandForServices,
    /// A partner the model relies on is not at hand.
    PartnerMissing(PartnerKind),
    /// The model needs premises, and none are available.
    PremisesMissing,
    /// The model needs premises, and the budget is low.
    PremisesOnLowBudget,
}

impl WhyNot {
    /// The points this reason takes away (a negative number or zero).
    pub fn points(self) -> i32 {
        match self {
            Self::FounderRouteExcluded(_) | Self::FounderRouteUnknown => 0,
            Self::PartnerMissing(_) => -1,
            Self::NoTargetGroupPresent | Self::NoDemandForServices | Self::PremisesOnLowBudget => {
                -2
            }
            Self::PremisesMissing => -3,
        }
    }

    /// True for a reason that rules the model out.
    pub fn is_hard(self) -> bool {
        matches!(self, Self::FounderRouteExcluded(_))
    }
}

/// One model's place in the ranking.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Recommendation {
    /// The model's id.
    pub model_id: String,
    /// Rank from 1; models with the same score share a rank. Ruled-out models come last.
    pub rank: usize,
    /// The sum of the reasons' points.
    pub score: i32,
    /// False when a hard requirement fails.
    pub eligible: bool,
    /// Reasons for, strongest first.
    pub why: Vec<Why>,
    /// Reasons against, hard ones first.
    pub why_not: Vec<WhyNot>,
}

/// Scores one model against the answers.
pub fn assess(answers: &Answers, model: &ModelEntry) -> Recommendation {
    let fit = &model.fit;
    let mut why = Vec::new();
    let mut why_not = Vec::new();
    if let Some(route) = answers.founder {
        if fit.founder_routes.is_empty() {
            why_not.push(WhyNot::FounderRouteUnknown);
        } else if fit.founder_routes.contains(&route) {
            why.push(Why::FounderRouteFits(route));
        } else {
            why_not.push(WhyNot::FounderRouteExcluded(route));
        }
    }
    if !answers.target_groups.is_empty() && !fit.target_groups.is_empty() {
        let present: Vec<_> = sorted(&fit.target_groups)
            .into_iter()
            .filter(|group| answers.target_groups.contains(group))
            .map(Why::TargetGroupPresent)
            .collect();
        if present.is_empty() {
            why_not.push(WhyNot::NoTargetGroupPresent);
        }
        why.extend(present);
    }
    if !answers.demand.is_empty() && !fit.services.is_empty() {
        let wanted: Vec<_> = sorted(&fit.services)
            .into_iter()
            .filter(|service| answers.demand.contains(service))
            .map(Why::ServiceInDemand)
            .collect();
        if wanted.is_empty() {
            why_not.push(WhyNot::NoDemandForServices);
        }
        why.extend(wanted);
    }
    if !answers.partners.is_empty() {
        for partner in sorted(&fit.partners) {
            if answers.partners.contains(&partner) {
                why.push(Why::PartnerAtHand(partner));
            } else {
                why_not.push(WhyNot::PartnerMissing(partner));
            }
        }
    }
    assess_premises(answers, fit.needs_premises, &mut why, &mut why_not);
    why.sort_by_key(|reason| -reason.points());
    why_not.sort_by_key(|reason| (!reason.is_hard(), reason.points()));
    let score = why.iter().map(|r| r.points()).sum::<i32>()
        + why_not.iter().map(|r| r.points()).sum::<i32>();
    Recommendation {
        model_id: model.id.clone(),
        rank: 0,
        score,
        eligible: !why_not.iter().any(|r| r.is_hard()),
        why,
        why_not,
    }
}

fn assess_premises(
    answers: &Answers,
    needs_premises: bool,
    why: &mut Vec<Why>,
    why_not: &mut Vec<WhyNot>,
) {
    match (needs_premises, answers.premises) {
        (true, Some(true)) => why.push(Why::PremisesAvailable),
        (true, Some(false)) => why_not.push(WhyNot::PremisesMissing),
        (false, Some(false)) => why.push(Why::NoPremisesNeeded),
        (false, Some(true)) | (_, None) => {}
    }
    if needs_premises && answers.premises != Some(true) && answers.budget == Some(Budget::Low) {
        why_not.push(WhyNot::PremisesOnLowBudget);
    }
}

/// Ranks every model: eligible models first, then by score (highest first), then by id so
/// the order is stable. Models with equal scores (and eligibility) share a rank.
pub fn recommend(answers: &Answers, models: &[ModelEntry]) -> Vec<Recommendation> {
    let mut ranking: Vec<Recommendation> = models.iter().map(|m| assess(answers, m)).collect();
    ranking.sort_by(|a, b| {
        (!a.eligible, -a.score, &a.model_id).cmp(&(!b.eligible, -b.score, &b.model_id))
    });
    let mut previous: Option<(bool, i32)> = None;
    let mut rank = 0;
    for (index, entry) in ranking.iter_mut().enumerate() {
        if previous != Some((entry.eligible, entry.score)) {
            rank = index + 1;
            previous = Some((entry.eligible, entry.score));
        }
        entry.rank = rank;
    }
    ranking
}

fn sorted<T: Ord + Copy>(items: &[T]) -> Vec<T> {
    let set: BTreeSet<T> = items.iter().copied().collect();
    set.into_iter().collect()
}

#[cfg(test)]
#[path = "recommend_tests.rs"]
mod tests;
