//! Texts of the team (membership and jobs) step.

use crate::i18n::{Lang, plural_pl};
use crate::model::membership::{Outcome, Rule};

/// Every text of the team step.
#[derive(Debug)]
pub struct TeamTexts {
    /// Heading.
    pub heading: &'static str,
    /// Only counts are stored.
    pub privacy: &'static str,
    /// Shown until the founder route is chosen.
    pub no_route: &'static str,
    /// Button to the profile step.
    pub go_to_profile: &'static str,
    /// Column: people from groups at risk of exclusion.
    pub col_at_risk: &'static str,
    /// Column: everyone else.
    pub col_others: &'static str,
    /// Column: total.
    pub col_total: &'static str,
    /// Row: natural-person founders.
    pub row_founders: &'static str,
    /// Row: members after registration.
    pub row_members: &'static str,
    /// Row: employees.
    pub row_employees: &'static str,
    /// Label of the founding legal persons count.
    pub legal_founders: &'static str,
    /// When to leave the members row empty.
    pub members_hint: &'static str,
    /// Heading of the checks.
    pub checks_heading: &'static str,
    /// The rules, in the order of [`rule_text`].
    pub rules: [&'static str; 4],
    /// Outcome: nothing entered.
    pub outcome_no_data: &'static str,
    /// Outcome: met.
    pub outcome_met: &'static str,
    /// Outcome: met if n more people join within 12 months.
    pub outcome_more: fn(u32) -> String,
    /// Outcome: n more people needed.
    pub outcome_short: fn(u32) -> String,
}

impl TeamTexts {
    /// The text of `rule`.
    pub fn rule_text(&self, rule: Rule) -> &'static str {
        let [natural, legal, members, employees] = self.rules;
        match rule {
            Rule::NaturalFounders => natural,
            Rule::LegalFounders => legal,
            Rule::MembersHalf => members,
            Rule::EmployeesHalf => employees,
        }
    }

    /// The text of `outcome`.
    pub fn outcome_text(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::NoData => self.outcome_no_data.to_owned(),
            Outcome::Met => self.outcome_met.to_owned(),
            Outcome::MetIfMoreJoin(n) => (self.outcome_more)(n),
            Outcome::Short(n) => (self.outcome_short)(n),
        }
    }
}

fn osob(n: u32) -> &'static str {
    plural_pl(
        usize::try_from(n).unwrap_or(usize::MAX),
        "osoba",
        "osoby",
        "osób",
    )
}

/// The Polish table.
pub const PL: TeamTexts = TeamTexts {
    heading: "Zespół: założyciele, członkowie, pracownicy",
    privacy: "ℹ Program zapisuje tylko liczby. Nie wpisuj tu nazwisk ani informacji o zdrowiu, \
        uzależnieniu czy niepełnosprawności konkretnych osób – to dane szczególnie chronione.",
    no_route: "Najpierw wskaż w kroku „Profil”, kto zakłada spółdzielnię – od tego zależą wymogi.",
    go_to_profile: "➡ Przejdź do profilu",
    col_at_risk: "Z grup zagrożonych wykluczeniem",
    col_others: "Pozostali",
    col_total: "Razem",
    row_founders: "Założyciele (osoby fizyczne)",
    row_members: "Członkowie po rejestracji",
    row_employees: "Pracownicy",
    legal_founders: "Osoby prawne – założyciele (organizacja pozarządowa, gmina, powiat, kościelna osoba prawna)",
    members_hint: "Jeśli na razie członkami są tylko założyciele, zostaw wiersz członków pusty.",
    checks_heading: "Wymogi ustawy",
    rules: [
        "Co najmniej 5 założycieli – albo 3, jeśli w ciągu 12 miesięcy od wpisu do KRS dołączą \
         kolejne osoby",
        "Co najmniej 2 osoby prawne jako założyciele",
        "Co najmniej połowa członków z grup zagrożonych wykluczeniem",
        "Co najmniej połowa pracowników z grup zagrożonych wykluczeniem",
    ],
    outcome_no_data: "○ brak danych",
    outcome_met: "✔ spełnione",
    outcome_more: |n| {
        let verb = if n == 1 { "dołączy" } else { "dołączą" };
        format!(
            "⚠ spełnione, jeśli w ciągu 12 miesięcy {verb} jeszcze {n} {}",
            osob(n)
        )
    },
    outcome_short: |n| format!("❌ niespełnione – brakuje: {n} {}", osob(n)),
};

/// The English table.
pub const EN: TeamTexts = TeamTexts {
    heading: "Team: founders, members, employees",
    privacy: "ℹ The app stores counts only. Do not enter names here, or anything about the \
        health, addiction or disability of particular people – that is specially protected data.",
    no_route: "First say in the “Profile” step who founds the cooperative – the requirements \
        depend on it.",
    go_to_profile: "➡ Go to the profile",
    col_at_risk: "From groups at risk of exclusion",
    col_others: "Others",
    col_total: "Total",
    row_founders: "Founders (natural persons)",
    row_members: "Members after registration",
    row_employees: "Employees",
    legal_founders: "Founding legal persons (NGO, gmina, powiat, church legal person)",
    members_hint: "If the members are only the founders for now, leave the members row empty.",
    checks_heading: "Requirements of the act",
    rules: [
        "At least 5 founders – or 3, if more people join within 12 months of KRS registration",
        "At least 2 founding legal persons",
        "At least half of the members from groups at risk of exclusion",
        "At least half of the employees from groups at risk of exclusion",
    ],
    outcome_no_data: "○ no data",
    outcome_met: "✔ met",
    outcome_more: |n| {
        let who = if n == 1 {
            "person joins"
        } else {
            "people join"
        };
        format!("⚠ met if {n} more {who} within 12 months")
    },
    outcome_short: |n| {
        let who = if n == 1 { "person" } else { "people" };
        format!("❌ not met – {n} more {who} needed")
    },
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static TeamTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::i18n::Lang;
    use crate::model::membership::{Outcome, Rule};

    #[test]
    fn no_text_is_empty_and_outcomes_read_well() {
        for lang in Lang::ALL {
            let t = texts(lang);
            super::super::assert_no_empty_field(&format!("{t:?}"));
            for rule in [
                Rule::NaturalFounders,
                Rule::LegalFounders,
                Rule::MembersHalf,
                Rule::EmployeesHalf,
            ] {
                assert!(!t.rule_text(rule).is_empty());
            }
        }
        let pl = texts(Lang::Pl);
        assert_eq!(
            pl.outcome_text(Outcome::Short(1)),
            "❌ niespełnione – brakuje: 1 osoba"
        );
        assert_eq!(
            pl.outcome_text(Outcome::Short(5)),
            "❌ niespełnione – brakuje: 5 osób"
        );
        assert_eq!(
            pl.outcome_text(Outcome::MetIfMoreJoin(2)),
            "⚠ spełnione, jeśli w ciągu 12 miesięcy dołączą jeszcze 2 osoby"
        );
        assert_eq!(texts(Lang::En).outcome_text(Outcome::Met), "✔ met");
    }
}
