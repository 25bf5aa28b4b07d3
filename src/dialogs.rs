//! The state of the dialog on screen, below the drawing code: what each dialog holds, what
//! it waits to run, and the file checks it shows (made when its path changes, not while
//! drawing). `ui::modals` draws it and answers with a [`Command`].

use std::path::{Path, PathBuf};

use crate::command::{Command, ExportRequest};
use crate::export::{ExportOptions, Format};
use crate::i18n::Lang;
use crate::io::autosave::Recoverable;
use crate::io::export_file::{check_output, with_format_extension};

/// The dialog on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Modal {
    /// An error message.
    Error(String),
    /// "Save changes?" before the command (kept until the user answers) runs.
    Unsaved(Command),
    /// Where to save; its command runs after a successful save.
    SaveAs(SaveAsDialog),
    /// Which plan to open.
    Open {
        /// The path being typed.
        path_text: String,
    },
    /// "Restore the autosaved plan?" on start.
    Recover(Box<Recoverable>),
    /// "Someone changed the file: replace it?" before saving over it.
    DiskChanged {
        /// The file about to be replaced.
        path: PathBuf,
        /// What to do after saving.
        then: Option<Box<Command>>,
    },
    /// Export the plan: format, language, options and output file.
    Export(Box<ExportDialog>),
    /// "The file is read-only: replace it?" before saving over it.
    ReadOnly {
        /// The file about to be replaced.
        path: PathBuf,
        /// What to do after saving.
        then: Option<Box<Command>>,
    },
    /// "Entries would leave the task list: change?" before a change of model or kind.
    ChangeTemplate {
        /// How many filled-in entries would leave the list.
        count: usize,
        /// The change asked for ([`Command::ChooseModel`] or [`Command::SetKind`]).
        command: Command,
    },
}

impl Modal {
    /// Checks the file named in a Save As or Export dialog when its path changed since the
    /// last check (never on every frame). Returns true when a check was made, so the window
    /// draws its result.
    pub fn refresh(&mut self, plans_dir: &Path, lang: Lang) -> bool {
        match self {
            Self::SaveAs(dialog) => dialog.refresh(plans_dir),
            Self::Export(dialog) => dialog.refresh(lang),
            _ => false,
        }
    }
}

/// The Save As dialog: the path being typed and what to do after saving.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SaveAsDialog {
    /// The path being typed.
    pub path_text: String,
    /// What to do after saving.
    pub then: Option<Box<Command>>,
    /// The text last checked, and whether a file was there.
    checked: Option<(String, bool)>,
}

impl SaveAsDialog {
    /// A dialog proposing `path_text`, running `then` after a successful save.
    pub fn new(path_text: String, then: Option<Box<Command>>) -> Self {
        Self {
            path_text,
            then,
            checked: None,
        }
    }

    /// True when a file already exists where the typed path points (as last checked).
    pub fn file_exists(&self) -> bool {
        self.checked.as_ref().is_some_and(|(_, exists)| *exists)
    }

    fn refresh(&mut self, plans_dir: &Path) -> bool {
        if self
            .checked
            .as_ref()
            .is_some_and(|(text, _)| *text == self.path_text)
        {
            return false;
        }
        let typed = crate::io::dialogs::typed_save_path(&self.path_text, plans_dir);
        let exists = typed.as_deref().is_some_and(Path::exists);
        self.checked = Some((self.path_text.clone(), exists));
        true
    }
}

/// The choices made in the export dialog.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ExportDialog {
    /// The chosen format.
    pub format: Format,
    /// Language and content options.
    pub options: ExportOptions,
    /// The output path being typed.
    pub path_text: String,
    /// The plan's own file, which must not be written over.
    pub plan_path: Option<PathBuf>,
    /// The output file as last checked.
    checked: Option<OutputCheck>,
}

/// What the export dialog knows about its output file, from the last check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OutputCheck {
    /// The file checked.
    output: PathBuf,
    /// The language the reason is written in.
    lang: Lang,
    /// Why the export cannot go there, if it cannot.
    pub problem: Option<String>,
    /// True when a file is already there (and would be replaced).
    pub exists: bool,
}

impl ExportDialog {
    /// A dialog for HTML in `lang`, writing to `path` by default.
    pub fn new(lang: Lang, path: &Path, plan_path: Option<&Path>) -> Self {
        Self {
            format: Format::Html,
            options: ExportOptions {
                lang,
                ..ExportOptions::default()
            },
            path_text: path.display().to_string(),
            plan_path: plan_path.map(Path::to_path_buf),
            checked: None,
        }
    }

