//! Native file dialogs behind a trait, so tests can answer them without a desktop.

use std::cell::RefCell;
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
}

/// The native dialogs (desktop portal or zenity). Must be called on the main thread.
#[derive(Clone, Copy, Debug, Default)]
pub struct RfdDialogs;

impl FileDialogs for RfdDialogs {
    fn pick_plan_to_open(&self, start_dir: &Path) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_directory(start_dir)
            .add_filter("JSON", &["json"])
            .pick_file()
    }

    fn pick_plan_to_save(&self, start_dir: &Path, suggested_name: &str) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .set_directory(start_dir)
            .set_file_name(suggested_name)
            .add_filter("JSON", &["json"])
            .save_file()?;
        Some(with_json_extension(path))
    }

    fn pick_model_to_import(&self, start_dir: &Path) -> Option<PathBuf> {
        rfd::FileDialog::new()
            .set_directory(start_dir)
            .add_filter("JSON", &["json"])
            .pick_file()
    }

    fn pick_export_path(
        &self,
        start_dir: &Path,
        suggested_name: &str,
        extension: &str,
    ) -> Option<PathBuf> {
        let path = rfd::FileDialog::new()
            .set_directory(start_dir)
            .set_file_name(suggested_name)
            .add_filter(extension.to_ascii_uppercase(), &[extension])
            .save_file()?;
        Some(if path.extension().is_some() {
            path
        } else {
            path.with_extension(extension)
        })
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
}
