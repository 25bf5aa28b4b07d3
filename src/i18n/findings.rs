//! One wording for what the plan's checks find, shared by the window and every export: the
//! health check's findings, the legal requirements on the team with their outcomes, and the
//! budget's funding kinds, totals and reference amounts. The window adds its icons and colons
//! around these texts; the words themselves are written only here.

use super::plural_pl;
use crate::model::budget::FundingKind;
use crate::model::catalogue::ModelEntry;
use crate::model::health::Issue;
use crate::model::membership::{Outcome, Rule};
use crate::model::money::format_money;
use crate::model::text::Lang;

/// The texts of the findings, in one language.
#[derive(Debug)]
pub struct Findings {
    /// Nothing needs attention.
    pub healthy: &'static str,
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
    /// A legal requirement not met: requirement, outcome.
    pub legal_minimum: fn(&str, &str) -> String,
    /// Not every readiness question answered: answered, asked.
    pub readiness_incomplete: fn(usize, usize) -> String,
    /// The readiness score below the threshold: points, threshold.
    pub readiness_low: fn(u32, u32) -> String,
    /// Funding short of costs (formatted amount).
    pub funding_gap: fn(&str) -> String,
    /// The next check-in after launch is near: days to go, its number.
    pub checkin_soon: fn(i64, u8) -> String,
    /// A check-in's date has passed with no value reached entered: days since, its number.
    pub checkin_overdue: fn(i64, u8) -> String,
    /// The requirements: natural-person founders, legal-person founders, members, employees.
    pub rules: [&'static str; 4],
    /// Outcome: nothing entered.
    pub outcome_no_data: &'static str,
    /// Outcome: met.
    pub outcome_met: &'static str,
    /// Outcome: met if this many more people join within 12 months.
    pub outcome_more: fn(u32) -> String,
    /// Outcome: this many more people are needed.
    pub outcome_short: fn(u32) -> String,
    /// Names of the funding kinds, in [`FundingKind::ALL`] order.
    pub funding_kinds: [&'static str; 7],
    /// All costs.
    pub total_costs: &'static str,
    /// All funding.
    pub total_funding: &'static str,
    /// Start-up cost per job.
    pub per_job: &'static str,
    /// A reference amount per job (formatted amount).
    pub amount_per_job: fn(&str) -> String,
    /// A reference amount per person (formatted amount).
    pub amount_per_person: fn(&str) -> String,
    /// When a reference amount applied.
    pub as_of: fn(&str) -> String,
}

impl Findings {
    /// The text of a legal requirement.
    pub fn rule(&self, rule: Rule) -> &'static str {
        let [natural, legal, members, employees] = self.rules;
        match rule {
            Rule::NaturalFounders => natural,
            Rule::LegalFounders => legal,
            Rule::MembersHalf => members,
            Rule::EmployeesHalf => employees,
        }
    }

    /// The text of a requirement's outcome.
    pub fn outcome(&self, outcome: Outcome) -> String {
        match outcome {
            Outcome::NoData => self.outcome_no_data.to_owned(),
            Outcome::Met => self.outcome_met.to_owned(),
            Outcome::MetIfMoreJoin(n) => (self.outcome_more)(n),
            Outcome::Short(n) => (self.outcome_short)(n),
        }
    }

    /// The name of a kind of funding.
    pub fn funding_kind(&self, kind: FundingKind) -> &'static str {
        let [owes, labour_office, pfron, municipality, loan, own, other] = self.funding_kinds;
        match kind {
            FundingKind::OwesGrant => owes,
            FundingKind::LabourOffice => labour_office,
            FundingKind::Pfron => pfron,
            FundingKind::Municipality => municipality,
            FundingKind::Loan => loan,
            FundingKind::OwnContribution => own,
            FundingKind::Other => other,
        }
    }

    /// The text of a health-check finding; `item` gives a checklist item's text by its id,
    /// `lang` is this table's language (for amounts), `model` the plan's model (to name the
    /// elements of franchise findings).
    pub fn issue(
        &self,
        issue: &Issue,
        lang: Lang,
        model: Option<&ModelEntry>,
        item: &dyn Fn(&str) -> String,
    ) -> String {
        match issue {
            Issue::NoModel => self.no_model.to_owned(),
            Issue::NoOwner { count, .. } => (self.no_owner)(*count),
            Issue::Overdue { id, days } => (self.overdue)(*days, &item(id)),
            Issue::MissingReason { id } => (self.missing_reason)(&item(id)),
            Issue::NoFounderCount => self.no_founder_count.to_owned(),
            Issue::LegalMinimum(check) => {
                (self.legal_minimum)(self.rule(check.rule), &self.outcome(check.outcome))
            }
            Issue::ReadinessIncomplete {
                answered,
                questions,
            } => (self.readiness_incomplete)(*answered, *questions),
            Issue::ReadinessLow { points, threshold } => (self.readiness_low)(*points, *threshold),
            Issue::FundingGap(gap) => (self.funding_gap)(&format_money(*gap, lang)),
            Issue::CheckInSoon { number, days } => (self.checkin_soon)(*days, *number),
            Issue::CheckInOverdue { number, days } => (self.checkin_overdue)(*days, *number),
            Issue::Franchise(finding) => {
                crate::i18n::planning::franchise::texts(lang).finding(finding, model, lang)
            }
        }
    }
}

