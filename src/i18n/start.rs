//! The words of the start screen's recent plans and of the fallbacks used when the system
//! has no file dialog, in Polish and English.

use crate::i18n::Lang;

/// Texts of the recent plans list and the file-dialog fallbacks.
#[derive(Debug)]
pub struct StartTexts {
    /// Heading of the recent plans list.
    pub recent_heading: &'static str,
    /// Shown when no plan was opened or saved yet.
    pub recent_none: &'static str,
    /// Said of a recent plan whose file is gone.
    pub missing: &'static str,
    /// Button that drops a plan from the recent list.
    pub forget: &'static str,
    /// Tooltip of that button.
    pub forget_tip: &'static str,
    /// Said of a plan with no model chosen.
    pub no_model: &'static str,
    /// "Saved <time>".
    pub saved: fn(&str) -> String,
    /// Said when the system has no file dialog and the in-app list is shown instead.
    pub no_open_dialog: &'static str,
    /// Said in the Save As dialog when the system has no file dialog.
    pub no_save_dialog: &'static str,
    /// Label before the file name under the Save As path.
    pub file_name: &'static str,
    /// Label before the folder under the Save As path.
    pub folder: &'static str,
}

/// The table for `lang`.
pub fn texts(lang: Lang) -> &'static StartTexts {
    match lang {
        Lang::Pl => &PL,
        Lang::En => &EN,
    }
}

const PL: StartTexts = StartTexts {
    recent_heading: "Ostatnio otwierane plany",
    recent_none: "Tu pojawią się plany, które otworzysz lub zapiszesz.",
    missing: "plik nie istnieje",
    forget: "Usuń z listy",
    forget_tip: "Usuwa plan tylko z tej listy; nie kasuje żadnego pliku",
    no_model: "model niewybrany",
    saved: |time| format!("zapisany {time}"),
    no_open_dialog: "Systemowe okno wyboru plików jest niedostępne. Wybierz plan z listy albo wpisz ścieżkę do pliku i naciśnij Enter.",
    no_save_dialog: "Systemowe okno wyboru plików jest niedostępne. Wpisz ścieżkę w polu powyżej.",
    file_name: "Plik:",
    folder: "Folder:",
};

const EN: StartTexts = StartTexts {
    recent_heading: "Recent plans",
    recent_none: "Plans you open or save will appear here.",
    missing: "file not found",
    forget: "Remove from list",
    forget_tip: "Removes the plan from this list only; no file is deleted",
    no_model: "no model chosen",
    saved: |time| format!("saved {time}"),
    no_open_dialog: "The system file dialog is not available. Pick a plan from the list, or type the path to its file and press Enter.",
    no_save_dialog: "The system file dialog is not available. Type the path in the field above.",
    file_name: "File:",
    folder: "Folder:",
};
