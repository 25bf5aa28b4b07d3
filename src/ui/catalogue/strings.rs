//! The catalogue screens' own string table (PL and EN), plus the names of the closed
//! vocabularies and the texts of the recommendation's reasons.

#[path = "strings_en.rs"]
mod en;
#[path = "strings_pl.rs"]
mod pl;

use crate::i18n::Lang;
use crate::io::model_files::ModelFileError;
use crate::model::recommend::{Budget, Why, WhyNot};
use crate::model::taxonomy::{FounderRoute, PartnerKind, ServiceKind, TargetGroup};

/// Every user-facing string of the catalogue, model page, comparison, recommendation and
/// import. Functions build texts with numbers or names.
#[derive(Debug)]
pub struct CatStrings {
    /// Tab: the catalogue list.
    pub tab_catalogue: &'static str,
    /// Tab: the comparison, with the number of models picked.
    pub tab_compare: fn(usize) -> String,
    /// Tab: the recommendation.
    pub tab_recommend: &'static str,
    /// Button: import a model file.
    pub import_button: &'static str,
    /// Tooltip of the import button.
    pub import_tip: &'static str,
    /// Heading of the note about the series.
    pub about_heading: &'static str,
    /// The note about the series: ten models, eight named, two unknown.
    pub about_text: &'static str,
    /// How many models of the series the catalogue holds.
    pub about_count: fn(usize) -> String,
    /// Label of the search field.
    pub search_label: &'static str,
    /// Hint inside the search field.
    pub search_hint: &'static str,
    /// Filter label: family.
    pub filter_family: &'static str,
    /// Filter label: target group.
    pub filter_group: &'static str,
    /// Filter label: founder route.
    pub filter_route: &'static str,
    /// Filter label: service.
    pub filter_service: &'static str,
    /// Filter value: no filter.
    pub any: &'static str,
    /// Button: clear search and filters.
    pub clear_filters: &'static str,
    /// "Showing X of Y models".
    pub shown_count: fn(usize, usize) -> String,
    /// Shown when nothing matches.
    pub no_results: &'static str,
    /// Group heading: models of the series.
    pub group_series: &'static str,
    /// Group heading: related models from outside the series.
    pub group_outside: &'static str,
    /// Note under the outside-the-series heading.
    pub group_outside_note: &'static str,
    /// Group heading: imported models.
    pub group_imported: &'static str,
    /// Note under the imported heading.
    pub group_imported_note: &'static str,
    /// Badge on imported models.
    pub imported_badge: &'static str,
    /// Button on a card: open the model page.
    pub details: &'static str,
    /// Accessible name of the details button: model name.
    pub details_for: fn(&str) -> String,
    /// Accessible name of a "choose this model" button in the ranking: model name.
    pub choose_for: fn(&str) -> String,
    /// Accessible name of an answer: question, answer.
    pub answer_name: fn(&str, &str) -> String,
    /// Checkbox on a card: add to the comparison.
    pub compare_toggle: &'static str,
    /// Accessible name of the compare checkbox: model name.
    pub compare_for: fn(&str) -> String,
    /// Tooltip when three models are picked already.
    pub compare_full: &'static str,
    /// Button: back to the list.
    pub back_to_catalogue: &'static str,
    /// Section titles of the model page, in the manuals' order: target group, diagnosis,
    /// goals, services, partners, prerequisites, checklist items, risks, monitoring, impact,
    /// funding, sources.
    pub sections: [&'static str; 12],
    /// Label before the manual.
    pub manual_label: &'static str,
    /// Shown when no pilot is confirmed.
    pub no_pilot: &'static str,
    /// Label before a legal basis.
    pub legal_basis_label: &'static str,
    /// Link text of an item's source.
    pub item_source: &'static str,
    /// Shown for an empty section.
    pub empty_section: &'static str,
    /// Explains the "to verify" mark.
    pub verify_legend: &'static str,
    /// Shown on the model page when the model is the plan's.
    pub chosen_for_plan: &'static str,
    /// Comparison heading.
    pub compare_heading: &'static str,
    /// Tells how to pick models to compare.
    pub compare_intro: &'static str,
    /// Row labels of the comparison: family, provenance, pilot, target groups, services,
    /// partners, prerequisites, founder routes, premises, model-specific items, risks.
    pub compare_rows: [&'static str; 11],
    /// Button: remove a model from the comparison.
    pub compare_remove: &'static str,
    /// Accessible name of the remove button: model name.
    pub compare_remove_for: fn(&str) -> String,
    /// Premises: needed.
    pub premises_needed: &'static str,
    /// Premises: not needed.
    pub premises_not_needed: &'static str,
    /// A list with nothing in it.
    pub none: &'static str,
    /// Recommendation heading.
    pub rec_heading: &'static str,
    /// Recommendation introduction.
    pub rec_intro: &'static str,
    /// Question: who founds.
    pub q_founder: &'static str,
    /// Note: the founder answer comes from the plan's profile.
    pub q_founder_note: &'static str,
    /// Question: groups present locally.
    pub q_groups: &'static str,
    /// Question: premises.
    pub q_premises: &'static str,
    /// Question: services in demand.
    pub q_demand: &'static str,
    /// Question: partners at hand.
    pub q_partners: &'static str,
    /// Question: budget.
    pub q_budget: &'static str,
    /// Note on how the budget counts.
    pub q_budget_note: &'static str,
    /// Answer: yes.
    pub yes: &'static str,
    /// Answer: no.
    pub no: &'static str,
    /// Answer: not known.
    pub dont_know: &'static str,
    /// Budget ranges: low, medium, high.
    pub budgets: [&'static str; 3],
    /// Heading of the scoring explanation.
    pub how_heading: &'static str,
    /// The scoring in plain words.
    pub how_text: &'static str,
    /// Results heading.
    pub results_heading: &'static str,
    /// Shown before any answer.
    pub no_answers: &'static str,
    /// "Place N · S points".
    pub rank_score: fn(usize, i32) -> String,
    /// Shown next to tied models.
    pub tie: &'static str,
    /// Heading of the models ruled out.
    pub ruled_out_heading: &'static str,
    /// Label before reasons for.
    pub why_label: &'static str,
    /// Label before reasons against.
    pub why_not_label: &'static str,
    /// Button: clear the answers.
    pub reset_answers: &'static str,
    /// Names of the target groups, in `TargetGroup` order.
    pub groups: [&'static str; 9],
    /// Names of the services, in `ServiceKind` order.
    pub services: [&'static str; 8],
    /// Names of the partners, in `PartnerKind` order.
    pub partners: [&'static str; 8],
    /// Names of the founder routes: legal persons, natural persons.
    pub routes: [&'static str; 2],
    /// Reason texts.
    pub reasons: ReasonTexts,
    /// Import messages.
    pub import: ImportTexts,
}

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
    /// The file was not found.
    pub not_found: &'static str,
    /// No permission.
    pub permission: &'static str,
    /// Another system error.
    pub io: &'static str,
    /// A folder or special file.
    pub not_a_file: &'static str,
    /// Too large.
    pub too_large: &'static str,
    /// Not UTF-8.
    pub not_text: &'static str,
    /// Not JSON or cut short.
    pub not_json: &'static str,
    /// Not a model file.
    pub wrong_format: &'static str,
    /// A newer format version.
    pub newer_version: &'static str,
    /// Missing or wrongly typed fields.
    pub invalid: &'static str,
    /// Rule problems: their number.
    pub problems: fn(usize) -> String,
    /// Duplicate id.
    pub duplicate: fn(&str) -> String,
    /// The copy failed.
    pub copy: &'static str,
}

/// The catalogue's string table for `lang`.
pub fn cat_tr(lang: Lang) -> &'static CatStrings {
    match lang {
        Lang::Pl => &pl::PL,
        Lang::En => &en::EN,
    }
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

    /// A user-facing reason why a model file was refused.
    pub fn model_file_error(&self, err: &ModelFileError) -> String {
        let t = &self.import;
        match err {
            ModelFileError::Io(io) => match io.kind() {
                std::io::ErrorKind::NotFound => t.not_found.to_owned(),
                std::io::ErrorKind::PermissionDenied => t.permission.to_owned(),
                _ => format!("{} ({io})", t.io),
            },
            ModelFileError::NotAFile => t.not_a_file.to_owned(),
            ModelFileError::TooLarge => t.too_large.to_owned(),
            ModelFileError::NotText => t.not_text.to_owned(),
            ModelFileError::NotJson(detail) => format!("{} ({detail})", t.not_json),
            ModelFileError::WrongFormat => t.wrong_format.to_owned(),
            ModelFileError::NewerVersion(version) => format!("{} ({version})", t.newer_version),
            ModelFileError::Invalid(detail) => format!("{} ({detail})", t.invalid),
            ModelFileError::Problems(problems) => {
                format!("{}: {}", (t.problems)(problems.len()), problems.join("; "))
            }
            ModelFileError::DuplicateId(id) => (t.duplicate)(id),
            ModelFileError::Copy(io) => format!("{} ({io})", t.copy),
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

#[cfg(test)]
mod tests {
    use super::cat_tr;
    use crate::i18n::Lang;
    use crate::model::recommend::{Why, WhyNot};
    use crate::model::taxonomy::{FounderRoute, PartnerKind};

    #[test]
    fn no_string_is_empty_in_either_language() {
        for lang in Lang::ALL {
            let c = cat_tr(lang);
            // The Debug form lists every plain field; an empty one shows as "".
            let dump = format!("{c:?}");
            assert!(!dump.contains("\"\""), "{lang:?} has an empty string");
            let built = [
                (c.tab_compare)(2),
                (c.about_count)(8),
                (c.shown_count)(1, 2),
                (c.details_for)("x"),
                (c.compare_for)("x"),
                (c.choose_for)("x"),
                (c.answer_name)("x", "y"),
                (c.compare_remove_for)("x"),
                (c.rank_score)(1, -2),
                (c.import.done)("x", "y"),
                (c.import.failed)("x", "y"),
                (c.import.skipped)("x", "y"),
                (c.import.problems)(3),
                (c.import.duplicate)("x"),
                c.why(Why::PartnerAtHand(PartnerKind::Ops)),
                c.why_not(WhyNot::FounderRouteExcluded(FounderRoute::NaturalPersons)),
            ];
            for text in built {
                assert!(text.trim().len() > 2, "{lang:?}: {text:?}");
            }
        }
    }

    #[test]
    fn languages_differ_and_paths_come_last() {
        let (pl, en) = (cat_tr(Lang::Pl), cat_tr(Lang::En));
        assert_ne!(pl.tab_recommend, en.tab_recommend);
        for c in [pl, en] {
            assert!((c.import.failed)("powód", "/tmp/a.json").ends_with("/tmp/a.json"));
            assert!((c.import.skipped)("powód", "/tmp/a.json").ends_with("/tmp/a.json"));
            assert!((c.import.done)("Model", "/tmp/a.json").ends_with("/tmp/a.json"));
        }
    }

    #[test]
    fn rank_text_shows_negative_scores() {
        assert!((cat_tr(Lang::Pl).rank_score)(3, -2).contains("-2"));
        assert!((cat_tr(Lang::En).rank_score)(1, 7).contains('7'));
    }
}
