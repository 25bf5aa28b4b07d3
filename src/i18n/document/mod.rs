//! The words of an exported document, in Polish and English: the document's own words
//! ([`strings`]) and one typed table per section (checklist details, readiness, team, budget
//! and the health check), chosen by the export's language (independent of the window's).

pub mod budget;
pub mod checklist;
pub mod health;
pub mod readiness;
pub mod schedule;
pub mod strings;
pub mod team;

use crate::model::text::Lang;

/// The section tables of one language.
#[derive(Clone, Copy, Debug)]
pub struct Words {
    /// Checklist details: owner, due date, "not applicable" reasons, evidence, own items.
    pub checklist: &'static checklist::ChecklistWords,
    /// The readiness self-assessment.
    pub readiness: &'static readiness::ReadinessWords,
    /// Head counts and the legal checks on them.
    pub team: &'static team::TeamWords,
    /// Costs, funding and reference amounts.
    pub budget: &'static budget::BudgetWords,
    /// What needs attention.
    pub health: &'static health::HealthWords,
    /// The findings of the checks, worded as in the window.
    pub findings: &'static super::findings::Findings,
}

/// The tables for `lang`.
pub fn words(lang: Lang) -> Words {
    match lang {
        Lang::Pl => Words {
            checklist: &checklist::PL,
            readiness: &readiness::PL,
            team: &team::PL,
            budget: &budget::PL,
            health: &health::PL,
            findings: &super::findings::PL,
        },
        Lang::En => Words {
            checklist: &checklist::EN,
            readiness: &readiness::EN,
            team: &team::EN,
            budget: &budget::EN,
            health: &health::EN,
            findings: &super::findings::EN,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::words;
    use crate::model::text::Lang;

    #[test]
    fn no_text_is_empty_in_either_language() {
        for lang in Lang::ALL {
            let w = words(lang);
            // The Debug form lists every field; an empty one shows as "".
            let dump = format!("{w:?}");
            assert!(!dump.contains("\"\""), "{lang:?}: {dump}");
        }
    }

    #[test]
    fn languages_differ() {
        let (pl, en) = (words(Lang::Pl), words(Lang::En));
        assert_ne!(pl.readiness.heading, en.readiness.heading);
        assert_ne!(pl.team.heading, en.team.heading);
        assert_ne!(pl.budget.heading, en.budget.heading);
        assert_ne!(pl.health.heading, en.health.heading);
        assert_ne!(pl.checklist.evidence, en.checklist.evidence);
    }
}
