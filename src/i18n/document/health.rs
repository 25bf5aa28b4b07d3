//! Words of the health-check section.

use crate::i18n::plural_pl;

/// What needs attention.
#[derive(Debug)]
pub struct HealthWords {
    /// Heading.
    pub heading: &'static str,
    /// The date the check was made (formatted date).
    pub as_of: fn(&str) -> String,
    /// Nothing needs attention.
    pub healthy: &'static str,
    /// How many things need attention (for outlines).
    pub count: fn(usize) -> String,
    /// No model chosen.
    pub no_model: &'static str,
    /// Open items without an owner.
    pub no_owner: fn(usize) -> String,
    /// An item past its due date: days, item.
    pub overdue: fn(i64, &str) -> String,
    /// A "not applicable" item without a reason: item.
    pub missing_reason: fn(&str) -> String,
    /// The founder count is missing.
    pub no_founder_count: &'static str,
    /// A legal requirement not met: requirement, result.
    pub legal_minimum: fn(&str, &str) -> String,
    /// Not every readiness question answered: answered, asked.
    pub readiness_incomplete: fn(usize, usize) -> String,
    /// The readiness score below the threshold: points, threshold.
    pub readiness_low: fn(u32, u32) -> String,
    /// Funding short of costs (formatted amount).
    pub funding_gap: fn(&str) -> String,
}

fn count_pl(n: usize, one: &str, few: &str, many: &str) -> String {
    format!("{n} {}", plural_pl(n, one, few, many))
}

/// Polish.
pub const PL: HealthWords = HealthWords {
    heading: "Co wymaga uwagi",
    as_of: |date| format!("Stan na dzień {date}."),
    healthy: "Nic nie wymaga teraz uwagi.",
    count: |n| format!("Spraw wymagających uwagi: {n}."),
    no_model: "Nie wybrano modelu do replikacji.",
    no_owner: |n| {
        let items = count_pl(n, "otwarte zadanie", "otwarte zadania", "otwartych zadań");
        format!("{items} bez osoby odpowiedzialnej.")
    },
    overdue: |days, item| {
        let days = count_pl(
            usize::try_from(days).unwrap_or(usize::MAX),
            "dzień",
            "dni",
            "dni",
        );
        format!("Termin minął {days} temu: {item}")
    },
    missing_reason: |item| format!("„Nie dotyczy” bez podanego powodu: {item}"),
    no_founder_count: "Nie wpisano liczby założycieli.",
    legal_minimum: |rule, outcome| format!("{rule}: {outcome}."),
    readiness_incomplete: |answered, asked| {
        format!("Ocena gotowości niepełna: odpowiedzi na {answered} z {asked} pytań.")
    },
    readiness_low: |points, threshold| {
        format!("Ocena gotowości poniżej progu: {points} pkt przy progu {threshold} pkt.")
    },
    funding_gap: |amount| format!("Brakuje finansowania: {amount}."),
};

/// English.
pub const EN: HealthWords = HealthWords {
    heading: "What needs attention",
    as_of: |date| format!("As of {date}."),
    healthy: "Nothing needs attention right now.",
    count: |n| format!("Things that need attention: {n}."),
    no_model: "No model to replicate has been chosen.",
    no_owner: |n| {
        let items = if n == 1 { "open item" } else { "open items" };
        format!("{n} {items} without an owner.")
    },
    overdue: |days, item| {
        let unit = if days == 1 { "day" } else { "days" };
        format!("Overdue by {days} {unit}: {item}")
    },
    missing_reason: |item| format!("\u{201c}Not applicable\u{201d} without a reason: {item}"),
    no_founder_count: "The number of founders has not been entered.",
    legal_minimum: |rule, outcome| format!("{rule}: {outcome}."),
    readiness_incomplete: |answered, asked| {
        format!("Readiness assessment incomplete: {answered} of {asked} questions answered.")
    },
    readiness_low: |points, threshold| {
        format!("Readiness score below the threshold: {points} points against {threshold}.")
    },
    funding_gap: |amount| format!("Funding falls short by {amount}."),
};

#[cfg(test)]
mod tests {
    use super::{EN, PL};

    #[test]
    fn counts_agree_with_their_numbers() {
        assert_eq!(
            (PL.no_owner)(1),
            "1 otwarte zadanie bez osoby odpowiedzialnej."
        );
        assert_eq!(
            (PL.no_owner)(3),
            "3 otwarte zadania bez osoby odpowiedzialnej."
        );
        assert_eq!(
            (PL.no_owner)(12),
            "12 otwartych zadań bez osoby odpowiedzialnej."
        );
        assert_eq!((PL.overdue)(1, "x"), "Termin minął 1 dzień temu: x");
        assert_eq!((PL.overdue)(7, "x"), "Termin minął 7 dni temu: x");
        assert_eq!((EN.overdue)(1, "x"), "Overdue by 1 day: x");
        assert_eq!((EN.no_owner)(2), "2 open items without an owner.");
        assert!((PL.funding_gap)("5,00 zł").contains("5,00 zł"));
    }
}
