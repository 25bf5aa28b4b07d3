//! Words of the team section: head counts and the legal checks on them.

use super::osob;
use crate::model::membership::{Outcome, Rule};

/// Head counts and the legal checks.
#[derive(Debug)]
pub struct TeamWords {
    /// Heading.
    pub heading: &'static str,
    /// The plan holds counts only.
    pub privacy: &'static str,
    /// Shown when nothing is entered.
    pub empty: &'static str,
    /// Shown until the founder route is chosen.
    pub no_route: &'static str,
    /// Column: the group of people.
    pub col_group: &'static str,
    /// Column: people from groups at risk of exclusion.
    pub col_at_risk: &'static str,
    /// Column: everyone else.
    pub col_others: &'static str,
    /// Column: everyone.
    pub col_total: &'static str,
    /// Rows: natural-person founders, members after registration, employees.
    pub groups: [&'static str; 3],
    /// Label: founding legal persons.
    pub legal_founders: &'static str,
    /// The members' check uses the founders' counts.
    pub members_from_founders: &'static str,
    /// Heading of the checks.
    pub checks_heading: &'static str,
    /// Column: the requirement.
    pub col_rule: &'static str,
    /// Column: the result.
    pub col_outcome: &'static str,
    /// The rules: natural-person founders, legal-person founders, members, employees.
    pub rules: [&'static str; 4],
    /// Result: nothing entered.
    pub outcome_no_data: &'static str,
    /// Result: met.
    pub outcome_met: &'static str,
    /// Result: met if this many more people join within 12 months.
    pub outcome_more: fn(u32) -> String,
    /// Result: this many more people are needed.
    pub outcome_short: fn(u32) -> String,
}

impl TeamWords {
    /// The text of `rule`.
    pub fn rule(&self, rule: Rule) -> &'static str {
        let [natural, legal, members, employees] = self.rules;
        match rule {
            Rule::NaturalFounders => natural,
            Rule::LegalFounders => legal,
            Rule::MembersHalf => members,
            Rule::EmployeesHalf => employees,
        }
    }

    /// The text of `outcome`.
    pub fn outcome(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::NoData => self.outcome_no_data.to_owned(),
            Outcome::Met => self.outcome_met.to_owned(),
            Outcome::MetIfMoreJoin(n) => (self.outcome_more)(n),
            Outcome::Short(n) => (self.outcome_short)(n),
        }
    }
}

/// Polish.
pub const PL: TeamWords = TeamWords {
    heading: "Zespół: założyciele, członkowie i pracownicy",
    privacy: "Plan zawiera tylko liczby osób – nie zapisuje się w nim nazwisk ani innych \
        danych osobowych.",
    empty: "Liczby osób nie zostały jeszcze wpisane.",
    no_route: "Wymogów nie sprawdzono: w profilu nie wskazano jeszcze, kto zakłada \
        spółdzielnię.",
    col_group: "Kto",
    col_at_risk: "Z grup zagrożonych wykluczeniem",
    col_others: "Pozostali",
    col_total: "Razem",
    groups: [
        "Założyciele (osoby fizyczne)",
        "Członkowie po rejestracji",
        "Pracownicy",
    ],
    legal_founders: "Osoby prawne – założyciele",
    members_from_founders: "Liczby członków po rejestracji nie wpisano, więc wymóg dotyczący \
        członków sprawdzono na liczbach założycieli.",
    checks_heading: "Wymogi ustawy o spółdzielniach socjalnych",
    col_rule: "Wymóg",
    col_outcome: "Wynik",
    rules: [
        "Co najmniej 5 założycieli będących osobami fizycznymi – albo 3, jeśli w ciągu \
         12 miesięcy od wpisu do KRS spółdzielnia przyjmie kolejne osoby",
        "Co najmniej 2 osoby prawne jako założyciele",
        "Co najmniej połowa członków należy do grup zagrożonych wykluczeniem",
        "Co najmniej połowa pracowników należy do grup zagrożonych wykluczeniem",
    ],
    outcome_no_data: "brak danych",
    outcome_met: "spełniony",
    outcome_more: |n| {
        let verb = crate::i18n::plural_pl(
            usize::try_from(n).unwrap_or(usize::MAX),
            "dołączy",
            "dołączą",
            "dołączy",
        );
        format!(
            "spełniony pod warunkiem, że w ciągu 12 miesięcy {verb} jeszcze {n} {}",
            osob(n)
        )
    },
    outcome_short: |n| {
        let who = if n == 1 { "osoby" } else { "osób" };
        format!("niespełniony – brakuje {n} {who}")
    },
};

/// English.
pub const EN: TeamWords = TeamWords {
    heading: "Team: founders, members and employees",
    privacy: "The plan holds head counts only – no names or other personal data are stored \
        in it.",
    empty: "No head counts have been entered yet.",
    no_route: "The requirements were not checked: the profile does not say yet who founds \
        the cooperative.",
    col_group: "Who",
    col_at_risk: "From groups at risk of exclusion",
    col_others: "Others",
    col_total: "Total",
    groups: [
        "Founders (natural persons)",
        "Members after registration",
        "Employees",
    ],
    legal_founders: "Founding legal persons",
    members_from_founders: "No member counts were entered, so the members' requirement was \
        checked against the founders' counts.",
    checks_heading: "Requirements of the Social Cooperatives Act",
    col_rule: "Requirement",
    col_outcome: "Result",
    rules: [
        "At least 5 founders who are natural persons – or 3, if the cooperative admits more \
         people within 12 months of its KRS registration",
        "At least 2 founding legal persons",
        "At least half of the members belong to groups at risk of exclusion",
        "At least half of the employees belong to groups at risk of exclusion",
    ],
    outcome_no_data: "no data",
    outcome_met: "met",
    outcome_more: |n| {
        let who = if n == 1 {
            "person joins"
        } else {
            "people join"
        };
        format!("met on condition that {n} more {who} within 12 months")
    },
    outcome_short: |n| {
        let who = if n == 1 { "person" } else { "people" };
        format!("not met – {n} more {who} needed")
    },
};

#[cfg(test)]
mod tests {
    use super::{EN, PL};
    use crate::model::membership::{Outcome, Rule};

    #[test]
    fn outcomes_read_well() {
        assert_eq!(
            PL.outcome(Outcome::Short(1)),
            "niespełniony – brakuje 1 osoby"
        );
        assert_eq!(
            PL.outcome(Outcome::Short(5)),
            "niespełniony – brakuje 5 osób"
        );
        assert_eq!(
            PL.outcome(Outcome::MetIfMoreJoin(1)),
            "spełniony pod warunkiem, że w ciągu 12 miesięcy dołączy jeszcze 1 osoba"
        );
        assert_eq!(
            PL.outcome(Outcome::MetIfMoreJoin(2)),
            "spełniony pod warunkiem, że w ciągu 12 miesięcy dołączą jeszcze 2 osoby"
        );
        assert_eq!(EN.outcome(Outcome::Met), "met");
        assert_eq!(EN.outcome(Outcome::NoData), "no data");
        assert_eq!(
            EN.outcome(Outcome::MetIfMoreJoin(1)),
            "met on condition that 1 more person joins within 12 months"
        );
        assert_eq!(
            EN.outcome(Outcome::Short(2)),
            "not met – 2 more people needed"
        );
        assert_eq!(
            PL.rule(Rule::LegalFounders),
            "Co najmniej 2 osoby prawne jako założyciele"
        );
        assert_ne!(EN.rule(Rule::MembersHalf), EN.rule(Rule::EmployeesHalf));
    }
}
