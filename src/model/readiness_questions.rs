//! The readiness questions about the replicator's side, and the checklist item each one
//! suggests when the answer is weak. Suggestions that the common checklist already covers
//! point to its item; the others become custom items.

use super::taxonomy::Phase;
use super::text::StaticText;

/// What a weak answer adds to the checklist.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Suggestion {
    /// The common checklist item with this id.
    Common(&'static str),
    /// A new custom item in `phase`.
    Custom {
        /// The phase the item goes to.
        phase: Phase,
        /// What to do.
        text: StaticText,
    },
}

/// One readiness question, answered 0 (no), 1 (partly) or 2 (yes).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Question {
    /// Stable id, stored in plan files.
    pub id: &'static str,
    /// A short title.
    pub title: StaticText,
    /// The statement the user scores.
    pub statement: StaticText,
    /// What a weak answer adds to the checklist.
    pub suggestion: Suggestion,
}

const fn t(pl: &'static str, en: &'static str) -> StaticText {
    StaticText { pl, en }
}

/// The questions, in the order they are asked.
pub const QUESTIONS: [Question; 10] = [
    Question {
        id: "local_need",
        title: t("Potrzeba lokalna", "Local need"),
        statement: t(
            "Potrzeba jest potwierdzona: wiemy, kto potrzebuje usług spółdzielni i kto za nie zapłaci.",
            "The need is confirmed: we know who needs the cooperative's services and who will pay for them.",
        ),
        suggestion: Suggestion::Common("diagnose_local_needs"),
    },
    Question {
        id: "partners",
        title: t("Partnerzy", "Partners"),
        statement: t(
            "Lokalni partnerzy (np. OPS, PUP, organizacje pozarządowe) zgodzili się współpracować.",
            "Local partners (for example the OPS, the PUP, NGOs) have agreed to work with us.",
        ),
        suggestion: Suggestion::Custom {
            phase: Phase::Preparation,
            text: t(
                "Spisz lokalnych partnerów, uzgodnij rolę każdego z nich i potwierdź ją na piśmie",
                "List the local partners, agree each one's role and confirm it in writing",
            ),
        },
    },
    Question {
        id: "premises",
        title: t("Lokal", "Premises"),
        statement: t(
            "Mamy lokal albo wiemy, gdzie spółdzielnia będzie działać.",
            "We have premises, or know where the cooperative will work.",
        ),
        suggestion: Suggestion::Custom {
            phase: Phase::Preparation,
            text: t(
                "Znajdź lokal i sprawdź, czy spełnia wymagania wybranego modelu",
                "Find premises and check that they meet the chosen model's requirements",
            ),
        },
    },
    Question {
        id: "people",
        title: t("Ludzie i lider", "People and a leader"),
        statement: t(
            "Jest lider i są osoby gotowe założyć spółdzielnię i w niej pracować.",
            "There is a leader, and there are people ready to found the cooperative and work in it.",
        ),
        suggestion: Suggestion::Custom {
            phase: Phase::Preparation,
            text: t(
                "Wskaż lidera i spisz osoby gotowe założyć spółdzielnię lub w niej pracować",
                "Name a leader and list the people ready to found or work in the cooperative",
            ),
        },
    },
    Question {
        id: "money",
        title: t("Pieniądze", "Money"),
        statement: t(
            "Wiemy, ile kosztuje start i skąd weźmiemy na to pieniądze.",
            "We know what the start will cost and where the money will come from.",
        ),
        suggestion: Suggestion::Custom {
            phase: Phase::Funding,
            text: t(
                "Oszacuj koszty startu i dobierz do nich źródła finansowania (krok „Budżet”)",
                "Estimate the start-up costs and match funding sources to them (the “Budget” step)",
            ),
        },
    },
    Question {
        id: "owes_support",
        title: t("Wsparcie OWES", "OWES support"),
        statement: t(
            "Wspiera nas OWES: mamy doradcę albo tutora.",
            "An OWES supports us: we have an adviser or a tutor.",
        ),
        suggestion: Suggestion::Common("name_owes_tutor"),
    },
    Question {
        id: "local_government",
        title: t("Poparcie samorządu", "Local government support"),
        statement: t(
            "Samorząd (wójt, burmistrz, rada) zna pomysł i go popiera.",
            "The local government (mayor, council) knows the idea and supports it.",
        ),
        suggestion: Suggestion::Custom {
            phase: Phase::Preparation,
            text: t(
                "Przedstaw model wójtowi lub burmistrzowi i uzgodnij, jak gmina go wesprze",
                "Present the model to the mayor and agree how the gmina will support it",
            ),
        },
    },
    Question {
        id: "recruitment",
        title: t("Rekrutacja", "Recruitment"),
        statement: t(
            "Wiemy, jak dotrzemy do osób z grup zagrożonych wykluczeniem, które mają pracować w spółdzielni.",
            "We know how to reach the people at risk of exclusion who are to work in the cooperative.",
        ),
        suggestion: Suggestion::Custom {
            phase: Phase::Preparation,
            text: t(
                "Uzgodnij z OPS, PUP lub CIS, jak dotrzeć do przyszłych członków i pracowników",
                "Agree with the OPS, PUP or CIS how to reach future members and employees",
            ),
        },
    },
    Question {
        id: "business_plan",
        title: t("Biznesplan", "Business plan"),
        statement: t(
            "Mamy biznesplan albo przynajmniej jego szkic.",
            "We have a business plan, or at least a draft of one.",
        ),
        suggestion: Suggestion::Common("write_business_plan"),
    },
    Question {
        id: "know_how",
        title: t(
            "Wiedza od właściciela modelu",
            "Know-how from the model owner",
        ),
        statement: t(
            "Właściciel modelu (np. spółdzielnia, która go sprawdziła) jest gotów przekazać nam wiedzę.",
            "The model owner (for example the cooperative that tested it) is ready to pass on its know-how.",
        ),
        suggestion: Suggestion::Common("agree_replication_terms"),
    },
];
