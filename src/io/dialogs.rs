//! Native file dialogs behind a trait, so tests can answer them without a desktop.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};

pub mod path_rules;

pub use path_rules::{typed_open_path, typed_save_path};

/// The file dialogs the app needs. Implementations block until the user answers.
pub trait FileDialogs {
    /// Asks for a plan to open; `None` when cancelled or no dialog is available.
    fn pick_plan_to_open(&self, start_dir: &Path) -> Option<PathBuf>;

    /// Asks where to save a plan; `None` when cancelled or no dialog is available.
    fn pick_plan_to_save(&self, start_dir: &Path, suggested_name: &str) -> Option<PathBuf>;

    /// Asks for a model file to import; `None` when cancelled or no dialog is available.
    fn pick_model_to_import(&self, start_dir: &Path) -> Option<PathBuf>;
    /// Asks where to write an export with this extension (`html`, `md`, `csv`); `None` when
    /// cancelled or no dialog is available.
    fn pick_export_path(
        &self,
        start_dir: &Path,
        suggested_name: &str,
        extension: &str,
    ) -> Option<PathBuf>;

    /// False once it is known that the system has no file dialog (the window then says so
    /// and offers its own list and path field instead).
    fn available(&self) -> bool {
        true
    }
}

/// No person answers a file dialog this fast: an answer sooner than this means no dialog
/// was shown (rfd gives up in about 2 ms when there is neither a portal nor zenity).
const NO_DIALOG_WITHIN: std::time::Duration = std::time::Duration::from_millis(150);

/// The native dialogs (desktop portal or zenity). Must be called on the main thread.
#[derive(Debug, Default)]
pub struct RfdDialogs {
    /// Set when a dialog came back empty too soon for anyone to have seen it.
    missing: Cell<bool>,
}

impl RfdDialogs {
    /// Runs `ask` and notes when it returned nothing too soon for a dialog to have been shown.
    fn timed(&self, ask: impl FnOnce() -> Option<PathBuf>) -> Option<PathBuf> {
        let started = std::time::Instant::now();
        let answer = ask();
        if answer.is_none() && started.elapsed() < NO_DIALOG_WITHIN {
            log::warn!("No system file dialog answered; the window offers its own list");
            self.missing.set(true);
        }
        answer
    }
}

impl FileDialogs for RfdDialogs {
    fn pick_plan_to_open(&self, start_dir: &Path) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_directory(start_dir)
                .add_filter("JSON", &["json"])
                .pick_file()
        })
    }

    fn pick_plan_to_save(&self, start_dir: &Path, suggested_name: &str) -> Option<PathBuf> {
        let path = self.timed(|| {
            rfd::FileDialog::new()
                .set_directory(start_dir)
                .set_file_name(suggested_name)
                .add_filter("JSON", &["json"])
                .save_file()
        })?;
        Some(with_json_extension(path))
    }

    fn pick_model_to_import(&self, start_dir: &Path) -> Option<PathBuf> {
        self.timed(|| {
            rfd::FileDialog::new()
                .set_directory(start_dir)
                .add_filter("JSON", &["json"])
                .pick_file()
        })
    }

    fn pick_export_path(
        &self,
        start_dir: &Path,
        suggested_name: &str,
        extension: &str,
    ) -> Option<PathBuf> {
        let path = self.timed(|| {
            rfd::FileDialog::new()
                .set_directory(start_dir)
                .set_file_name(suggested_name)
                .add_filter(extension.to_ascii_uppercase(), &[extension])
                .save_file()
        })?;
        Some(if path.extension().is_some() {
            path
        } else {
            path.with_extension(extension)
        })
    }

    fn available(&self) -> bool {
        !self.missing.get()
    }
}

/// Adds `.json` to a path chosen without an extension (on Windows, `plan.` counts as `plan`:
/// Windows drops trailing dots from file names).
pub fn with_json_extension(path: PathBuf) -> PathBuf {
    let has_extension = path.to_str().map_or_else(
        || path.extension().is_some(),
        |text| path_rules::has_extension(text, path_rules::PathRules::NATIVE),
    );
    if has_extension {
        path
    } else {
        path.with_extension("json")
    }
}

/// Scripted answers for tests: each call takes the next queued answer (or `None`).
#[derive(Debug, Default)]
pub struct FakeDialogs {
    /// Answers for [`FileDialogs::pick_plan_to_open`], first in first out.
    pub open_answers: RefCell<VecDeque<Option<PathBuf>>>,
    /// Answers for [`FileDialogs::pick_plan_to_save`], first in first out.
    pub save_answers: RefCell<VecDeque<Option<PathBuf>>>,
    /// Answers for [`FileDialogs::pick_model_to_import`], first in first out.
    pub import_answers: RefCell<VecDeque<Option<PathBuf>>>,
    /// Answers for [`FileDialogs::pick_export_path`], first in first out.
    pub export_answers: RefCell<VecDeque<Option<PathBuf>>>,
    /// True to act as a system without file dialogs.
    pub unavailable: Cell<bool>,
}

impl FakeDialogs {
    /// Queues the answer to the next "open" dialog.
    pub fn answer_open(&self, path: Option<PathBuf>) {
        self.open_answers.borrow_mut().push_back(path);
    }

    /// Queues the answer to the next "save" dialog.
    pub fn answer_save(&self, path: Option<PathBuf>) {
        self.save_answers.borrow_mut().push_back(path);
    }

    /// Queues the answer to the next "import model" dialog.
    pub fn answer_import(&self, path: Option<PathBuf>) {
        self.import_answers.borrow_mut().push_back(path);
    }

    /// Queues the answer to the next "export to" dialog.
    pub fn answer_export(&self, path: Option<PathBuf>) {
        self.export_answers.borrow_mut().push_back(path);
    }
}

impl FileDialogs for FakeDialogs {
    fn pick_plan_to_open(&self, _start_dir: &Path) -> Option<PathBuf> {
        self.open_answers.borrow_mut().pop_front().flatten()
    }

    fn pick_plan_to_save(&self, _start_dir: &Path, _suggested_name: &str) -> Option<PathBuf> {
        self.save_answers.borrow_mut().pop_front().flatten()
    }

    fn pick_model_to_import(&self, _start_dir: &Path) -> Option<PathBuf> {
        self.import_answers.borrow_mut().pop_front().flatten()
    }

    fn pick_export_path(&self, _start: &Path, _name: &str, _extension: &str) -> Option<PathBuf> {
        self.export_answers.borrow_mut().pop_front().flatten()
    }

    fn available(&self) -> bool {
        !self.unavailable.get()
    }
}

impl<T: FileDialogs + ?Sized> FileDialogs for std::rc::Rc<T> {
    fn pick_plan_to_open(&self, start_dir: &Path) -> Option<PathBuf> {
        (**self).pick_plan_to_open(start_dir)
    }

    fn pick_plan_to_save(&self, start_dir: &Path, suggested_name: &str) -> Option<PathBuf> {
        (**self).pick_plan_to_save(start_dir, suggested_name)
    }

    fn pick_model_to_import(&self, start_dir: &Path) -> Option<PathBuf> {
        (**self).pick_model_to_import(start_dir)
    }

    fn pick_export_path(&self, start: &Path, name: &str, extension: &str) -> Option<PathBuf> {
        (**self).pick_export_path(start, name, extension)
    }

    fn available(&self) -> bool {
        (**self).available()
    }
}
