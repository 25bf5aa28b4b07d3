//! The root of the window: state, the frame loop and preferences.

mod autosave;
mod export;
mod import_model;
mod panels;
mod plan_files;
mod recent;
mod run_command;
mod template_change;

use std::path::{Path, PathBuf};

use crate::command::Command;
use crate::dialogs::Modal;
use crate::document::{Document, History};
use crate::i18n::{Lang, tr};
use crate::io::autosave::AutosaveStore;
use crate::io::dirs::{FoundPlan, list_plans};
use crate::model::catalogue::Catalogue;
use crate::model::plan::Plan;
use crate::model::wizard::Step;
use crate::prefs::Prefs;
use crate::services::Services;
use crate::ui::catalogue::CatalogueScreen;
use crate::ui::deferred_panel::{self, Edge};
use crate::ui::step_checklist::ChecklistView;
use crate::ui::toasts::Toasts;
use crate::ui::{nav, theme};

/// The desktop app.
pub struct PlannerApp {
    prefs: Prefs,
    catalogue: Catalogue,
    catalogue_screen: CatalogueScreen,
    services: Services,
    doc: Document,
    history: History,
    autosave: autosave::AutosaveState,
    step: Step,
    modal: Option<Modal>,
    /// The kind of dialog drawn last frame (a new kind focuses its default button).
    shown_modal: Option<std::mem::Discriminant<Modal>>,
    toasts: Toasts,
    found_plans: Vec<FoundPlan>,
    /// The recent plans that still exist (checked when the list changes, not every frame).
    recent_files: Vec<PathBuf>,
    start_path_text: String,
    checklist_view: ChecklistView,
    allow_close: bool,
    exit_after_first_frame: bool,
    window_title: String,
    /// Commands requested from outside the frame (applied in the next frame).
    pending_commands: Vec<Command>,
    /// The glossary's search text.
    glossary_query: String,
    /// Set once "Browse…" found no system file dialog (the window then says so).
    file_dialog_missing: bool,
}

impl PlannerApp {
    /// Builds the app, restoring preferences from eframe's storage when there is one, and
    /// offering to restore an autosaved plan left by a crash.
    pub fn new(cc: &eframe::CreationContext<'_>, services: Services) -> Self {
        let prefs = cc
            .storage
            .and_then(|storage| eframe::get_value::<Prefs>(storage, eframe::APP_KEY))
            .unwrap_or_default();
        theme::apply(&cc.egui_ctx, prefs.look);
        let doc = Document::new(services.clock.now());
        let found_plans = list_plans(&services.plans_dir);
        let mut toasts = Toasts::default();
        let (catalogue, catalogue_screen) =
            load_catalogue(&services.imported_models_dir, prefs.lang, &mut toasts);
        let store = AutosaveStore::new(services.autosave_dir.clone());
        let modal = store
            .recoverable()
            .into_iter()
            .next()
            .map(|found| Modal::Recover(Box::new(found)));
        let checklist_view = ChecklistView::with_layout(prefs.checklist);
        let recent_files = existing(&prefs.recent);
        Self {
            prefs,
            catalogue,
            catalogue_screen,
            autosave: autosave::AutosaveState::new(store),
            services,
            doc,
            history: History::default(),
            step: Step::Start,
            modal,
            shown_modal: None,
            toasts,
            found_plans,
            recent_files,
            start_path_text: String::new(),
            checklist_view,
            allow_close: false,
            exit_after_first_frame: false,
            window_title: String::new(),
            pending_commands: Vec::new(),
            glossary_query: String::new(),
            file_dialog_missing: false,
        }
    }

    /// Makes the app close itself right after its first frame (for start-up measurements).
    #[must_use]
    pub fn exit_after_first_frame(mut self, exit: bool) -> Self {
        self.exit_after_first_frame = exit;
        self
    }

    /// The plan being edited.
    pub fn plan(&self) -> &Plan {
        self.doc.plan()
    }

    /// The file of the plan being edited, if it has one.
    pub fn plan_path(&self) -> Option<&Path> {
        self.doc.path()
    }

    /// True when the plan has unsaved changes.
    pub fn is_dirty(&self) -> bool {
        self.doc.is_dirty()
    }

    /// The models the app offers: built-in and imported.
    pub fn catalogue(&self) -> &Catalogue {
        &self.catalogue
    }

    /// The catalogue screen's state (search, filters, comparison, answers).
    pub fn catalogue_screen(&self) -> &CatalogueScreen {
        &self.catalogue_screen
    }

    /// The wizard step on screen.
    pub fn step(&self) -> Step {
        self.step
    }

    /// The window's language.
    pub fn lang(&self) -> Lang {
        self.prefs.lang
    }

    /// The preferences kept between runs.
    pub fn prefs(&self) -> &Prefs {
        &self.prefs
    }

    /// The message of the error on screen, if any.
    pub fn error_message(&self) -> Option<&str> {
        match &self.modal {
            Some(Modal::Error(message)) => Some(message),
            _ => None,
        }
    }

    /// The dialog on screen, if any.
    pub fn modal(&self) -> Option<&Modal> {
        self.modal.as_ref()
    }

    /// True while any dialog is open.
    pub fn has_modal(&self) -> bool {
        self.modal.is_some()
    }

    /// True once the window has been allowed to close.
    pub fn is_closing(&self) -> bool {
        self.allow_close
    }

    /// The messages in the corner, oldest first.
    pub fn toast_texts(&self) -> Vec<String> {
        self.toasts.texts().map(str::to_owned).collect()
    }

