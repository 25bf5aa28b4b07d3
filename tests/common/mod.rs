//! Shared helpers for the window tests: a harness around the real app with fake services.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]
#![allow(dead_code, reason = "each test file uses a different subset")]

use std::path::{Path, PathBuf};
use std::rc::Rc;

use chrono::TimeZone as _;
use egui::accesskit::Role;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use social_franchise_planner::PlannerApp;
use social_franchise_planner::i18n::{Lang, tr};
use social_franchise_planner::io::dialogs::FakeDialogs;
use social_franchise_planner::services::{FixedClock, Services};

/// eframe's storage kept in memory, as the native one keeps it in a file between runs.
#[derive(Default)]
pub struct MemoryStorage(std::collections::BTreeMap<String, String>);

impl eframe::Storage for MemoryStorage {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }

    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }

    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }

    fn flush(&mut self) {}
}

/// A harness around the real app, its fake dialogs and its plans folder.
pub struct TestApp {
    /// The kittest harness.
    pub harness: Harness<'static, PlannerApp>,
    /// The scripted dialogs the app uses.
    pub dialogs: Rc<FakeDialogs>,
    /// The temporary plans folder (deleted on drop).
    pub dir: tempfile::TempDir,
}

impl TestApp {
    /// Starts the app with an empty plans folder.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        Self::with_dir(dir)
    }

    /// Starts the app with `dir` as its plans folder.
    pub fn with_dir(dir: tempfile::TempDir) -> Self {
        Self::with_dir_and_storage(dir, None)
    }

    /// Starts the app with `dir` as its plans folder and `storage` as eframe's storage (where
    /// the window keeps its preferences between runs).
    pub fn with_dir_and_storage(
        dir: tempfile::TempDir,
        storage: Option<&'static dyn eframe::Storage>,
    ) -> Self {
        let dialogs = Rc::new(FakeDialogs::default());
        let plans_dir = dir.path().to_path_buf();
        let imported_models_dir = Self::models_dir_in(&dir);
        let app_dialogs = Rc::clone(&dialogs);
        let harness = Harness::builder()
            .with_size(egui::vec2(1100.0, 1400.0))
            .build_eframe(move |cc| {
                cc.storage = storage;
                let services = Services {
                    dialogs: Box::new(app_dialogs),
                    clock: Box::new(FixedClock(
                        chrono::Utc
                            .with_ymd_and_hms(2026, 11, 27, 12, 0, 0)
                            .unwrap(),
                    )),
                    autosave_dir: plans_dir.join(".autosave"),
                    plans_dir,
                    imported_models_dir,
                };
                PlannerApp::new(cc, services)
            });
        Self {
            harness,
            dialogs,
            dir,
        }
    }

    /// The plans folder.
    pub fn plans_dir(&self) -> &Path {
        self.dir.path()
    }

    /// The imported models folder used by the app (inside the temporary folder, created
    /// only by an import).
    pub fn models_dir(&self) -> PathBuf {
        Self::models_dir_in(&self.dir)
    }

    fn models_dir_in(dir: &tempfile::TempDir) -> PathBuf {
        dir.path().join(".data").join("models")
    }

    /// A path inside the plans folder.
    pub fn path(&self, name: &str) -> PathBuf {
        self.dir.path().join(name)
    }
}

/// Focuses the text field named `label` and types `text` into it.
pub fn type_into(app: &mut TestApp, label: &str, text: &str) {
    app.harness
        .get_by_role_and_label(Role::TextInput, label)
        .focus();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::TextInput, label)
        .type_text(text);
    app.harness.run();
}

/// Copies `tests/fixtures/{fixture}` into the plans folder as `name`, opens it and lets the
/// app answer; returns the copy's path.
pub fn open_fixture_copy(app: &mut TestApp, fixture: &str, name: &str) -> PathBuf {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(fixture);
    let path = app.path(name);
    std::fs::copy(source, &path).unwrap();
    app.harness.state_mut().request_open(&path);
    app.harness.run();
    path
}

/// Asks to close the window, as its close button does, and lets the app answer.
pub fn request_close(app: &mut TestApp) {
    app.harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    app.harness.run();
}

/// Presses `key` and lets the app settle.
pub fn key(app: &mut TestApp, key: egui::Key) {
    app.harness.key_press(key);
    app.harness.run();
}

/// Types `text` into whatever has the keyboard focus and lets the app settle.
pub fn type_text(app: &mut TestApp, text: &str) {
    app.harness
        .input_mut()
        .events
        .push(egui::Event::Text(text.to_owned()));
    app.harness.run();
}

/// Presses `key` with `modifiers` and lets the app settle.
pub fn press(app: &mut TestApp, modifiers: egui::Modifiers, key: egui::Key) {
    app.harness.key_press_modifiers(modifiers, key);
    app.harness.run();
}

/// Ticks the first checklist item (titled in `lang`), then opens it in the details.
pub fn tick_and_open_first_item(app: &mut TestApp, lang: Lang) {
    let first = app.harness.state().plan().checklist[0]
        .text
        .get(lang)
        .to_owned();
    app.harness
        .get_by_role_and_label(Role::CheckBox, &first)
        .click();
    app.harness.run();
    app.harness
        .get_by_role_and_label(Role::Button, &first)
        .click();
    app.harness.run();
}

/// Starts a new plan from the start screen (in Polish) and types its name; the name field
/// keeps the focus.
pub fn start_plan_named(app: &mut TestApp, name: &str) {
    let s = tr(Lang::Pl);
    app.harness.get_by_label_contains(s.start_new).click();
    app.harness.run();
    type_into(app, s.plan_name_label, name);
}
