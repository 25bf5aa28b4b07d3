//! Texts of the milestones section and of due dates relative to a milestone
//! ("rejestracja w KRS + 30 dni", "2 tygodnie przed zebraniem założycielskim").

use crate::i18n::{Lang, plural_pl};
use crate::model::milestones::{
    FIRST_YEAR_END, FOUNDING_MEETING, KRS_REGISTRATION, Milestone, OPERATIONS_START, OffsetUnit,
    PREPARATION_START, RelativeDue, built_in_name,
};

/// Every text of the milestones section and the relative due-date editor.
#[derive(Debug)]
pub struct MilestoneTexts {
    /// Heading of the section: how many milestones, how many dated.
    pub section: fn(usize, usize) -> String,
    /// What milestones are for.
    pub intro: &'static str,
    /// Accessible name of a milestone's date field (milestone name).
    pub date_of: fn(&str) -> String,
    /// How many tasks count from the milestone.
    pub tasks_count: fn(usize) -> String,
    /// Accessible name of the button removing an own milestone (name).
    pub remove: fn(&str) -> String,
    /// What removing does to the tasks.
    pub remove_tip: &'static str,
    /// Label of the new-milestone field.
    pub new_label: &'static str,
    /// Hint in the new-milestone field.
    pub new_hint: &'static str,
    /// Button adding the milestone.
    pub add: &'static str,
    /// The two kinds of due date: a fixed date, relative to a milestone.
    pub due_kinds: [&'static str; 2],
    /// Accessible name of the milestone choice.
    pub milestone_choice: &'static str,
    /// Accessible name of the offset field.
    pub offset_label: &'static str,
    /// Accessible name of the unit choice.
    pub unit_choice: &'static str,
    /// Accessible name of the before/after choice.
    pub direction_choice: &'static str,
    /// The directions: after, before.
    pub directions: [&'static str; 2],
    /// Units for the unit choice (plural form), in `OffsetUnit::ALL` order.
    pub unit_names: [&'static str; 3],
    /// Shown when the milestone has no date yet.
    pub undated: &'static str,
    /// Shown when the task has no milestone to count from (none left in the plan).
    pub no_milestones: &'static str,
    /// "Count (unit) after the milestone" (milestone's name, count with unit).
    pub after: fn(&str, &str) -> String,
    /// "Count (unit) before the milestone" (count with unit, milestone in the right form).
    pub before: fn(&str, &str) -> String,
    /// "On the milestone's day" (milestone's name).
    pub same_day: fn(&str) -> String,
    /// Name shown for a milestone the plan no longer has.
    pub unknown_milestone: &'static str,
}

/// The Polish table.
pub const PL: MilestoneTexts = MilestoneTexts {
    section: |all, dated| format!("🏁 Kamienie milowe (z datą: {dated} z {all})"),
    intro: "Najważniejsze daty replikacji. Termin zadania można liczyć od kamienia milowego \
        (np. „rejestracja w KRS + 30 dni”); gdy kamień milowy się przesunie, terminy jego \
        zadań przesuną się razem z nim.",
    date_of: |name| format!("Data: {name}"),
    tasks_count: |n| {
        let word = plural_pl(n, "zadanie", "zadania", "zadań");
        format!("{n} {word} liczone od tej daty")
    },
    remove: |name| format!("Usuń kamień milowy: {name}"),
    remove_tip: "Zadania liczone od tego kamienia milowego zachowają swoje ostatnie terminy \
        jako stałe daty.",
    new_label: "Nowy kamień milowy",
    new_hint: "np. sesja rady gminy – Enter dodaje",
    add: "➕ Dodaj kamień milowy",
    due_kinds: ["stała data", "względem kamienia milowego"],
    milestone_choice: "Kamień milowy terminu",
    offset_label: "Ile (dni, tygodni lub miesięcy)",
    unit_choice: "Jednostka",
    direction_choice: "Przed czy po",
    directions: ["po", "przed"],
    unit_names: ["dni", "tygodnie", "miesiące"],
    undated: "Ten kamień milowy nie ma jeszcze daty – termin zadania zostaje bez zmian.",
    no_milestones: "Plan nie ma kamieni milowych – dodaj je nad listą.",
    after: |name, count| format!("{name} + {count}"),
    before: |count, name| format!("{count} przed {name}"),
    same_day: |name| format!("{name} (ten sam dzień)"),
    unknown_milestone: "usunięty kamień milowy",
};

/// The English table.
pub const EN: MilestoneTexts = MilestoneTexts {
    section: |all, dated| format!("🏁 Milestones ({dated} of {all} dated)"),
    intro: "The key dates of the replication. A task's due date can count from a milestone \
        (e.g. \"KRS registration + 30 days\"); when the milestone moves, its tasks' due dates \
        move with it.",
    date_of: |name| format!("Date: {name}"),
    tasks_count: |n| {
        let word = if n == 1 { "task counts" } else { "tasks count" };
        format!("{n} {word} from this date")
    },
    remove: |name| format!("Remove milestone: {name}"),
    remove_tip: "Tasks counting from this milestone keep their last due dates as fixed dates.",
    new_label: "New milestone",
    new_hint: "e.g. council session – Enter adds",
    add: "➕ Add milestone",
    due_kinds: ["fixed date", "relative to a milestone"],
    milestone_choice: "Milestone of the due date",
    offset_label: "How many (days, weeks or months)",
    unit_choice: "Unit",
    direction_choice: "Before or after",
    directions: ["after", "before"],
    unit_names: ["days", "weeks", "months"],
    undated: "This milestone has no date yet – the task's due date stays as it is.",
    no_milestones: "The plan has no milestones – add them above the list.",
    after: |name, count| format!("{name} + {count}"),
    before: |count, name| format!("{count} before {name}"),
    same_day: |name| format!("{name} (same day)"),
    unknown_milestone: "removed milestone",
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static MilestoneTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

/// The forms of the built-in milestones' names used inside a sentence: Polish nominative and
/// instrumental ("przed zebraniem założycielskim"), English plain and with its article.
const PHRASES: [(&str, [&str; 4]); 5] = [
    (
        PREPARATION_START,
        [
            "rozpoczęcie przygotowań",
            "rozpoczęciem przygotowań",
            "start of preparation",
            "the start of preparation",
        ],
    ),
    (
        FOUNDING_MEETING,
        [
            "zebranie założycielskie",
            "zebraniem założycielskim",
            "founding meeting",
            "the founding meeting",
        ],
    ),
    (
        KRS_REGISTRATION,
        [
            "rejestracja w KRS",
            "rejestracją w KRS",
            "KRS registration",
            "KRS registration",
        ],
    ),
    (
        OPERATIONS_START,
        [
            "rozpoczęcie działalności",
            "rozpoczęciem działalności",
            "start of operations",
            "the start of operations",
        ],
    ),
    (
        FIRST_YEAR_END,
        [
            "koniec pierwszych 12 miesięcy działalności",
            "końcem pierwszych 12 miesięcy działalności",
            "end of the first 12 months of operation",
            "the end of the first 12 months of operation",
        ],
    ),
];

/// "30 dni", "2 tygodnie", "1 month".
pub fn count_text(lang: Lang, count: u32, unit: OffsetUnit) -> String {
    let n = usize::try_from(count).unwrap_or(usize::MAX);
    let word = match (lang, unit) {
        (Lang::Pl, OffsetUnit::Days) => plural_pl(n, "dzień", "dni", "dni"),
        (Lang::Pl, OffsetUnit::Weeks) => plural_pl(n, "tydzień", "tygodnie", "tygodni"),
        (Lang::Pl, OffsetUnit::Months) => plural_pl(n, "miesiąc", "miesiące", "miesięcy"),
        (Lang::En, OffsetUnit::Days) => english(n, "day", "days"),
        (Lang::En, OffsetUnit::Weeks) => english(n, "week", "weeks"),
        (Lang::En, OffsetUnit::Months) => english(n, "month", "months"),
    };
    format!("{count} {word}")
}

fn english(n: usize, one: &'static str, many: &'static str) -> &'static str {
    if n == 1 { one } else { many }
}

/// The due date's rule in words: "rejestracja w KRS + 30 dni", "2 tygodnie przed zebraniem
/// założycielskim", "KRS registration + 30 days", "2 weeks before the founding meeting".
pub fn relative_text(lang: Lang, rule: &RelativeDue, milestones: &[Milestone]) -> String {
    let t = texts(lang);
    let milestone = milestones.iter().find(|m| m.id == rule.milestone);
    // The built-in forms are used while the milestone keeps its built-in name.
    let phrases = milestone
        .filter(|m| built_in_name(&m.id).is_some_and(|name| name == m.name))
        .and_then(|m| PHRASES.iter().find(|(id, _)| *id == m.id))
        .map(|(_, forms)| *forms);
    let name = milestone.map_or(t.unknown_milestone, |m| m.name.get(lang));
    let count = count_text(lang, rule.offset.unsigned_abs(), rule.unit);
    match (rule.offset.signum(), lang, phrases) {
        (0, _, Some([nom, _, en, _])) => (t.same_day)(if lang == Lang::Pl { nom } else { en }),
        (0, _, None) => (t.same_day)(name),
        (1, Lang::Pl, Some([nom, ..])) | (1, Lang::En, Some([_, _, nom, _])) => {
            (t.after)(nom, &count)
        }
        (1, _, None) => (t.after)(name, &count),
        (_, Lang::Pl, Some([_, instrumental, ..])) => (t.before)(&count, instrumental),
        (_, Lang::En, Some([.., with_article])) => (t.before)(&count, with_article),
        (_, Lang::Pl, None) => (t.before)(&count, &format!("„{name}”")),
        (_, Lang::En, None) => (t.before)(&count, &format!("“{name}”")),
    }
}

#[cfg(test)]
mod tests {
    use super::{count_text, relative_text, texts};
    use crate::i18n::Lang;
    use crate::model::milestones::{Milestone, OffsetUnit, RelativeDue, default_milestones};
    use crate::model::text::Text;

    #[test]
    fn no_text_is_empty() {
        for t in super::super::checked_tables(texts) {
            assert!((t.section)(5, 2).contains('5'));
            assert!(!(t.date_of)("x").is_empty() && !(t.remove)("x").is_empty());
            assert!(!(t.tasks_count)(2).is_empty());
        }
        assert_eq!(
            (texts(Lang::Pl).section)(5, 0),
            "🏁 Kamienie milowe (z datą: 0 z 5)"
        );
        assert_eq!(
            (texts(Lang::Pl).tasks_count)(3),
            "3 zadania liczone od tej daty"
        );
    }

    #[test]
    fn counts_take_the_polish_plural() {
        assert_eq!(count_text(Lang::Pl, 1, OffsetUnit::Days), "1 dzień");
        assert_eq!(count_text(Lang::Pl, 30, OffsetUnit::Days), "30 dni");
        assert_eq!(count_text(Lang::Pl, 2, OffsetUnit::Weeks), "2 tygodnie");
        assert_eq!(count_text(Lang::Pl, 12, OffsetUnit::Weeks), "12 tygodni");
        assert_eq!(count_text(Lang::Pl, 22, OffsetUnit::Months), "22 miesiące");
        assert_eq!(count_text(Lang::Pl, 5, OffsetUnit::Months), "5 miesięcy");
        assert_eq!(count_text(Lang::En, 1, OffsetUnit::Weeks), "1 week");
        assert_eq!(count_text(Lang::En, 3, OffsetUnit::Months), "3 months");
    }

    #[test]
    fn rules_read_as_sentences() {
        let milestones = default_milestones();
        let text = |lang, id: &str, offset, unit| {
            relative_text(lang, &RelativeDue::new(id, offset, unit), &milestones)
        };
        assert_eq!(
            text(Lang::Pl, "krs_registration", 30, OffsetUnit::Days),
            "rejestracja w KRS + 30 dni"
        );
        assert_eq!(
            text(Lang::Pl, "founding_meeting", -2, OffsetUnit::Weeks),
            "2 tygodnie przed zebraniem założycielskim"
        );
        assert_eq!(
            text(Lang::En, "founding_meeting", -2, OffsetUnit::Weeks),
            "2 weeks before the founding meeting"
        );
        assert_eq!(
            text(Lang::En, "krs_registration", 30, OffsetUnit::Days),
            "KRS registration + 30 days"
        );
        assert_eq!(
            text(Lang::Pl, "operations_start", 0, OffsetUnit::Days),
            "rozpoczęcie działalności (ten sam dzień)"
        );
        assert_eq!(
            text(Lang::Pl, "gone", -1, OffsetUnit::Months),
            "1 miesiąc przed „usunięty kamień milowy”"
        );
        let own = vec![Milestone::new(
            "custom_1",
            Text::new("Sesja rady", "Sesja rady"),
        )];
        let rule = RelativeDue::new("custom_1", -3, OffsetUnit::Days);
        assert_eq!(
            relative_text(Lang::Pl, &rule, &own),
            "3 dni przed „Sesja rady”"
        );
        let rule = RelativeDue::new("custom_1", 1, OffsetUnit::Weeks);
        assert_eq!(relative_text(Lang::En, &rule, &own), "Sesja rady + 1 week");
    }
}
