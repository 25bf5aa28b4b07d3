//! English strings.

use super::{Lang, Strings};

/// The English table.
pub(super) const EN: Strings = Strings {
    lang: Lang::En,
    app_title: "Social Franchise Planner",
    unsaved_marker: "•",
    untitled: "Untitled plan",
    menu_file: "File",
    language: "Language",
    cmd_new: "New plan",
    cmd_new_tip: "Start a new replication plan",
    cmd_open: "Open…",
    cmd_open_tip: "Open a saved plan",
    cmd_save: "Save",
    cmd_save_tip: "Save the plan to its file",
    cmd_save_as: "Save as…",
    cmd_save_as_tip: "Save the plan to a new file",
    cmd_quit: "Quit",
    cmd_quit_tip: "Close the program",
    back: "Back",
    next: "Next",
    steps: [
        "Start",
        "Profile",
        "Model",
        "Franchise",
        "Readiness",
        "Checklist",
        "Team",
        "Budget",
        "Review",
    ],
    step_indicator: "Wizard steps",
    step_of: |n, total| format!("Step {n} of {total}:"),
    missing_plan_name: "Give the plan a name.",
    missing_kind: "Say who founds the cooperative.",
    missing_model: "Choose a model to replicate.",
    start_intro: "This program walks you through replicating a proven social-cooperative \
        model as a social franchise: who founds it, which model fits, what has to be done \
        and by when. The plan is saved as a file you can reopen and share.",
    start_new: "Start a new plan",
    start_continue: "Back to the current plan",
    open_heading: "Open a saved plan",
    plans_in_folder: "Plans in the folder:",
    no_plans_in_folder: "There are no plans in this folder yet.",
    plan_count: |n| {
        if n == 1 {
            "1 plan".to_owned()
        } else {
            format!("{n} plans")
        }
    },
    path_label: "Path to a plan file",
    browse: "Browse…",
    browse_tip: "Pick a file in the system dialog",
    open_button: "Open",
    cancel: "Cancel",
    ok: "OK",
    profile_heading: "Who is replicating the model?",
    plan_name_label: "Plan name",
    kind_label: "Who founds the cooperative",
    kinds: [
        "Non-governmental organisation (foundation, association)",
        "Local government (gmina, powiat)",
        "Church legal person (parish, Caritas, order)",
        "Group of natural persons",
    ],
    organisation_label: "Organisation or group name",
    place_label: "Town or municipality",
    route_legal: "Legal persons found the cooperative – at least two are needed.",
    route_natural: "Natural persons found the cooperative – at least half of them must \
        belong to the persons listed in art. 4(1) of the Social Cooperatives Act.",
    model_heading: "Which model do you want to replicate?",
    model_intro: "Integration models create jobs for a specific group of people; service \
        models start from a service the municipality needs.",
    families: ["Integration model", "Service model"],
    provenances: [
        "SNRSS series – pilot confirmed",
        "SNRSS series – pilot not identified",
        "Outside the series",
    ],
    pilot_label: "Pilot cooperative:",
    pilot_year: |year| format!("pilot from {year}"),
    target_group_label: "For whom:",
    to_verify: "to verify",
    choose_model: "Choose this model",
    chosen_model: "✔ Chosen",
    checklist_heading: "What needs doing",
    checklist_empty: "The list is empty – choose a model first.",
    note_hint: "Note",
    phases: [
        "Preparation",
        "Founding and registration",
        "Organisation and governance",
        "Reintegration and surplus",
        "Sector requirements (registers, opinions, permits)",
        "Funding",
        "Operation and monitoring",
    ],
    progress: |done, total| {
        let word = if total == 1 { "item" } else { "items" };
        format!("Done: {done} of {total} {word}")
    },
    review_heading: "Plan review",
    review_kind: "Founder:",
    review_model: "Model:",
    review_progress: "Progress:",
    review_file: "File:",
    not_set: "(not given)",
    never_saved: "(not saved yet)",
    save_as_heading: "Save plan as",
    file_exists: "This file exists already – it will be replaced.",
    save_button: "Save plan",
    saved: |path| format!("Plan saved: {path}"),
    opened: |path| format!("Plan opened: {path}"),
    open_failed: |reason, path| format!("Could not open the plan: {reason}. File: {path}"),
    save_failed: |reason, path| {
        format!(
            "Could not save the plan: {reason}. Your changes are still in the program. File: {path}"
        )
    },
    unknown_model: |id| {
        format!(
            "Model \"{id}\" is not in this version's catalogue – the plan was opened without its description."
        )
    },
    error_heading: "Something went wrong",
    unsaved_heading: "Unsaved changes",
    unsaved_body: "The plan has changes that have not been saved. Save them now?",
    dont_save: "Don't save",
    cmd_close: "Close plan",
    cmd_close_tip: "Close this plan and go back to the start screen",
    cmd_undo: "Undo",
    cmd_undo_tip: "Undo the last change to the plan",
    cmd_redo: "Redo",
    cmd_redo_tip: "Redo the change you undid",
    menu_edit: "Edit",
    menu_recent: "Open recent",
    recent_empty: "(none)",
    recent_clear: "Clear list",
    recover_heading: "Recover unsaved work?",
    recover_restore: "Restore",
    recover_discard: "Discard",
    disk_changed_heading: "The file changed on disk",
    disk_changed_body: "Someone else has saved this file since you opened it (for example on a shared drive). Replacing it discards their changes; you can also save your plan under another name.",
    disk_changed_overwrite: "Replace the file",
    recover_body: |name, when, file| {
        format!(
            "An automatic copy of the plan \"{name}\" from {when} was found, newer than the saved file. Plan file: {file}"
        )
    },
    upgraded: |version| {
        format!(
            "The plan was written in an older format (version {version}); it will be updated when you save it."
        )
    },
    cli_ok: |name, model, done, total, path| {
        format!("OK: plan \"{name}\" (model: {model}, {done} of {total} done) – {path}")
    },
    cli_invalid: |reason, path| format!("INVALID: {reason} – {path}"),
    cli_unknown_model: |id| format!("model \"{id}\" is not in the catalogue"),
    cli_upgraded: |from, to, path| {
        format!("UPGRADED: version {from} → {to}, backup in the .bak file – {path}")
    },
    cli_current: |path| format!("CURRENT: the plan is already in the current format – {path}"),
    menu_view: "View",
    cmd_zoom_in: "Larger text",
    cmd_zoom_out: "Smaller text",
    cmd_zoom_reset: "Normal text size",
    cmd_zoom_tip: "The text size is remembered",
    theme_label: "Theme",
    themes_system: "Follow the system",
    themes_light: "Light",
    themes_dark: "Dark",
    cmd_high_contrast: "High contrast",
    cmd_high_contrast_tip: "Black text on white (or the reverse) and stronger outlines",
    cmd_glossary: "Glossary",
    cmd_glossary_tip: "Explanations of abbreviations and terms: OWES, PUP, KRS, audit…",
    glossary_heading: "Glossary",
    glossary_search: "Search the glossary",
    glossary_none: "Nothing found.",
    help_button: "❓ Help (F1)",
    why_asked: "Why do we ask?",
    why_plan_name: "The name appears in the window title, in the list of plans and in exports – pick one you will recognise months from now.",
    why_kind: "This decides the founding route: legal persons (at least two) or natural persons. Each route has different documents and duties, so the checklist differs.",
    why_organisation: "The organisation, municipality or group leading the replication – it goes into the plan's header and exports.",
    why_place: "Where the cooperative will work – it matters for the local needs diagnosis, partners and the competent offices.",
    autosave_failed: |reason| {
        format!(
            "The automatic copy could not be written ({reason}). Save the plan yourself (Ctrl+S)."
        )
    },
    cli_warning: |reason, path| format!("WARNING: {reason} – {path}"),
    outside_template: "no longer in the model's list",
    outside_template_tip: "This task is no longer in the chosen model's list (or not for this founder route). It stays in the plan because data was entered on it – you may remove it.",
    remove_outside_template: "Remove from the plan",
    change_template_title: "Change the task list?",
    change_template_body: |count| {
        format!(
            "Tasks with entered data that the new list lacks: {count}. They stay in the plan, marked \"no longer in the model's list\", and return to the list if you switch back."
        )
    },
    change_template_confirm: "Change",
    read_only_title: "Read-only file",
    read_only_body: |path| {
        format!(
            "The plan's file is read-only: {path}. Replace it anyway (its permissions are kept)?"
        )
    },
    read_only_replace: "Replace anyway",
};
