//! Texts of the team (membership and jobs) step.

use crate::i18n::Lang;
use crate::i18n::findings::{self, Findings};
use crate::model::membership::{Outcome, Rule};

/// Every text of the team step.
#[derive(Debug)]
pub struct TeamTexts {
    /// Heading.
    pub heading: &'static str,
    /// Step heading when legal persons found the cooperative (no members row then).
    pub heading_legal: &'static str,
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
    /// The requirements and outcomes, worded as in the exports.
    pub findings: &'static Findings,
}

impl TeamTexts {
    /// The text of `rule`.
    pub fn rule_text(&self, rule: Rule) -> &'static str {
        self.findings.rule(rule)
    }

    /// The text of `outcome`, after its icon.
    pub fn outcome_text(&self, outcome: Outcome) -> String {
        let icon = match outcome {
            Outcome::NoData => "○",
            Outcome::Met => "✔",
            Outcome::MetIfMoreJoin(_) => "⚠",
            Outcome::Short(_) => "❌",
        };
        format!("{icon} {}", self.findings.outcome(outcome))
    }
}

/// The Polish table.
pub const PL: TeamTexts = TeamTexts {
    heading: "Zespół: założyciele, członkowie, pracownicy",
    heading_legal: "Zespół: założyciele i pracownicy",
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
    findings: &findings::PL,
};

/// The English table.
pub const EN: TeamTexts = TeamTexts {
    heading: "Team: founders, members, employees",
    heading_legal: "Team: founders and employees",
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
    findings: &findings::EN,
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static TeamTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::i18n::Lang;
    use crate::model::membership::{Outcome, Rule};

    #[test]
    fn no_text_is_empty_and_outcomes_read_well() {
        for t in super::super::checked_tables(texts) {
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
            "❌ niespełniony – brakuje 1 osoby"
        );
        assert_eq!(
            pl.outcome_text(Outcome::MetIfMoreJoin(2)),
            "⚠ spełniony pod warunkiem, że w ciągu 12 miesięcy dołączą jeszcze 2 osoby"
        );
        assert_eq!(texts(Lang::En).outcome_text(Outcome::Met), "✔ met");
    }
}
