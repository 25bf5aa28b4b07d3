//! Texts of the checklist step.

use crate::i18n::{Lang, plural_pl};
use crate::model::progress::Progress;

/// Every text of the checklist step.
#[derive(Debug)]
pub struct ChecklistTexts {
    /// Heading.
    pub heading: &'static str,
    /// What the list is.
    pub intro: &'static str,
    /// Shown when the list is empty.
    pub empty: &'static str,
    /// Overall progress.
    pub overall: fn(Progress) -> String,
    /// A phase header: name, progress.
    pub phase_progress: fn(&str, Progress) -> String,
    /// Count of overdue items.
    pub overdue_count: fn(usize) -> String,
    /// Count of items due soon.
    pub soon_count: fn(usize) -> String,
    /// Label of the search field.
    pub search_label: &'static str,
    /// Hint in the search field.
    pub search_hint: &'static str,
    /// Label before the filters.
    pub filter_label: &'static str,
    /// Filters: all, open, urgent, without owner.
    pub filters: [&'static str; 4],
    /// Label of the new-item field.
    pub new_item_label: &'static str,
    /// Hint in the new-item field.
    pub new_item_hint: &'static str,
    /// Name of the phase choice for new items.
    pub new_item_phase: &'static str,
    /// Button that adds the new item.
    pub add_item: &'static str,
    /// Nothing matches the search or filter.
    pub no_matches: &'static str,
    /// Shown in the detail panel when nothing is selected.
    pub select_hint: &'static str,
    /// Due-date marker: overdue by n days.
    pub overdue: fn(i64) -> String,
    /// Due-date marker: due today.
    pub due_today: &'static str,
    /// Due-date marker: due in n days.
    pub due_soon: fn(i64) -> String,
    /// Statuses, in `Status` order: to do, in progress, done, not applicable.
    pub statuses: [&'static str; 4],
    /// Label of the status choice.
    pub status_label: &'static str,
    /// Origins: common list, model, own item.
    pub origins: [&'static str; 3],
    /// Label before the phase.
    pub phase_label: &'static str,
    /// Label before the "why".
    pub why_label: &'static str,
    /// Label before the legal basis.
    pub legal_label: &'static str,
    /// Label before the source link.
    pub source_label: &'static str,
    /// What the "to verify" mark means.
    pub verify_note: &'static str,
    /// Label of a custom item's text field.
    pub text_label: &'static str,
    /// Label of the not-applicable reason.
    pub reason_label: &'static str,
    /// Warning when the reason is missing.
    pub reason_missing: &'static str,
    /// Label of the owner field.
    pub owner_label: &'static str,
    /// Hint in the owner field.
    pub owner_hint: &'static str,
    /// Label of the due-date field.
    pub due_label: &'static str,
    /// Hint in the due-date field (the expected form).
    pub due_hint: &'static str,
    /// Warning for an unreadable date.
    pub due_invalid: &'static str,
    /// Label of the note field.
    pub note_label: &'static str,
    /// Label of the evidence list.
    pub evidence_label: &'static str,
    /// Hint in the new-evidence field.
    pub evidence_hint: &'static str,
    /// Button that adds evidence.
    pub evidence_add: &'static str,
    /// Accessible name of the button removing one piece of evidence.
    pub evidence_remove: fn(&str) -> String,
    /// Button that removes a custom item.
    pub remove_item: &'static str,
    /// Why catalogue items cannot be removed.
    pub cannot_remove: &'static str,
    /// The wizard's hint when a "not applicable" item has no reason.
    pub missing_reason: &'static str,
    /// Column headings of the list: status, task, owner, due date, marks.
    pub columns: [&'static str; 5],
    /// Tooltip of the handles that resize a column or the panes.
    pub resize_tip: &'static str,
    /// How to move between the list and the details with the keyboard.
    pub pane_hint: &'static str,
}

/// The Polish table.
pub const PL: ChecklistTexts = ChecklistTexts {
    heading: "Lista zadań replikacji",
    intro: "Wspólne kroki każdej replikacji i zadania wybranego modelu, dobrane do tego, kto \
        zakłada spółdzielnię. Kliknij zadanie, aby wpisać osobę odpowiedzialną, termin, notatkę \
        i dowody wykonania.",
    empty: "Lista jest pusta – najpierw wybierz model.",
    overall: |p| {
        let mut text = format!(
            "Zrobione: {} z {} ({}%)",
            p.done,
            p.applicable(),
            p.percent()
        );
        if p.not_applicable > 0 {
            text.push_str(&format!(" · nie dotyczy: {}", p.not_applicable));
        }
        text
    },
    phase_progress: |name, p| format!("{name} · {} z {}", p.done, p.applicable()),
    overdue_count: |n| format!("⛔ Po terminie: {n}"),
    soon_count: |n| format!("⏳ Termin w ciągu 7 dni: {n}"),
    search_label: "Szukaj",
    search_hint: "treść, osoba, notatka…",
    filter_label: "Pokaż:",
    filters: ["Wszystkie", "Otwarte", "Pilne", "Bez osoby odpowiedzialnej"],
    new_item_label: "Nowe zadanie",
    new_item_hint: "Co trzeba zrobić – Enter dodaje",
    new_item_phase: "Etap nowego zadania",
    add_item: "➕ Dodaj zadanie",
    no_matches: "Żadne zadanie nie pasuje do wyszukiwania lub filtra.",
    select_hint: "Wybierz zadanie z listy, aby zobaczyć szczegóły i je uzupełnić.",
    overdue: |d| {
        let word = plural_pl(
            usize::try_from(d).unwrap_or(usize::MAX),
            "dzień",
            "dni",
            "dni",
        );
        format!("⛔ po terminie: {d} {word}")
    },
    due_today: "⏳ termin dziś",
    due_soon: |d| {
        if d == 1 {
            "⏳ termin jutro".to_owned()
        } else {
            format!("⏳ termin za {d} dni")
        }
    },
    statuses: ["☐ Do zrobienia", "⏳ W toku", "✔ Zrobione", "✖ Nie dotyczy"],
    status_label: "Stan",
    origins: ["Lista wspólna", "Zadanie modelu", "Własne zadanie"],
    phase_label: "Etap:",
    why_label: "Dlaczego:",
    legal_label: "Podstawa prawna:",
    source_label: "Źródło:",
    verify_note: "Tego nie udało się potwierdzić w aktualnym tekście ustawy ani w publikacji. \
        Sprawdź, zanim oprzesz na tym decyzję.",
    text_label: "Treść zadania",
    reason_label: "Dlaczego nie dotyczy (wymagane)",
    reason_missing: "⚠ Podaj powód – bez niego zadanie liczy się jako otwarte.",
    owner_label: "Osoba odpowiedzialna",
    owner_hint: "imię, funkcja lub instytucja",
    due_label: "Termin",
    due_hint: "dd.mm.rrrr",
    due_invalid: "⚠ To nie jest data – wpisz dd.mm.rrrr, np. 31.01.2027.",
    note_label: "Notatka",
    evidence_label: "Dowody wykonania",
    evidence_hint: "link lub numer dokumentu – Enter dodaje",
    evidence_add: "➕ Dodaj dowód",
    evidence_remove: |what| format!("Usuń dowód: {what}"),
    remove_item: "🗑 Usuń to zadanie",
    cannot_remove: "Zadań z listy wspólnej i z modelu nie usuwa się – jeśli nie dotyczą tego \
        planu, oznacz je „Nie dotyczy” i podaj powód.",
    missing_reason: "Podaj powód przy zadaniach oznaczonych „Nie dotyczy”.",
    columns: ["Stan", "Zadanie", "Kto", "Termin", "Uwagi"],
    resize_tip: "Przeciągnij, aby zmienić rozmiar",
    pane_hint: "F6: przejście między listą a szczegółami zadania",
};

/// The English table.
pub const EN: ChecklistTexts = ChecklistTexts {
    heading: "Replication checklist",
    intro: "The steps every replication shares and the chosen model's own items, matched to \
        who founds the cooperative. Click an item to set its owner, due date, note and evidence.",
    empty: "The list is empty – choose a model first.",
    overall: |p| {
        let mut text = format!("Done: {} of {} ({}%)", p.done, p.applicable(), p.percent());
        if p.not_applicable > 0 {
            text.push_str(&format!(" · not applicable: {}", p.not_applicable));
        }
        text
    },
    phase_progress: |name, p| format!("{name} · {} of {}", p.done, p.applicable()),
    overdue_count: |n| format!("⛔ Overdue: {n}"),
    soon_count: |n| format!("⏳ Due within 7 days: {n}"),
    search_label: "Search",
    search_hint: "text, owner, note…",
    filter_label: "Show:",
    filters: ["All", "Open", "Urgent", "Without owner"],
    new_item_label: "New item",
    new_item_hint: "What needs doing – Enter adds it",
    new_item_phase: "Phase of the new item",
    add_item: "➕ Add item",
    no_matches: "No item matches the search or filter.",
    select_hint: "Choose an item in the list to see its details and fill them in.",
    overdue: |d| {
        if d == 1 {
            "⛔ overdue by 1 day".to_owned()
        } else {
            format!("⛔ overdue by {d} days")
        }
    },
    due_today: "⏳ due today",
    due_soon: |d| {
        if d == 1 {
            "⏳ due tomorrow".to_owned()
        } else {
            format!("⏳ due in {d} days")
        }
    },
    statuses: ["☐ To do", "⏳ In progress", "✔ Done", "✖ Not applicable"],
    status_label: "Status",
    origins: ["Common list", "Model item", "Your own item"],
    phase_label: "Phase:",
    why_label: "Why:",
    legal_label: "Legal basis:",
    source_label: "Source:",
    verify_note: "This could not be confirmed in the current text of the act or in the \
        publication. Check it before you base a decision on it.",
    text_label: "What to do",
    reason_label: "Why it does not apply (required)",
    reason_missing: "⚠ Give a reason – without one the item counts as open.",
    owner_label: "Owner",
    owner_hint: "name, role or institution",
    due_label: "Due date",
    due_hint: "yyyy-mm-dd",
    due_invalid: "⚠ Not a date – type yyyy-mm-dd, e.g. 2027-01-31.",
    note_label: "Note",
    evidence_label: "Evidence of completion",
    evidence_hint: "a link or a document number – Enter adds it",
    evidence_add: "➕ Add evidence",
    evidence_remove: |what| format!("Remove evidence: {what}"),
    remove_item: "🗑 Remove this item",
    cannot_remove: "Items from the common list and the model are not removed – if one does not \
        apply to this plan, mark it “Not applicable” and give the reason.",
    missing_reason: "Give a reason for the items marked “Not applicable”.",
    columns: ["Status", "Task", "Owner", "Due", "Marks"],
    resize_tip: "Drag to resize",
    pane_hint: "F6 moves between the list and the item's details",
};

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static ChecklistTexts {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::texts;
    use crate::i18n::Lang;
    use crate::model::progress::Progress;

    #[test]
    fn no_text_is_empty_and_numbers_read_well() {
        for t in super::super::checked_tables(texts) {
            let p = Progress {
                done: 2,
                not_applicable: 1,
                total: 5,
            };
            assert!((t.overall)(p).contains('2'));
            assert!((t.phase_progress)("X", p).starts_with("X"));
            assert!(!(t.overdue_count)(1).is_empty() && !(t.soon_count)(1).is_empty());
            assert!(!(t.due_soon)(3).is_empty() && !(t.evidence_remove)("a").is_empty());
        }
        assert_eq!((texts(Lang::Pl).overdue)(1), "⛔ po terminie: 1 dzień");
        assert_eq!((texts(Lang::Pl).overdue)(3), "⛔ po terminie: 3 dni");
        assert_eq!((texts(Lang::En).overdue)(3), "⛔ overdue by 3 days");
        assert_eq!(
            (texts(Lang::Pl).overall)(Progress {
                done: 1,
                not_applicable: 0,
                total: 4
            }),
            "Zrobione: 1 z 4 (25%)"
        );
    }
}
