//! Texts of the plan's health check (shown on the review step).

use crate::i18n::Lang;
use crate::i18n::findings::{self, Findings};

/// Every text of the health check.
#[derive(Debug)]
pub struct HealthTexts {
    /// Heading.
    pub heading: &'static str,
    /// The findings, worded as in the exports.
    pub findings: &'static Findings,
    /// Button that goes to the place to fix an issue.
    pub fix: &'static str,
    /// Accessible name of that button: the issue's text.
    pub fix_name: fn(&str) -> String,
    /// More overdue items than listed.
    pub more_overdue: fn(usize) -> String,
    /// Review label: readiness score.
    pub review_readiness: &'static str,
    /// Review label: budget.
    pub review_budget: &'static str,
    /// Review value: costs, funding.
    pub budget_summary: fn(&str, &str) -> String,
}

/// The Polish table.
pub const PL: HealthTexts = HealthTexts {
    heading: "Co wymaga uwagi",
    findings: &findings::PL,
    fix: "Przejdź ➡",
    fix_name: |issue| format!("Przejdź: {issue}"),
    more_overdue: |n| format!("… i jeszcze {n} po terminie"),
    review_readiness: "Gotowość:",
    review_budget: "Budżet:",
    budget_summary: |costs, funding| format!("koszty {costs}, finansowanie {funding}"),
};

/// The English table.
pub const EN: HealthTexts = HealthTexts {
    heading: "What needs attention",
    findings: &findings::EN,
    fix: "Go ➡",
    fix_name: |issue| format!("Go: {issue}"),
    more_overdue: |n| format!("… and {n} more overdue"),
    review_readiness: "Readiness:",
    review_budget: "Budget:",
    budget_summary: |costs, funding| format!("costs {costs}, funding {funding}"),
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static HealthTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::texts;

    #[test]
    fn no_text_is_empty_and_counts_read_well() {
        for t in super::super::checked_tables(texts) {
            for text in [
                (t.fix_name)("x"),
                (t.more_overdue)(2),
                (t.budget_summary)("a", "b"),
            ] {
                assert!(text.len() > 2, "{text}");
            }
        }
    }
}
