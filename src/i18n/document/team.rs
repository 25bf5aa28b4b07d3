//! Words of the team section: head counts and the legal checks on them (the requirements
//! and their outcomes are worded in [`crate::i18n::findings`], shared with the window).

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
};