/// "osoba", "osoby" or "osób" for `n` people.
fn osob(n: u32) -> &'static str {
    plural_pl(
        usize::try_from(n).unwrap_or(usize::MAX),
        "osoba",
        "osoby",
        "osób",
    )
}

fn count_pl(n: usize, one: &str, few: &str, many: &str) -> String {
    format!("{n} {}", plural_pl(n, one, few, many))
}

/// Polish.
pub const PL: Findings = Findings {
    healthy: "Nic nie wymaga teraz uwagi.",
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
    checkin_soon: |days, number| match days {
        0 => format!("Przegląd {number} po uruchomieniu jest dziś."),
        1 => format!("Następny przegląd po uruchomieniu (nr {number}) jutro."),
        _ => format!("Następny przegląd po uruchomieniu (nr {number}) za {days} dni."),
    },
    checkin_overdue: |days, number| {
        // "od" takes the genitive: "od 1 dnia", "od 5 dni".
        let unit = if days == 1 { "dnia" } else { "dni" };
        format!(
            "Przegląd {number} po uruchomieniu zaległy od {days} {unit}: nie wpisano, co \
             osiągnięto."
        )
    },
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
        let verb = plural_pl(
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
    funding_kinds: [
        "OWES – dotacja na miejsca pracy",
        "PUP – Fundusz Pracy",
        "PFRON",
        "Gmina lub powiat",
        "Pożyczka",
        "Wkład własny",
        "Inne",
    ],
    total_costs: "Koszty razem",
    total_funding: "Finansowanie razem",
    per_job: "Koszt startu na jedno miejsce pracy",
    amount_per_job: |amount| format!("{amount} na jedno miejsce pracy"),
    amount_per_person: |amount| format!("{amount} na osobę"),
    as_of: |when| format!("stan na: {when}"),
};

/// English.
pub const EN: Findings = Findings {
    healthy: "Nothing needs attention right now.",
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
    checkin_soon: |days, number| match days {
        0 => format!("Check-in {number} after launch is today."),
        1 => format!("Next check-in after launch (no. {number}) tomorrow."),
        _ => format!("Next check-in after launch (no. {number}) in {days} days."),
    },
    checkin_overdue: |days, number| {
        let unit = if days == 1 { "day" } else { "days" };
        format!(
            "Check-in {number} after launch overdue by {days} {unit}: nothing reached is entered."
        )
    },
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
    funding_kinds: [
        "OWES – job-creation grant",
        "PUP – Labour Fund",
        "PFRON",
        "Municipality or county",
        "Loan",
        "Own contribution",
        "Other",
    ],
    total_costs: "Total costs",
    total_funding: "Total funding",
    per_job: "Start-up cost per job",
    amount_per_job: |amount| format!("{amount} per job"),
    amount_per_person: |amount| format!("{amount} per person"),
    as_of: |when| format!("as of {when}"),
};

/// The table for `lang`.
pub fn findings(lang: Lang) -> &'static Findings {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::{EN, PL, findings};
    use crate::model::membership::{Outcome, Rule};
    use crate::model::text::Lang;

    #[test]
    fn no_text_is_empty_and_counts_agree_with_their_numbers() {
        for lang in Lang::ALL {
            let dump = format!("{:?}", findings(lang));
            assert!(!dump.contains("\"\""), "{lang:?}: {dump}");
            for rule in [
                Rule::NaturalFounders,
                Rule::LegalFounders,
                Rule::MembersHalf,
                Rule::EmployeesHalf,
            ] {
                assert!(!findings(lang).rule(rule).is_empty());
            }
        }
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
        assert!((PL.amount_per_job)("x").starts_with('x'));
        assert!((EN.as_of)("2015").ends_with("2015"));
    }

    #[test]
    fn funding_kinds_are_named_in_their_order() {
        use crate::model::budget::FundingKind;
        for lang in Lang::ALL {
            let f = findings(lang);
            for (i, kind) in FundingKind::ALL.into_iter().enumerate() {
                assert_eq!(f.funding_kind(kind), f.funding_kinds[i]);
            }
        }
    }

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
    }
}
