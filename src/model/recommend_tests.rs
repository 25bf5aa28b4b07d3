//! Unit tests of the fit recommendation: clear-cut and borderline cases.

use super::{Answers, Budget, Why, WhyNot, assess, recommend};
use crate::model::catalogue::{Catalogue, FitTags, ModelEntry};
use crate::model::taxonomy::{FounderRoute, PartnerKind, ServiceKind, TargetGroup};

fn model(id: &str, fit: FitTags) -> ModelEntry {
    let mut model = Catalogue::built_in().models.remove(0);
    model.id = id.to_owned();
    model.fit = fit;
    model
}

/// A nursery-like service model open to both founder routes.
fn nursery() -> ModelEntry {
    model(
        "nursery",
        FitTags {
            services: vec![ServiceKind::Nursery],
            founder_routes: vec![FounderRoute::LegalPersons, FounderRoute::NaturalPersons],
            partners: vec![PartnerKind::Municipality, PartnerKind::Owes],
            needs_premises: true,
            ..FitTags::default()
        },
    )
}

/// An addiction-like integration model for legal persons only.
fn addiction() -> ModelEntry {
    model(
        "addiction",
        FitTags {
            target_groups: vec![TargetGroup::Addiction, TargetGroup::Homelessness],
            services: vec![ServiceKind::Catering, ServiceKind::Maintenance],
            founder_routes: vec![FounderRoute::LegalPersons],
            partners: vec![PartnerKind::Parish, PartnerKind::Therapy],
            needs_premises: true,
        },
    )
}

fn ids(ranking: &[super::Recommendation]) -> Vec<(&str, usize)> {
    ranking
        .iter()
        .map(|r| (r.model_id.as_str(), r.rank))
        .collect()
}

#[test]
fn no_answers_give_a_tie_without_reasons() {
    let answers = Answers::default();
    assert!(answers.is_empty());
    let ranking = recommend(&answers, &[nursery(), addiction()]);
    assert_eq!(ids(&ranking), [("addiction", 1), ("nursery", 1)]);
    for entry in &ranking {
        assert_eq!(entry.score, 0);
        assert!(entry.eligible);
        assert!(entry.why.is_empty() && entry.why_not.is_empty());
    }
}

#[test]
fn clear_fit_ranks_first_with_its_reasons() {
    let answers = Answers {
        founder: Some(FounderRoute::LegalPersons),
        target_groups: [TargetGroup::Addiction].into(),
        demand: [ServiceKind::Catering].into(),
        partners: [PartnerKind::Parish, PartnerKind::Therapy].into(),
        premises: Some(true),
        budget: Some(Budget::Medium),
    };
    let ranking = recommend(&answers, &[nursery(), addiction()]);
    assert_eq!(ids(&ranking), [("addiction", 1), ("nursery", 2)]);
    let first = &ranking[0];
    assert_eq!(
        first.why,
        [
            Why::TargetGroupPresent(TargetGroup::Addiction),
            Why::ServiceInDemand(ServiceKind::Catering),
            Why::PremisesAvailable,
            Why::FounderRouteFits(FounderRoute::LegalPersons),
            Why::PartnerAtHand(PartnerKind::Parish),
            Why::PartnerAtHand(PartnerKind::Therapy),
        ]
    );
    assert!(first.why_not.is_empty());
    assert_eq!(first.score, 2 + 2 + 2 + 1 + 1 + 1);
    let second = &ranking[1];
    assert_eq!(
        second.why_not,
        [
            WhyNot::NoDemandForServices,
            WhyNot::PartnerMissing(PartnerKind::Municipality),
            WhyNot::PartnerMissing(PartnerKind::Owes),
        ]
    );
    assert_eq!(second.score, 1 + 2 - 2 - 1 - 1);
}

#[test]
fn failing_the_founder_route_rules_a_model_out_whatever_its_score() {
    let answers = Answers {
        founder: Some(FounderRoute::NaturalPersons),
        target_groups: [TargetGroup::Addiction, TargetGroup::Homelessness].into(),
        demand: [ServiceKind::Catering, ServiceKind::Maintenance].into(),
        premises: Some(false),
        ..Answers::default()
    };
    let ranking = recommend(&answers, &[addiction(), nursery()]);
    assert_eq!(ids(&ranking), [("nursery", 1), ("addiction", 2)]);
    let nursery = &ranking[0];
    assert!(nursery.eligible);
    assert!(
        nursery.score < 0,
        "a negative score still ranks above a ruled-out model"
    );
    let ruled_out = &ranking[1];
    assert!(!ruled_out.eligible);
    assert!(ruled_out.score > nursery.score);
    assert_eq!(
        ruled_out.why_not.first(),
        Some(&WhyNot::FounderRouteExcluded(FounderRoute::NaturalPersons))
    );
}

#[test]
fn equal_scores_share_a_rank_and_keep_a_stable_order() {
    let twin = |id: &str| {
        model(
            id,
            FitTags {
                services: vec![ServiceKind::Tourism],
                ..FitTags::default()
            },
        )
    };
    let answers = Answers {
        demand: [ServiceKind::Tourism].into(),
        ..Answers::default()
    };
    let ranking = recommend(&answers, &[twin("b_twin"), nursery(), twin("a_twin")]);
    assert_eq!(
        ids(&ranking),
        [("a_twin", 1), ("b_twin", 1), ("nursery", 3)]
    );
    assert_eq!(ranking[0].score, ranking[1].score);
}

#[test]
fn missing_premises_and_a_low_budget_weigh_against_models_that_need_premises() {
    let answers = Answers {
        premises: Some(false),
        budget: Some(Budget::Low),
        ..Answers::default()
    };
    let needs = assess(&answers, &nursery());
    assert_eq!(
        needs.why_not,
        [WhyNot::PremisesMissing, WhyNot::PremisesOnLowBudget]
    );
    assert_eq!(needs.score, -5);
    let without = model("no_premises", FitTags::default());
    let free = assess(&answers, &without);
    assert_eq!(free.why, [Why::NoPremisesNeeded]);
    assert_eq!(free.score, 1);

    // A low budget alone does not count against a model whose premises are at hand.
    let with_premises = Answers {
        premises: Some(true),
        budget: Some(Budget::Low),
        ..Answers::default()
    };
    assert_eq!(assess(&with_premises, &nursery()).score, 2);
}

#[test]
fn a_model_that_names_no_founder_route_stays_eligible_with_a_caution() {
    let answers = Answers {
        founder: Some(FounderRoute::NaturalPersons),
        ..Answers::default()
    };
    let open = assess(&answers, &model("open", FitTags::default()));
    assert!(open.eligible);
    assert_eq!(open.why_not, [WhyNot::FounderRouteUnknown]);
    assert_eq!(open.score, 0);
}

#[test]
fn groups_not_present_count_against_integration_models_only() {
    let answers = Answers {
        target_groups: [TargetGroup::Autism].into(),
        ..Answers::default()
    };
    assert_eq!(
        assess(&answers, &addiction()).why_not,
        [WhyNot::NoTargetGroupPresent]
    );
    let service = assess(&answers, &nursery());
    assert!(service.why.is_empty() && service.why_not.is_empty());
}
