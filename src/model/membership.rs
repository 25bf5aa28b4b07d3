//! Membership and jobs: head counts only (never facts about named people) checked against the
//! founding minimums and the "at least half from groups at risk of exclusion" rules. Each rule
//! takes its legal basis, "to verify" mark and source from the common checklist item about it.

use serde::{Deserialize, Serialize};

use super::catalogue::ItemTemplate;
use super::checklist::common_item;
use super::taxonomy::FounderRoute;

/// Natural-person founders needed without conditions.
pub const NATURAL_FOUNDERS_FULL: u32 = 5;

/// Natural-person founders allowed when more people join within 12 months.
pub const NATURAL_FOUNDERS_MIN: u32 = 3;

/// Legal persons needed to found a cooperative.
pub const LEGAL_FOUNDERS_MIN: u32 = 2;

/// A head count split into people from groups at risk of exclusion and others.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Headcount {
    /// People from groups at risk of exclusion.
    pub at_risk: u32,
    /// Everyone else.
    pub others: u32,
}

impl Headcount {
    /// Everyone.
    pub fn total(self) -> u32 {
        self.at_risk.saturating_add(self.others)
    }

    /// How many more people at risk of exclusion would make them at least half.
    pub fn short_of_half(self) -> u32 {
        self.others.saturating_sub(self.at_risk)
    }
}

/// The counts a plan keeps.
#[derive(
    Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize, schemars::JsonSchema,
)]
#[serde(default)]
pub struct Membership {
    /// Natural-person founders.
    pub founders: Headcount,
    /// Founding legal persons (NGOs, municipalities, church legal persons).
    pub legal_founders: u32,
    /// Members once the cooperative runs (natural persons).
    pub members: Headcount,
    /// Employees.
    pub employees: Headcount,
}

/// A rule the counts are checked against.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Rule {
    /// At least 5 natural-person founders, or 3 with more joining within 12 months.
    NaturalFounders,
    /// At least 2 founding legal persons.
    LegalFounders,
    /// At least half of the members from groups at risk of exclusion.
    MembersHalf,
    /// At least half of the employees from groups at risk of exclusion.
    EmployeesHalf,
}

impl Rule {
    /// The common checklist item that states the rule.
    pub fn item_id(self) -> &'static str {
        match self {
            Self::NaturalFounders => "gather_natural_person_founders",
            Self::LegalFounders => "gather_legal_person_founders",
            Self::MembersHalf => "check_half_of_members_rule",
            Self::EmployeesHalf => "keep_employee_structure",
        }
    }

    /// The common checklist item that states the rule (legal basis, verify mark, source).
    pub fn item(self) -> Option<&'static ItemTemplate> {
        common_item(self.item_id())
    }

    /// True when the notes flag the rule as still to verify.
    pub fn needs_verifying(self) -> bool {
        self.item().is_none_or(|item| item.verify)
    }
}

/// The result of one check.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing entered yet.
    NoData,
    /// The rule is met.
    Met,
    /// Met for now, provided this many more people join within 12 months.
    MetIfMoreJoin(u32),
    /// Not met: this many more people are needed.
    Short(u32),
}

/// A rule and how the counts fare against it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Check {
    /// The rule.
    pub rule: Rule,
    /// The result.
    pub outcome: Outcome,
}

/// The checks for `route`; none until the route is chosen.
pub fn checks(m: &Membership, route: Option<FounderRoute>) -> Vec<Check> {
    let check = |rule, outcome| Check { rule, outcome };
    match route {
        None => Vec::new(),
        Some(FounderRoute::NaturalPersons) => {
            let members = if m.members.total() > 0 {
                m.members
            } else {
                m.founders
            };
            vec![
                check(Rule::NaturalFounders, natural_founders(m.founders.total())),
                check(Rule::MembersHalf, half(members)),
                check(Rule::EmployeesHalf, half(m.employees)),
            ]
        }
        Some(FounderRoute::LegalPersons) => vec![
            check(Rule::LegalFounders, legal_founders(m.legal_founders)),
            check(Rule::EmployeesHalf, half(m.employees)),
        ],
    }
}

/// Checks that are not met.
pub fn unmet(m: &Membership, route: Option<FounderRoute>) -> Vec<Check> {
    checks(m, route)
        .into_iter()
        .filter(|c| matches!(c.outcome, Outcome::Short(_)))
        .collect()
}