    /// Opens `path` in the next frame, as the Open command would (used for a plan named on
    /// the command line); unsaved changes are asked about first.
    pub fn request_open(&mut self, path: &Path) {
        self.pending_commands
            .push(Command::OpenPath(path.to_path_buf()));
    }

    /// The window title for the current plan and language.
    pub fn title(&self) -> String {
        let s = tr(self.prefs.lang);
        let name = if self.doc.plan().name.trim().is_empty() {
            s.untitled
        } else {
            self.doc.plan().name.trim()
        };
        let marker = if self.doc.unsaved_mark() {
            format!(" {}", s.unsaved_marker)
        } else {
            String::new()
        };
        format!("{name}{marker} – {}", s.app_title)
    }

    /// Today's date in the local time zone, from the injected clock.
    pub fn today(&self) -> chrono::NaiveDate {
        self.services
            .clock
            .now()
            .with_timezone(&chrono::Local)
            .date_naive()
    }

    /// The checklist screen's state (selection, search, filter).
    pub fn checklist_view(&self) -> &ChecklistView {
        &self.checklist_view
    }

    /// The checklist screen's state, to select an item as the search would.
    pub fn checklist_view_mut(&mut self) -> &mut ChecklistView {
        &mut self.checklist_view
    }

    fn default_save_path(&self) -> PathBuf {
        let name = crate::io::dirs::suggested_file_name(&self.doc.plan().name);
        self.services.plans_dir.join(name)
    }

    /// Lists the plans folder again and checks which recent plans still exist.
    fn refresh_found_plans(&mut self) {
        self.found_plans = list_plans(&self.services.plans_dir);
        self.refresh_recent();
    }

    /// Checks which recent plans still exist (after the list changed).
    fn refresh_recent(&mut self) {
        self.recent_files = existing(&self.prefs.recent);
    }

    /// Replaces the document (new, opened or recovered plan) and starts its history afresh.
    fn replace_document(&mut self, doc: Document) {
        self.doc = doc;
        self.history = History::default();
        self.autosave.reset();
    }

    fn update_window_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.window_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.window_title = title;
        }
    }
}

/// The built-in catalogue plus the models imported earlier; files that cannot be loaded
/// are skipped with a warning.
fn load_catalogue(dir: &Path, lang: Lang, toasts: &mut Toasts) -> (Catalogue, CatalogueScreen) {
    let loaded = crate::io::model_files::load_with_imported(Catalogue::built_in(), dir);
    let c = crate::i18n::catalogue::cat_tr(lang);
    for (path, err) in &loaded.skipped {
        toasts.warning((c.import.skipped)(
            &err.reason(lang),
            &path.display().to_string(),
        ));
    }
    (loaded.catalogue, CatalogueScreen::new(loaded.imported))
}

/// The paths in `paths` that are files now.
fn existing(paths: &[PathBuf]) -> Vec<PathBuf> {
    paths.iter().filter(|p| p.is_file()).cloned().collect()
}

impl eframe::App for PlannerApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        // One line per frame with RUST_LOG=frames=trace, for counting idle frames
        // (scripts/window-metrics.sh); off at the default log level.
        log::trace!(target: "frames", "frame {} on {:?}", ctx.cumulative_pass_nr(), self.step);
        let mut commands = std::mem::take(&mut self.pending_commands);
        if self.modal.is_none() {
            commands.extend(Command::from_shortcuts(&ctx));
        }
        self.handle_close_request(&ctx);
        let s = tr(self.prefs.lang);
        // The bars take their places first but get their controls after the page, so Tab
        // reaches the page's fields before Back/Next, the menus and the steps.
        let top_bar = deferred_panel::reserve(ui, "top_bar", Edge::Top);
        let steps = deferred_panel::reserve(ui, "step_indicator", Edge::Top);
        let nav_bar = deferred_panel::reserve(ui, "wizard_nav", Edge::Bottom);
        if self.prefs.show_glossary {
            egui::Panel::right("glossary")
                .resizable(true)
                .default_size(340.0)
                .show(ui, |ui| {
                    let lang = self.prefs.lang;
                    if crate::ui::glossary::ui(ui, lang, &mut self.glossary_query) {
                        commands.push(Command::ToggleGlossary);
                    }
                });
        }
        egui::CentralPanel::default().show(ui, |ui| {
            if self.step.scrolls_itself() {
                self.central_ui(ui, &mut commands);
            } else {
                crate::ui::step_scroll_area(ui, self.step)
                    .show(ui, |ui| self.central_ui(ui, &mut commands));
            }
        });
        nav_bar.fill(ui, |ui| {
            commands.extend(nav::nav_bar(
                ui,
                self.prefs.lang,
                self.step,
                self.doc.plan(),
            ));
        });
        top_bar.fill(ui, |ui| self.top_bar_ui(ui, &mut commands));
        steps.fill(ui, |ui| {
            commands.extend(nav::step_indicator(ui, s, self.step, self.doc.plan()));
        });
        self.modal_ui(&ctx, &mut commands);
        self.toasts.ui(&ctx);
        let step_before = self.step;
        // A step reached by answering a dialog keeps the focus where it is (as it always has);
        // one reached from a menu, a key or a button focuses its first field.
        let answering_dialog = self.modal.is_some();
        if !commands.is_empty() {
            // What the commands changed is drawn in the next frame.
            ctx.request_repaint();
        }
        for command in commands {
            self.run_command(&ctx, command);
        }
        if self.step != step_before && !answering_dialog {
            crate::ui::request_autofocus(&ctx);
        }
        self.track_edits(&ctx);
        self.update_window_title(&ctx);
        if self.exit_after_first_frame {
            self.allow_close = true;
            ctx.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, eframe::APP_KEY, &self.prefs);
    }
}
