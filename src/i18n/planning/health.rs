//! Texts of the plan's health check (shown on the review step).

use crate::i18n::{Lang, plural_pl};

/// Every text of the health check.
#[derive(Debug)]
pub struct HealthTexts {
    /// Heading.
    pub heading: &'static str,
    /// Nothing needs attention.
    pub healthy: &'static str,
    /// Button that goes to the place to fix an issue.
    pub fix: &'static str,
    /// Accessible name of that button: the issue's text.
    pub fix_name: fn(&str) -> String,
    /// More overdue items than listed.
    pub more_overdue: fn(usize) -> String,
    /// No model chosen.
    pub no_model: &'static str,
    /// Items without an owner.
    pub no_owner: fn(usize) -> String,
    /// An overdue item: days, text.
    pub overdue: fn(i64, &str) -> String,
    /// A "not applicable" item without a reason.
    pub missing_reason: fn(&str) -> String,
    /// Founder counts missing.
    pub no_founder_count: &'static str,
    /// A legal minimum not met: rule, outcome.
    pub legal_minimum: fn(&str, &str) -> String,
    /// Readiness not fully answered.
    pub readiness_incomplete: fn(usize, usize) -> String,
    /// Readiness below the pass mark: points, threshold.
    pub readiness_low: fn(u32, u32) -> String,
    /// Funding short of costs: formatted amount.
    pub funding_gap: fn(&str) -> String,
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
    healthy: "✔ Nic nie wymaga teraz uwagi.",
    fix: "Przejdź ➡",
    fix_name: |issue| format!("Przejdź: {issue}"),
    more_overdue: |n| format!("… i jeszcze {n} po terminie"),
    no_model: "Nie wybrano modelu do replikacji.",
    no_owner: |n| {
        let word = plural_pl(n, "zadanie", "zadania", "zadań");
        format!("{n} {word} bez osoby odpowiedzialnej.")
    },
    overdue: |days, text| {
        let word = plural_pl(
            usize::try_from(days).unwrap_or(usize::MAX),
            "dzień",
            "dni",
            "dni",
        );
        format!("⛔ Po terminie ({days} {word}): {text}")
    },
    missing_reason: |text| format!("„Nie dotyczy” bez powodu: {text}"),
    no_founder_count: "Nie podano liczby założycieli.",
    legal_minimum: |rule, outcome| format!("{rule}: {outcome}"),
    readiness_incomplete: |answered, asked| {
        format!("Ocena gotowości: odpowiedzi na {answered} z {asked} pytań.")
    },
    readiness_low: |points, threshold| {
        format!("Ocena gotowości poniżej progu: {points} pkt, próg {threshold} pkt.")
    },
    funding_gap: |amount| format!("Brakuje finansowania: {amount}."),
    review_readiness: "Gotowość:",
    review_budget: "Budżet:",
    budget_summary: |costs, funding| format!("koszty {costs}, finansowanie {funding}"),
};

/// The English table.
pub const EN: HealthTexts = HealthTexts {
    heading: "What needs attention",
    healthy: "✔ Nothing needs attention right now.",
    fix: "Go ➡",
    fix_name: |issue| format!("Go: {issue}"),
    more_overdue: |n| format!("… and {n} more overdue"),
    no_model: "No model to replicate is chosen.",
    no_owner: |n| {
        let word = if n == 1 { "item" } else { "items" };
        format!("{n} {word} without an owner.")
    },
    overdue: |days, text| {
        let word = if days == 1 { "day" } else { "days" };
        format!("⛔ Overdue ({days} {word}): {text}")
    },
    missing_reason: |text| format!("“Not applicable” without a reason: {text}"),
    no_founder_count: "The number of founders is not entered.",
    legal_minimum: |rule, outcome| format!("{rule}: {outcome}"),
    readiness_incomplete: |answered, asked| {
        format!("Readiness: {answered} of {asked} questions answered.")
    },
    readiness_low: |points, threshold| {
        format!("Readiness below the threshold: {points} points, threshold {threshold}.")
    },
    funding_gap: |amount| format!("Funding falls short by {amount}."),
    review_readiness: "Readiness:",
    review_budget: "Budget:",
    budget_summary: |costs, funding| format!("costs {costs}, funding {funding}"),
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static HealthTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::i18n::Lang;

    #[test]
    fn no_text_is_empty_and_counts_read_well() {
        for lang in Lang::ALL {
            let t = texts(lang);
            super::super::assert_no_empty_field(&format!("{t:?}"));
            for text in [
                (t.fix_name)("x"),
                (t.more_overdue)(2),
                (t.overdue)(2, "x"),
                (t.missing_reason)("x"),
                (t.legal_minimum)("a", "b"),
                (t.readiness_incomplete)(1, 10),
                (t.readiness_low)(1, 15),
                (t.funding_gap)("1 zł"),
                (t.budget_summary)("a", "b"),
            ] {
                assert!(text.len() > 2, "{text}");
            }
        }
        assert_eq!(
            (texts(Lang::Pl).no_owner)(22),
            "22 zadania bez osoby odpowiedzialnej."
        );
        assert_eq!(
            (texts(Lang::Pl).no_owner)(12),
            "12 zadań bez osoby odpowiedzialnej."
        );
        assert_eq!((texts(Lang::En).no_owner)(1), "1 item without an owner.");
    }
}
