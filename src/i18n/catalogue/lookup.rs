//! Names of the closed vocabularies, texts of the recommendation's reasons and of model-file
//! errors, looked up in a [`CatStrings`] table.

use super::CatStrings;
use crate::model::recommend::{Budget, Why, WhyNot};
use crate::model::taxonomy::{FounderRoute, PartnerKind, ServiceKind, TargetGroup};

/// The texts of the recommendation's reasons; `{}` parts are filled with a name.
#[derive(Debug)]
pub struct ReasonTexts {
    /// Why: the founder route fits.
    pub route_fits: fn(&str) -> String,
    /// Why: a group is present.
    pub group_present: fn(&str) -> String,
    /// Why: a service is in demand.
    pub service_wanted: fn(&str) -> String,
    /// Why: a partner is at hand.
    pub partner_at_hand: fn(&str) -> String,
    /// Why: premises are available.
    pub premises_available: &'static str,
    /// Why: no premises needed.
    pub no_premises_needed: &'static str,
    /// Why not: the route is excluded.
    pub route_excluded: fn(&str) -> String,
    /// Why not: no route given.
    pub route_unknown: &'static str,
    /// Why not: no group present.
    pub no_group: &'static str,
    /// Why not: no demand.
    pub no_demand: &'static str,
    /// Why not: a partner is missing.
    pub partner_missing: fn(&str) -> String,
    /// Why not: premises missing.
    pub premises_missing: &'static str,
    /// Why not: premises on a low budget.
    pub low_budget: &'static str,
}

/// Messages about importing and loading model files.
#[derive(Debug)]
pub struct ImportTexts {
    /// Success: model name, copy path.
    pub done: fn(&str, &str) -> String,
    /// Failure: reason, source path.
    pub failed: fn(&str, &str) -> String,
    /// A file skipped at start: reason, path.
    pub skipped: fn(&str, &str) -> String,
}

impl CatStrings {
    /// The name of a target group.
    pub fn group(&self, group: TargetGroup) -> &'static str {
        let [
            violence,
            addiction,
            autism,
            homeless,
            disability,
            unemployed,
            cis,
            wtz,
            mental,
        ] = self.groups;
        match group {
            TargetGroup::DomesticViolence => violence,
            TargetGroup::Addiction => addiction,
            TargetGroup::Autism => autism,
            TargetGroup::Homelessness => homeless,
            TargetGroup::Disability => disability,
            TargetGroup::LongTermUnemployed => unemployed,
            TargetGroup::CisParticipants => cis,
            TargetGroup::WtzParticipants => wtz,
            TargetGroup::MentalIllness => mental,
        }
    }

    /// The name of a service kind.
    pub fn service(&self, service: ServiceKind) -> &'static str {
        let [
            care,
            catering,
            nursery,
            kindergarten,
            tourism,
            upkeep,
            crafts,
            renovation,
        ] = self.services;
        match service {
            ServiceKind::Care => care,
            ServiceKind::Catering => catering,
            ServiceKind::Nursery => nursery,
            ServiceKind::Kindergarten => kindergarten,
            ServiceKind::Tourism => tourism,
            ServiceKind::Maintenance => upkeep,
            ServiceKind::Crafts => crafts,
            ServiceKind::Renovation => renovation,
        }
    }

    /// The name of a partner kind.
    pub fn partner(&self, partner: PartnerKind) -> &'static str {
        let [municipality, owes, ops, pup, cis, parish, ngo, therapy] = self.partners;
        match partner {
            PartnerKind::Municipality => municipality,
            PartnerKind::Owes => owes,
            PartnerKind::Ops => ops,
            PartnerKind::Pup => pup,
            PartnerKind::Cis => cis,
            PartnerKind::Parish => parish,
            PartnerKind::Ngo => ngo,
            PartnerKind::Therapy => therapy,
        }
    }

    /// The name of a founder route.
    pub fn route(&self, route: FounderRoute) -> &'static str {
        let [legal, natural] = self.routes;
        match route {
            FounderRoute::LegalPersons => legal,
            FounderRoute::NaturalPersons => natural,
        }
    }

    /// The name of a budget range.
    pub fn budget(&self, budget: Budget) -> &'static str {
        let [low, medium, high] = self.budgets;
        match budget {
            Budget::Low => low,
            Budget::Medium => medium,
            Budget::High => high,
        }
    }

    /// The text of a reason for a model.
    pub fn why(&self, why: Why) -> String {
        let r = &self.reasons;
        match why {
            Why::FounderRouteFits(route) => (r.route_fits)(self.route(route)),
            Why::TargetGroupPresent(group) => (r.group_present)(self.group(group)),
            Why::ServiceInDemand(service) => (r.service_wanted)(self.service(service)),
            Why::PartnerAtHand(partner) => (r.partner_at_hand)(self.partner(partner)),
            Why::PremisesAvailable => r.premises_available.to_owned(),
            Why::NoPremisesNeeded => r.no_premises_needed.to_owned(),
        }
    }

    /// The text of a reason against a model.
    pub fn why_not(&self, why_not: WhyNot) -> String {
        let r = &self.reasons;
        match why_not {
            WhyNot::FounderRouteExcluded(route) => (r.route_excluded)(self.route(route)),
            WhyNot::FounderRouteUnknown => r.route_unknown.to_owned(),
            WhyNot::NoTargetGroupPresent => r.no_group.to_owned(),
            WhyNot::NoDemandForServices => r.no_demand.to_owned(),
            WhyNot::PartnerMissing(partner) => (r.partner_missing)(self.partner(partner)),
            WhyNot::PremisesMissing => r.premises_missing.to_owned(),
            WhyNot::PremisesOnLowBudget => r.low_budget.to_owned(),
        }
    }
}