    /// Chooses `format`, changing the path's extension when it is an export extension (or
    /// missing); a name the user chose with another extension is left alone.
    pub fn set_format(&mut self, format: Format) {
        self.format = format;
        let path = PathBuf::from(self.path_text.trim());
        if path.as_os_str().is_empty() {
            return;
        }
        let ours = path.extension().is_none_or(|ext| {
            let ext = ext.to_string_lossy().to_ascii_lowercase();
            Format::ALL.iter().any(|f| f.extension() == ext) || ext == "htm"
        });
        if ours {
            self.path_text = path
                .with_extension(format.extension())
                .display()
                .to_string();
        }
    }

    /// The output path as typed, with the format's extension when it has none.
    pub fn output(&self) -> PathBuf {
        with_format_extension(PathBuf::from(self.path_text.trim()), self.format)
    }

    /// The export the dialog asks for.
    pub fn request(&self) -> ExportRequest {
        ExportRequest {
            format: self.format,
            options: self.options,
            output: self.output(),
        }
    }

    /// The last check of the output file (made by [`Modal::refresh`]).
    pub fn check(&self) -> Option<&OutputCheck> {
        self.checked.as_ref()
    }

    fn refresh(&mut self, lang: Lang) -> bool {
        let output = self.output();
        if self
            .checked
            .as_ref()
            .is_some_and(|c| c.output == output && c.lang == lang)
        {
            return false;
        }
        let problem = check_output(&output, self.plan_path.as_deref())
            .err()
            .map(|problem| problem.reason(lang));
        let exists = problem.is_none() && output.exists();
        self.checked = Some(OutputCheck {
            output,
            lang,
            problem,
            exists,
        });
        true
    }
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{ExportDialog, Modal, SaveAsDialog};
    use crate::export::Format;
    use crate::i18n::Lang;

    #[test]
    fn changing_the_format_changes_our_extensions_only() {
        let mut dialog = ExportDialog::new(Lang::Pl, Path::new("/plany/Żłobek.html"), None);
        dialog.set_format(Format::Csv);
        assert_eq!(dialog.path_text, "/plany/Żłobek.csv");
        dialog.set_format(Format::Markdown);
        assert_eq!(dialog.output(), Path::new("/plany/Żłobek.md"));
        dialog.path_text = "/plany/raport.txt".to_owned();
        dialog.set_format(Format::Html);
        assert_eq!(dialog.path_text, "/plany/raport.txt");
        dialog.path_text = "/plany/raport".to_owned();
        assert_eq!(dialog.output(), Path::new("/plany/raport.html"));
        dialog.path_text = "  ".to_owned();
        dialog.set_format(Format::Csv);
        assert_eq!(dialog.path_text, "  ");
    }

    #[test]
    fn files_are_checked_once_per_change_of_path() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("jest.json"), "{}").unwrap();
        let mut modal = Modal::SaveAs(SaveAsDialog::new("nowy".to_owned(), None));
        assert!(modal.refresh(dir.path(), Lang::Pl), "the first check");
        assert!(!modal.refresh(dir.path(), Lang::Pl), "nothing changed");
        let Modal::SaveAs(dialog) = &mut modal else {
            unreachable!()
        };
        assert!(!dialog.file_exists());
        dialog.path_text = "jest".to_owned();
        assert!(modal.refresh(dir.path(), Lang::Pl), "the path changed");
        let Modal::SaveAs(dialog) = &modal else {
            unreachable!()
        };
        assert!(dialog.file_exists());

        let plan = dir.path().join("jest.json");
        let out = dir.path().join("raport.html");
        let mut modal = Modal::Export(Box::new(ExportDialog::new(Lang::Pl, &out, Some(&plan))));
        assert!(modal.refresh(dir.path(), Lang::Pl));
        assert!(!modal.refresh(dir.path(), Lang::Pl));
        let Modal::Export(dialog) = &mut modal else {
            unreachable!()
        };
        let check = dialog.check().unwrap();
        assert_eq!((check.problem.is_none(), check.exists), (true, false));
        std::fs::write(&out, "x").unwrap();
        dialog.set_format(Format::Markdown);
        dialog.set_format(Format::Html);
        assert!(
            !modal.refresh(dir.path(), Lang::Pl),
            "same path: no new check"
        );
        let Modal::Export(dialog) = &mut modal else {
            unreachable!()
        };
        dialog.path_text = plan.display().to_string();
        assert!(modal.refresh(dir.path(), Lang::Pl));
        let Modal::Export(dialog) = &modal else {
            unreachable!()
        };
        assert!(dialog.check().unwrap().problem.is_some(), "the plan itself");
    }
}
