//! Typed string tables for the two languages. Every field must be filled in both tables,
//! so a missing translation fails to compile.
//!
//! Text conventions (Polish), kept by `tests/content.rs`:
//! - Form of address: the singular "Ty" (imperatives such as "Wybierz", "Sprawdź";
//!   "w Twojej okolicy"), never the plural "Wy" ("Oceńcie", "u Was").
//! - One term per concept: "replikacja" (not "powielanie"), "lista zadań" (not "lista
//!   kontrolna"), "organizacja pozarządowa" (not "NGO"), "wiedza i doświadczenie" (not
//!   "know-how").
//! - Legal rules are stated as the act states them ("co najmniej połowa", not "większość");
//!   citations follow [`crate::model::legal`]; what the sources leave open says
//!   "do sprawdzenia".

pub mod catalogue;
pub mod document;
mod en;
pub mod errors;
pub mod export_dialog;
pub mod findings;
mod lookup;
mod pl;
pub mod planning;
pub mod start;

pub use crate::model::text::Lang;

/// Every user-facing string of the window. Functions build texts with numbers or names.
#[derive(Debug)]
pub struct Strings {
    /// The language of this table.
    pub lang: Lang,
    /// The app's name.
    pub app_title: &'static str,
    /// Marker for unsaved changes.
    pub unsaved_marker: &'static str,
    /// Name of a plan that has none yet.
    pub untitled: &'static str,
    /// The File menu.
    pub menu_file: &'static str,
    /// Language switch label.
    pub language: &'static str,
    /// Command: new plan.
    pub cmd_new: &'static str,
    /// Tooltip of New.
    pub cmd_new_tip: &'static str,
    /// Command: open a plan.
    pub cmd_open: &'static str,
    /// Tooltip of Open.
    pub cmd_open_tip: &'static str,
    /// Command: save.
    pub cmd_save: &'static str,
    /// Tooltip of Save.
    pub cmd_save_tip: &'static str,
    /// Command: save under another name.
    pub cmd_save_as: &'static str,
    /// Tooltip of Save As.
    pub cmd_save_as_tip: &'static str,
    /// Command: quit.
    pub cmd_quit: &'static str,
    /// Tooltip of Quit.
    pub cmd_quit_tip: &'static str,
    /// Wizard button: back.
    pub back: &'static str,
    /// Wizard button: next.
    pub next: &'static str,
    /// Names of the steps, in order.
    pub steps: [&'static str; 9],
    /// Label of the step indicator.
    pub step_indicator: &'static str,
    /// The step indicator in a narrow window: step `n` of `total`.
    pub step_of: fn(usize, usize) -> String,
    /// Hint: the plan needs a name.
    pub missing_plan_name: &'static str,
    /// Hint: the replicator kind is not chosen.
    pub missing_kind: &'static str,
    /// Hint: no model is chosen.
    pub missing_model: &'static str,
    /// Start screen introduction.
    pub start_intro: &'static str,
    /// Start screen: new plan button.
    pub start_new: &'static str,
    /// Start screen: continue the plan being edited.
    pub start_continue: &'static str,
    /// Heading of the open panel.
    pub open_heading: &'static str,
    /// Label before the default folder.
    pub plans_in_folder: &'static str,
    /// Shown when the default folder holds no plans.
    pub no_plans_in_folder: &'static str,
    /// How many plans the folder holds ("3 plany").
    pub plan_count: fn(usize) -> String,
    /// Label of the typed path field.
    pub path_label: &'static str,
    /// Button that opens the native file dialog.
    pub browse: &'static str,
    /// Tooltip of Browse.
    pub browse_tip: &'static str,
    /// Button: open the typed path.
    pub open_button: &'static str,
    /// Button: cancel.
    pub cancel: &'static str,
    /// Button: close a message.
    pub ok: &'static str,
    /// Profile step heading.
    pub profile_heading: &'static str,
    /// Label of the plan name field.
    pub plan_name_label: &'static str,
    /// Label of the replicator kind choice.
    pub kind_label: &'static str,
    /// Names of the replicator kinds: NGO, municipality, church legal person, natural persons.
    pub kinds: [&'static str; 4],
    /// Label of the organisation field.
    pub organisation_label: &'static str,
    /// Label of the place field.
    pub place_label: &'static str,
    /// Explains the legal-persons founder route.
    pub route_legal: &'static str,
    /// Explains the natural-persons founder route.
    pub route_natural: &'static str,
    /// Model step heading.
    pub model_heading: &'static str,
    /// Model step introduction.
    pub model_intro: &'static str,
    /// Family names: integration, service.
    pub families: [&'static str; 2],
    /// Provenance names: series confirmed, series named, outside the series.
    pub provenances: [&'static str; 3],
    /// Label before the pilot cooperative.
    pub pilot_label: &'static str,
    /// What the pilot's year means: the year its work on the model started.
    pub pilot_year: fn(u16) -> String,
    /// Label for a model's target group.
    pub target_group_label: &'static str,
    /// Mark on facts still to verify.
    pub to_verify: &'static str,
    /// Button that chooses a model.
    pub choose_model: &'static str,
    /// Marker of the chosen model.
    pub chosen_model: &'static str,
    /// Checklist step heading.
    pub checklist_heading: &'static str,
    /// Shown when the checklist is empty.
    pub checklist_empty: &'static str,
    /// Hint inside a note field.
    pub note_hint: &'static str,
    /// Names of the checklist phases, in `Phase::ALL` order.
    pub phases: [&'static str; 7],
    /// "Done: X of Y".
    pub progress: fn(usize, usize) -> String,
    /// Review step heading.
    pub review_heading: &'static str,
    /// Review label: replicator kind.
    pub review_kind: &'static str,
    /// Review label: model.
    pub review_model: &'static str,
    /// Review label: progress.
    pub review_progress: &'static str,
    /// Review label: file.
    pub review_file: &'static str,
    /// Shown for fields not filled in.
    pub not_set: &'static str,
    /// Shown when the plan was never saved.
    pub never_saved: &'static str,
    /// Save As dialog heading.
    pub save_as_heading: &'static str,
    /// Warning that the chosen file will be replaced.
    pub file_exists: &'static str,
    /// Button: save.
    pub save_button: &'static str,
    /// Toast after saving.
    pub saved: fn(&str) -> String,
    /// Toast after opening.
    pub opened: fn(&str) -> String,
    /// Error after a failed open: reason, path.
    pub open_failed: fn(&str, &str) -> String,
    /// Error after a failed save: reason, path.
    pub save_failed: fn(&str, &str) -> String,
    /// Warning: the plan's model is not in the catalogue.
    pub unknown_model: fn(&str) -> String,
    /// Heading of error messages.
    pub error_heading: &'static str,
    /// Heading of the unsaved-changes question.
    pub unsaved_heading: &'static str,
    /// Body of the unsaved-changes question.
    pub unsaved_body: &'static str,
    /// Button: discard changes.
    pub dont_save: &'static str,
    /// Command: close the plan.
    pub cmd_close: &'static str,
    /// Tooltip of Close.
    pub cmd_close_tip: &'static str,
    /// Command: undo.
    pub cmd_undo: &'static str,
    /// Tooltip of Undo.
    pub cmd_undo_tip: &'static str,
    /// Command: redo.
    pub cmd_redo: &'static str,
    /// Tooltip of Redo.
    pub cmd_redo_tip: &'static str,
    /// The Edit menu.
    pub menu_edit: &'static str,
    /// The Open Recent submenu.
    pub menu_recent: &'static str,
    /// Shown when there are no recent plans.
    pub recent_empty: &'static str,
    /// Clears the recent plans.
    pub recent_clear: &'static str,
    /// Heading of the recovery question.
    pub recover_heading: &'static str,
    /// Button: restore the autosave.
    pub recover_restore: &'static str,
    /// Button: drop the autosave.
    pub recover_discard: &'static str,
    /// Heading of the changed-on-disk question.
    pub disk_changed_heading: &'static str,
    /// Body of the changed-on-disk question.
    pub disk_changed_body: &'static str,
    /// Button: replace the file anyway.
    pub disk_changed_overwrite: &'static str,
    /// Body of the recovery question: plan name, time, file.
    pub recover_body: fn(&str, &str, &str) -> String,
    /// Toast: the plan was upgraded from an older format.
    pub upgraded: fn(u32) -> String,
    /// CLI: a valid plan (name, model, done, total, path).
    pub cli_ok: fn(&str, &str, usize, usize, &str) -> String,
    /// CLI: an invalid plan (reason, path).
    pub cli_invalid: fn(&str, &str) -> String,
    /// CLI reason: the model id is not in the catalogue.
    pub cli_unknown_model: fn(&str) -> String,
    /// CLI: a plan was upgraded (from, to, path).
    pub cli_upgraded: fn(u32, u32, &str) -> String,
    /// CLI: a plan is already in the current format (path).
    pub cli_current: fn(&str) -> String,
    /// The View menu.
    pub menu_view: &'static str,
    /// Command: larger text.
    pub cmd_zoom_in: &'static str,
    /// Command: smaller text.
    pub cmd_zoom_out: &'static str,
    /// Command: normal text size.
    pub cmd_zoom_reset: &'static str,
    /// Tooltip of the zoom commands.
    pub cmd_zoom_tip: &'static str,
    /// Label of the theme choice.
    pub theme_label: &'static str,
    /// Theme: follow the system.
    pub themes_system: &'static str,
    /// Theme: light.
    pub themes_light: &'static str,
    /// Theme: dark.
    pub themes_dark: &'static str,
    /// Command: toggle high contrast.
    pub cmd_high_contrast: &'static str,
    /// Tooltip of high contrast.
    pub cmd_high_contrast_tip: &'static str,
    /// Command: show or hide the glossary.
    pub cmd_glossary: &'static str,
    /// Tooltip of the glossary.
    pub cmd_glossary_tip: &'static str,
    /// Heading of the glossary panel.
    pub glossary_heading: &'static str,
    /// Label of the glossary search field.
    pub glossary_search: &'static str,
    /// Shown when the glossary search finds nothing.
    pub glossary_none: &'static str,
    /// The help button in the top bar.
    pub help_button: &'static str,
    /// Label of the 'why is this asked' hints.
    pub why_asked: &'static str,
    /// Why the plan name is asked.
    pub why_plan_name: &'static str,
    /// Why the replicator kind is asked.
    pub why_kind: &'static str,
    /// Why the organisation is asked.
    pub why_organisation: &'static str,
    /// Why the place is asked.
    pub why_place: &'static str,
    /// Warning: the autosave could not be written (reason).
    pub autosave_failed: fn(&str) -> String,
    /// CLI: a plan that loads with a warning (reason, path).
    pub cli_warning: fn(&str, &str) -> String,
    /// Mark of a checklist item no longer in the model's list (kept for what the user entered).
    pub outside_template: &'static str,
    /// Tooltip of that mark.
    pub outside_template_tip: &'static str,
    /// Button removing such an item from the plan.
    pub remove_outside_template: &'static str,
    /// Dialog title: change the model (or the kind of replicator)?
    pub change_template_title: &'static str,
    /// Dialog text: how many entries would leave the list (count).
    pub change_template_body: fn(usize) -> String,
    /// Dialog button: change anyway.
    pub change_template_confirm: &'static str,
    /// Dialog title: the plan's file is read-only.
    pub read_only_title: &'static str,
    /// Dialog text: the plan's file is read-only (path).
    pub read_only_body: fn(&str) -> String,
    /// Dialog button: replace the read-only file anyway.
    pub read_only_replace: &'static str,
}

/// The table of `lang`: `pl` or `en` (every table's lookup goes through here).
pub fn by_lang<T: ?Sized>(lang: Lang, pl: &'static T, en: &'static T) -> &'static T {
    match lang {
        Lang::Pl => pl,
        Lang::En => en,
    }
}

/// The string table for `lang`.
pub fn tr(lang: Lang) -> &'static Strings {
    by_lang(lang, &pl::PL, &en::EN)
}

/// Picks the Polish plural form for `n`: `one` (1), `few` (2–4, 22–24, ... but not 12–14)
/// or `many` (everything else).
pub fn plural_pl<'a>(n: usize, one: &'a str, few: &'a str, many: &'a str) -> &'a str {
    let last = n % 10;
    let last_two = n % 100;
    if n == 1 {
        one
    } else if (2..=4).contains(&last) && !(12..=14).contains(&last_two) {
        few
    } else {
        many
    }
}

#[cfg(test)]
mod tests {
    use super::{Lang, plural_pl, tr};

