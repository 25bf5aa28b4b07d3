//! The catalogue screens' own string table (PL and EN), plus the names of the closed
//! vocabularies and the texts of the recommendation's reasons.

mod en;
mod lookup;
mod pl;

pub use lookup::{ImportTexts, ReasonTexts};

use crate::i18n::Lang;

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
    /// Top of the model step once a model is chosen: its name.
    pub chosen_line: fn(&str) -> String,
    /// Top of the model step before a model is chosen.
    pub none_chosen: &'static str,
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

/// The catalogue's string table for `lang`.
pub fn cat_tr(lang: Lang) -> &'static CatStrings {
    crate::i18n::by_lang(lang, &pl::PL, &en::EN)
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