fn natural_founders(count: u32) -> Outcome {
    match count {
        0 => Outcome::NoData,
        n if n >= NATURAL_FOUNDERS_FULL => Outcome::Met,
        n if n >= NATURAL_FOUNDERS_MIN => Outcome::MetIfMoreJoin(NATURAL_FOUNDERS_FULL - n),
        n => Outcome::Short(NATURAL_FOUNDERS_MIN - n),
    }
}

fn legal_founders(count: u32) -> Outcome {
    match count {
        0 => Outcome::NoData,
        n if n >= LEGAL_FOUNDERS_MIN => Outcome::Met,
        n => Outcome::Short(LEGAL_FOUNDERS_MIN - n),
    }
}

fn half(count: Headcount) -> Outcome {
    match (count.total(), count.short_of_half()) {
        (0, _) => Outcome::NoData,
        (_, 0) => Outcome::Met,
        (_, short) => Outcome::Short(short),
    }
}

#[cfg(test)]
mod tests {
    use super::{Check, Headcount, Membership, Outcome, Rule, checks, unmet};
    use crate::model::taxonomy::FounderRoute;

    fn count(at_risk: u32, others: u32) -> Headcount {
        Headcount { at_risk, others }
    }

    fn outcome(m: &Membership, route: FounderRoute, rule: Rule) -> Outcome {
        checks(m, Some(route))
            .into_iter()
            .find(|c| c.rule == rule)
            .map(|c| c.outcome)
            .unwrap()
    }

    #[test]
    fn natural_person_founders() {
        let mut m = Membership::default();
        let natural = FounderRoute::NaturalPersons;
        for (n, expected) in [
            (0, Outcome::NoData),
            (2, Outcome::Short(1)),
            (3, Outcome::MetIfMoreJoin(2)),
            (4, Outcome::MetIfMoreJoin(1)),
            (5, Outcome::Met),
            (9, Outcome::Met),
        ] {
            m.founders = count(n, 0);
            assert_eq!(outcome(&m, natural, Rule::NaturalFounders), expected, "{n}");
        }
    }

    #[test]
    fn legal_person_founders() {
        let mut m = Membership::default();
        let legal = FounderRoute::LegalPersons;
        assert_eq!(outcome(&m, legal, Rule::LegalFounders), Outcome::NoData);
        m.legal_founders = 1;
        assert_eq!(outcome(&m, legal, Rule::LegalFounders), Outcome::Short(1));
        m.legal_founders = 2;
        assert_eq!(outcome(&m, legal, Rule::LegalFounders), Outcome::Met);
        assert!(
            checks(&m, Some(legal))
                .iter()
                .all(|c| c.rule != Rule::MembersHalf)
        );
    }

    #[test]
    fn at_least_half_from_groups_at_risk() {
        let mut m = Membership {
            founders: count(3, 2),
            ..Membership::default()
        };
        let natural = FounderRoute::NaturalPersons;
        // Without member counts the founders are the members.
        assert_eq!(outcome(&m, natural, Rule::MembersHalf), Outcome::Met);
        m.members = count(2, 4);
        assert_eq!(outcome(&m, natural, Rule::MembersHalf), Outcome::Short(2));
        m.members = count(3, 3);
        assert_eq!(
            outcome(&m, natural, Rule::MembersHalf),
            Outcome::Met,
            "exactly half"
        );
        assert_eq!(outcome(&m, natural, Rule::EmployeesHalf), Outcome::NoData);
        m.employees = count(1, 2);
        assert_eq!(
            unmet(&m, Some(natural)),
            [Check {
                rule: Rule::EmployeesHalf,
                outcome: Outcome::Short(1)
            }]
        );
    }

    #[test]
    fn rules_take_their_marks_from_the_common_checklist() {
        assert!(checks(&Membership::default(), None).is_empty());
        assert!(!Rule::NaturalFounders.needs_verifying());
        assert!(!Rule::LegalFounders.needs_verifying());
        assert!(
            Rule::MembersHalf.needs_verifying(),
            "flagged [VERIFY] in the notes"
        );
        assert!(
            Rule::EmployeesHalf.needs_verifying(),
            "flagged [VERIFY] in the notes"
        );
        for rule in [
            Rule::NaturalFounders,
            Rule::LegalFounders,
            Rule::MembersHalf,
            Rule::EmployeesHalf,
        ] {
            let item = rule.item().unwrap();
            assert!(item.legal_basis.is_some(), "{rule:?}");
        }
    }
}