    #[test]
    fn polish_plurals() {
        let pick = |n| plural_pl(n, "plan", "plany", "planów");
        assert_eq!(pick(1), "plan");
        assert_eq!(pick(2), "plany");
        assert_eq!(pick(4), "plany");
        assert_eq!(pick(5), "planów");
        assert_eq!(pick(12), "planów");
        assert_eq!(pick(14), "planów");
        assert_eq!(pick(22), "plany");
        assert_eq!(pick(0), "planów");
        assert_eq!(pick(111), "planów");
    }

    #[test]
    fn no_string_is_empty_in_either_language() {
        for lang in Lang::ALL {
            let s = tr(lang);
            // The Debug form lists every field; an empty one shows as "".
            let dump = format!("{s:?}");
            assert!(
                !dump.contains("\"\""),
                "{lang:?} has an empty string: {dump}"
            );
            assert!(!(s.progress)(1, 2).is_empty());
            assert!(!(s.saved)("x").is_empty());
        }
    }

    #[test]
    fn plan_counts_use_polish_plural_forms() {
        let pl = tr(Lang::Pl);
        assert_eq!((pl.plan_count)(1), "1 plan");
        assert_eq!((pl.plan_count)(3), "3 plany");
        assert_eq!((pl.plan_count)(5), "5 planów");
        assert_eq!((pl.plan_count)(22), "22 plany");
        assert_eq!((tr(Lang::En).plan_count)(2), "2 plans");
    }

    #[test]
    fn tables_differ_between_languages() {
        assert_ne!(tr(Lang::Pl).next, tr(Lang::En).next);
        assert_eq!(tr(Lang::Pl).back, "Wstecz");
    }
}
