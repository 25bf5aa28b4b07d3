//! The words of the export dialog, its menu entry and the `export` command line, in Polish
//! and English (kept apart from the shared window table).

use crate::i18n::Strings;
use crate::model::text::Lang;

/// Texts of the export dialog and the `export` subcommand.
#[derive(Debug)]
pub struct Messages {
    /// Menu entry and command name.
    pub cmd_export: &'static str,
    /// Tooltip of the menu entry.
    pub cmd_export_tip: &'static str,
    /// Dialog heading.
    pub heading: &'static str,
    /// Label of the format choice.
    pub format_label: &'static str,
    /// Names of the formats, in `Format::ALL` order.
    pub formats: [&'static str; 6],
    /// Label of the language choice.
    pub lang_label: &'static str,
    /// Names of the languages, in `Lang::ALL` order.
    pub langs: [&'static str; 2],
    /// Label of the options.
    pub options_label: &'static str,
    /// Option: add "why it matters", legal basis and source.
    pub opt_guidance: &'static str,
    /// Option: include items not yet started.
    pub opt_not_started: &'static str,
    /// Option: headings only.
    pub opt_headings_only: &'static str,
    /// Option: the full-data appendix.
    pub opt_appendix: &'static str,
    /// Label of the CSV separator choice.
    pub separator_label: &'static str,
    /// Names of the separators: semicolon, comma.
    pub separators: [&'static str; 2],
    /// Label of the CSV table choice.
    pub table_label: &'static str,
    /// Names of the CSV tables, in `CsvTable::ALL` order: checklist, agreement terms,
    /// schedule, check-ins after launch.
    pub tables: [&'static str; 4],
    /// Label of the output path field.
    pub path_label: &'static str,
    /// The line under the path: file name, folder.
    pub path_preview: fn(&str, &str) -> String,
    /// Warning: the output file exists and will be replaced.
    pub file_exists: &'static str,
    /// Button: pick the output file in the system dialog.
    pub browse: &'static str,
    /// Tooltip of Browse.
    pub browse_tip: &'static str,
    /// Button: export.
    pub export_button: &'static str,
    /// Button: cancel.
    pub cancel: &'static str,
    /// Toast after a successful export (path).
    pub exported: fn(&str) -> String,
    /// Error after a failed export (reason, path).
    pub failed: fn(&str, &str) -> String,
}

/// Polish.
pub const PL: Messages = Messages {
    cmd_export: "Eksportuj…",
    cmd_export_tip: "Zapisz plan jako dokument do druku (HTML), tekst (Markdown) \
        albo arkusz z listą zadań (CSV)",
    heading: "Eksport planu",
    format_label: "Format:",
    formats: [
        "HTML – do druku i wysłania",
        "Word (DOCX) – do edycji w Wordzie lub LibreOffice",
        "PDF – do złożenia w urzędzie",
        "Markdown – zwykły tekst",
        "CSV – lista zadań do arkusza",
        "Kalendarz (ICS) – kamienie milowe i terminy do Outlooka, Thunderbirda lub Google",
    ],
    lang_label: "Język dokumentu:",
    langs: ["polski", "angielski"],
    options_label: "Zawartość:",
    opt_guidance: "Wyjaśnienia: dlaczego to ważne, podstawa prawna, źródło",
    opt_not_started: "Zadania jeszcze nierozpoczęte",
    opt_headings_only: "Tylko nagłówki (bez szczegółów zadań)",
    opt_appendix: "Załącznik z pełnymi danymi planu (notatki, dowody, decyzje)",
    separator_label: "Separator kolumn:",
    separators: ["średnik ; (polski Excel)", "przecinek ,"],
    table_label: "Tabela:",
    tables: [
        "lista zadań",
        "warunki umowy franczyzowej",
        "harmonogram (daty)",
        "przeglądy po uruchomieniu",
    ],
    path_label: "Zapisz do pliku:",
    path_preview: |name, folder| format!("Plik „{name}” trafi do folderu: {folder}"),
    file_exists: "Taki plik już istnieje – zostanie zastąpiony.",
    browse: "Wybierz miejsce…",
    browse_tip: "Wybierz folder i nazwę pliku w oknie systemowym",
    export_button: "Eksportuj",
    cancel: "Anuluj eksport",
    exported: |path| format!("Wyeksportowano plan: {path}"),
    failed: |reason, path| format!("Nie udało się wyeksportować planu: {reason}. Plik: {path}"),
};

/// English.
pub const EN: Messages = Messages {
    cmd_export: "Export…",
    cmd_export_tip: "Save the plan as a printable document (HTML), text (Markdown) \
        or a checklist spreadsheet (CSV)",
    heading: "Export the plan",
    format_label: "Format:",
    formats: [
        "HTML – to print and send",
        "Word (DOCX) – to edit in Word or LibreOffice",
        "PDF – to file as it is",
        "Markdown – plain text",
        "CSV – checklist for a spreadsheet",
        "Calendar (ICS) – milestones and due dates for Outlook, Thunderbird or Google",
    ],
    lang_label: "Document language:",
    langs: ["Polish", "English"],
    options_label: "Content:",
    opt_guidance: "Guidance: why it matters, legal basis, source",
    opt_not_started: "Items not yet started",
    opt_headings_only: "Headings only (no item details)",
    opt_appendix: "Appendix with the plan's full data (notes, evidence, decisions)",
    separator_label: "Column separator:",
    separators: ["semicolon ; (Polish Excel)", "comma ,"],
    table_label: "Table:",
    tables: [
        "checklist",
        "franchise agreement terms",
        "schedule (dates)",
        "check-ins after launch",
    ],
    path_label: "Save to file:",
    path_preview: |name, folder| format!("The file \u{201c}{name}\u{201d} goes to: {folder}"),
    file_exists: "This file exists already – it will be replaced.",
    browse: "Choose where…",
    browse_tip: "Choose the folder and file name in the system dialog",
    export_button: "Export",
    cancel: "Cancel export",
    exported: |path| format!("Plan exported: {path}"),
    failed: |reason, path| format!("Could not export the plan: {reason}. File: {path}"),
};

/// The texts for `lang`.
pub fn messages(lang: Lang) -> &'static Messages {
    crate::i18n::by_lang(lang, &PL, &EN)
}

/// The language of a window string table (for code that is handed only the table).
pub fn lang_of(s: &Strings) -> Lang {
    s.lang
}

#[cfg(test)]
mod tests {
    use super::{lang_of, messages};
    use crate::i18n::tr;
    use crate::model::text::Lang;

    #[test]
    fn no_text_is_empty_in_either_language() {
        for lang in Lang::ALL {
            let m = messages(lang);
            let dump = format!("{m:?}");
            assert!(!dump.contains("\"\""), "{lang:?}: {dump}");
            assert!((m.exported)("/x/plan.html").ends_with("/x/plan.html"));
            assert!((m.failed)("powód", "/x/plan.csv").ends_with("/x/plan.csv"));
            assert!((m.path_preview)("a.html", "/x").contains("a.html"));
        }
        assert_ne!(messages(Lang::Pl).heading, messages(Lang::En).heading);
    }

    #[test]
    fn window_tables_tell_their_language() {
        for lang in Lang::ALL {
            assert_eq!(lang_of(tr(lang)), lang);
        }
        assert_ne!(tr(Lang::Pl).app_title, tr(Lang::En).app_title);
    }
}
