//! The words of an exported document, in Polish and English. The export's language is chosen
//! separately from the window's, so these texts live in their own table.

use crate::model::text::Lang;

/// Every text that appears in an exported document (not the plan's own data).
#[derive(Debug)]
pub struct DocStrings {
    /// The line above the title, saying what kind of document this is.
    pub kicker: &'static str,
    /// The title of a plan that has no name.
    pub untitled: &'static str,
    /// Shown for a field the user has not filled in.
    pub not_given: &'static str,
    /// Title block: the organisation.
    pub organisation: &'static str,
    /// Title block: the place.
    pub place: &'static str,
    /// Title block and model section: the model.
    pub model: &'static str,
    /// Title block: the date of export.
    pub exported_on: &'static str,
    /// Title block: what the document contains when only headings are exported.
    pub scope: &'static str,
    /// The value of `scope` for an outline.
    pub headings_only: &'static str,
    /// Heading of the profile section.
    pub profile_heading: &'static str,
    /// Profile: who founds the cooperative.
    pub kind: &'static str,
    /// Names of the replicator kinds, in `ReplicatorKind::ALL` order.
    pub kinds: [&'static str; 4],
    /// Profile: the founding route.
    pub route: &'static str,
    /// Names of the founding routes: legal persons, natural persons.
    pub routes: [&'static str; 2],
    /// Heading of the model section.
    pub model_heading: &'static str,
    /// Shown when no model is chosen.
    pub no_model: &'static str,
    /// Shown when the plan's model is not in the catalogue (model id).
    pub unknown_model: fn(&str) -> String,
    /// Model: integration or service.
    pub family: &'static str,
    /// Family names: integration, service.
    pub families: [&'static str; 2],
    /// Model: how much is known about its origin.
    pub provenance: &'static str,
    /// Provenance names: series confirmed, series named, outside the series.
    pub provenances: [&'static str; 3],
    /// Model: the pilot cooperative.
    pub pilot: &'static str,
    /// Model: the series manual.
    pub manual: &'static str,
    /// Model: who it is for.
    pub target_group: &'static str,
    /// Model: what must be in place before starting.
    pub prerequisites: &'static str,
    /// Model: published sources.
    pub sources: &'static str,
    /// Heading of the checklist section.
    pub checklist_heading: &'static str,
    /// Shown when the checklist is empty.
    pub checklist_empty: &'static str,
    /// "Done: X of Y".
    pub progress: fn(usize, usize) -> String,
    /// How many items not yet started were left out.
    pub skipped: fn(usize) -> String,
    /// Names of the checklist phases, in `Phase::ALL` order.
    pub phases: [&'static str; 7],
    /// Names of the statuses: to do, in progress, done, not applicable.
    pub statuses: [&'static str; 4],
    /// Column: item number.
    pub col_number: &'static str,
    /// Column: phase.
    pub col_phase: &'static str,
    /// Column: what to do.
    pub col_task: &'static str,
    /// Column: status.
    pub col_status: &'static str,
    /// Column: who is responsible.
    pub col_owner: &'static str,
    /// Column: due date.
    pub col_due: &'static str,
    /// Column: the user's notes.
    pub col_notes: &'static str,
    /// Column and label: why the item matters.
    pub why: &'static str,
    /// Column and label: the legal basis.
    pub legal_basis: &'static str,
    /// Column and label: where the item comes from.
    pub source: &'static str,
    /// Mark on facts that are not confirmed; also the CSV column.
    pub to_verify: &'static str,
    /// CSV column: the fact behind the item still needs checking.
    pub col_verify: &'static str,
    /// The CSV value for a set mark.
    pub yes: &'static str,
    /// Footer: where the document comes from.
    pub footer_made_with: &'static str,
    /// Footer: what the "to verify" mark means.
    pub footer_verify: &'static str,
}

/// Polish.
pub const PL: DocStrings = DocStrings {
    kicker: "Plan replikacji modelu spółdzielni socjalnej (franczyza społeczna)",
    untitled: "Plan bez nazwy",
    not_given: "nie podano",
    organisation: "Organizacja",
    place: "Miejscowość",
    model: "Model",
    exported_on: "Data eksportu",
    scope: "Zakres",
    headings_only: "tylko nagłówki (bez szczegółów zadań)",
    profile_heading: "Kto replikuje model i gdzie",
    kind: "Zakłada",
    kinds: [
        "fundacja lub stowarzyszenie",
        "gmina lub powiat (JST)",
        "kościelna osoba prawna",
        "osoby fizyczne",
    ],
    route: "Sposób założenia",
    routes: [
        "przez osoby prawne (co najmniej dwie)",
        "przez osoby fizyczne",
    ],
    model_heading: "Wybrany model",
    no_model: "Model nie został jeszcze wybrany.",
    unknown_model: |id| {
        format!("Modelu „{id}” nie ma w katalogu tej wersji programu, więc jego opis pominięto.")
    },
    family: "Rodzaj modelu",
    families: ["integracyjny", "usługowy"],
    provenance: "Pochodzenie",
    provenances: [
        "seria SNRSS – pilotaż potwierdzony",
        "seria SNRSS – pilotażu nie ustalono",
        "model spoza serii",
    ],
    pilot: "Spółdzielnia pilotażowa",
    manual: "Podręcznik serii",
    target_group: "Dla kogo",
    prerequisites: "Co musi być gotowe przed startem",
    sources: "Źródła",
    checklist_heading: "Lista zadań",
    checklist_empty: "Lista zadań jest pusta.",
    progress: |done, total| format!("Zrobione: {done} z {total}"),
    skipped: |count| format!("Pominięte zadania jeszcze nierozpoczęte: {count}."),
    // The phases are named as in the window.
    phases: super::super::pl::PL.phases,
    statuses: ["Do zrobienia", "W toku", "Zrobione", "Nie dotyczy"],
    col_number: "Lp.",
    col_phase: "Etap",
    col_task: "Zadanie",
    col_status: "Stan",
    col_owner: "Odpowiada",
    col_due: "Termin",
    col_notes: "Notatki",
    why: "Dlaczego to ważne",
    legal_basis: "Podstawa prawna",
    source: "Źródło",
    to_verify: "do sprawdzenia",
    col_verify: "Do sprawdzenia",
    yes: "tak",
    footer_made_with: "Dokument przygotowany w programie „Planer franczyzy społecznej”.",
    footer_verify: "Informacje oznaczone „do sprawdzenia” nie zostały potwierdzone \
        w aktualnych przepisach ani w źródle – sprawdź je, zanim na nich oprzesz decyzję.",
};

/// English.
pub const EN: DocStrings = DocStrings {
    kicker: "Plan for replicating a social cooperative model (social franchise)",
    untitled: "Untitled plan",
    not_given: "not given",
    organisation: "Organisation",
    place: "Place",
    model: "Model",
    exported_on: "Exported on",
    scope: "Scope",
    headings_only: "headings only (no item details)",
    profile_heading: "Who replicates the model, and where",
    kind: "Founder",
    kinds: [
        "foundation or association",
        "municipality or county (JST)",
        "church legal person",
        "natural persons",
    ],
    route: "Founding route",
    routes: ["by legal persons (at least two)", "by natural persons"],
    model_heading: "Chosen model",
    no_model: "No model has been chosen yet.",
    unknown_model: |id| {
        format!(
            "The model \u{201c}{id}\u{201d} is not in this version's catalogue, \
             so its description is left out."
        )
    },
    family: "Kind of model",
    families: ["integration", "service"],
    provenance: "Origin",
    provenances: [
        "SNRSS series – pilot confirmed",
        "SNRSS series – pilot not identified",
        "outside the series",
    ],
    pilot: "Pilot cooperative",
    manual: "Series manual",
    target_group: "Who it is for",
    prerequisites: "What must be in place before starting",
    sources: "Sources",
    checklist_heading: "Checklist",
    checklist_empty: "The checklist is empty.",
    progress: |done, total| format!("Done: {done} of {total}"),
    skipped: |count| format!("Items not yet started that were left out: {count}."),
    // The phases are named as in the window.
    phases: super::super::en::EN.phases,
    statuses: ["To do", "In progress", "Done", "Not applicable"],
    col_number: "No.",
    col_phase: "Phase",
    col_task: "Task",
    col_status: "Status",
    col_owner: "Owner",
    col_due: "Due date",
    col_notes: "Notes",
    why: "Why it matters",
    legal_basis: "Legal basis (Polish law)",
    source: "Source",
    to_verify: "to verify",
    col_verify: "To verify",
    yes: "yes",
    footer_made_with: "Prepared with the Social Franchise Planner.",
    footer_verify: "Statements marked \u{201c}to verify\u{201d} have not been confirmed against \
        the current law or their source – check them before basing a decision on them.",
};

/// The document texts for `lang`.
pub fn doc_strings(lang: Lang) -> &'static DocStrings {
    crate::i18n::by_lang(lang, &PL, &EN)
}

#[cfg(test)]
mod tests {
    use super::doc_strings;
    use crate::model::text::Lang;

    #[test]
    fn no_text_is_empty_in_either_language() {
        for lang in Lang::ALL {
            let s = doc_strings(lang);
            // The Debug form lists every field; an empty one shows as "".
            let dump = format!("{s:?}");
            assert!(!dump.contains("\"\""), "{lang:?}: {dump}");
            assert!(!(s.progress)(1, 2).is_empty());
            assert!((s.skipped)(3).contains('3'));
            assert!((s.unknown_model)("x_y").contains("x_y"));
        }
    }

    #[test]
    fn languages_differ() {
        let (pl, en) = (doc_strings(Lang::Pl), doc_strings(Lang::En));
        assert_ne!(pl.checklist_heading, en.checklist_heading);
        assert_ne!(pl.statuses, en.statuses);
        assert_ne!(pl.phases, en.phases);
    }
}
