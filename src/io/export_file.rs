//! Writing an export to disk: atomically, next to the plan and never over it.

use std::path::{Path, PathBuf};

use super::plan_file::{PLAN_EXTENSION, PlanFileError, backup_path};
use super::save::write_atomically;
use crate::export::Format;
use crate::i18n::errors::{FileProblem, reason};
use crate::model::text::Lang;

/// Why an export could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ExportFileError {
    /// No output path was given.
    #[error("no output file given")]
    NoPath,
    /// The output is the plan file itself.
    #[error("the output is the plan file itself")]
    SameAsPlan,
    /// The output has a plan file's extension (`.json`).
    #[error("the output has the extension of a plan file")]
    PlanExtension,
    /// Writing failed.
    #[error(transparent)]
    Write(#[from] PlanFileError),
}

impl ExportFileError {
    /// A user-facing reason in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        match self {
            Self::NoPath => reason(lang, FileProblem::NoPath),
            Self::SameAsPlan => reason(lang, FileProblem::SameAsPlan),
            Self::PlanExtension => reason(lang, FileProblem::PlanExtension),
            Self::Write(err) => err.reason(lang),
        }
    }
}

/// The plan's path with the format's extension: `plan.json` becomes `plan.html`.
pub fn default_output_path(plan_path: &Path, format: Format) -> PathBuf {
    plan_path.with_extension(format.extension())
}

/// Adds the format's extension to a path typed or picked without one.
pub fn with_format_extension(path: PathBuf, format: Format) -> PathBuf {
    if path.extension().is_some() {
        path
    } else {
        path.with_extension(format.extension())
    }
}

/// Refuses outputs that would destroy a plan: the plan's own file or its backup, or any `.json`
/// file or backup of one (`.json.bak`).
pub fn check_output(output: &Path, plan_path: Option<&Path>) -> Result<(), ExportFileError> {
    if output.as_os_str().is_empty() {
        return Err(ExportFileError::NoPath);
    }
    let is_plan_or_backup =
        |plan: &Path| same_file(output, plan) || same_file(output, &backup_path(plan));
    if plan_path.is_some_and(is_plan_or_backup) {
        return Err(ExportFileError::SameAsPlan);
    }
    let is_json = |path: &Path| {
        path.extension()
            .is_some_and(|ext| ext.eq_ignore_ascii_case(PLAN_EXTENSION))
    };
    let is_backup_of_json = output
        .extension()
        .is_some_and(|ext| ext.eq_ignore_ascii_case("bak"))
        && is_json(&output.with_extension(""));
    if is_json(output) || is_backup_of_json {
        return Err(ExportFileError::PlanExtension);
    }
    Ok(())
}

/// Checks `output` (see [`check_output`]), creates its folder if needed, and writes `bytes`
/// atomically.
pub fn write_export(
    output: &Path,
    bytes: &[u8],
    plan_path: Option<&Path>,
) -> Result<(), ExportFileError> {
    check_output(output, plan_path)?;
    if let Some(parent) = output.parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).map_err(PlanFileError::Io)?;
    }
    write_atomically(output, bytes)?;
    Ok(())
}

/// True when both paths name the same file, also through `..`, links or a relative path.
pub fn same_file(a: &Path, b: &Path) -> bool {
    a == b || matches!((resolve(a), resolve(b)), (Some(a), Some(b)) if a == b)
}

/// The absolute, link-free form of `path`; for a file that does not exist yet, that of its
/// folder plus its name.
fn resolve(path: &Path) -> Option<PathBuf> {
    if let Ok(full) = path.canonicalize() {
        return Some(full);
    }
    let name = path.file_name()?;
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    parent.canonicalize().ok().map(|dir| dir.join(name))
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::{
        ExportFileError, check_output, default_output_path, same_file, with_format_extension,
        write_export,
    };
    use crate::export::Format;
    use crate::model::text::Lang;

    #[test]
    fn default_output_replaces_the_extension() {
        let plan = Path::new("/plany/Żłobek w Kole.json");
        assert_eq!(
            default_output_path(plan, Format::Html),
            Path::new("/plany/Żłobek w Kole.html")
        );
        assert_eq!(
            default_output_path(plan, Format::Markdown),
            Path::new("/plany/Żłobek w Kole.md")
        );
        assert_eq!(
            with_format_extension("/x/plan".into(), Format::Csv),
            Path::new("/x/plan.csv")
        );
    }

    #[test]
    fn plans_are_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        std::fs::write(&plan, "{}").unwrap();
        let sneaky = dir.path().join("sub").join("..").join("plan.json");
        std::fs::create_dir(dir.path().join("sub")).unwrap();
        assert!(same_file(&sneaky, &plan));
        assert!(matches!(
            check_output(&sneaky, Some(&plan)),
            Err(ExportFileError::SameAsPlan)
        ));
        let other_plan = dir.path().join("inny.JSON");
        assert!(matches!(
            check_output(&other_plan, None),
            Err(ExportFileError::PlanExtension)
        ));
        assert!(matches!(
            check_output(Path::new(""), None),
            Err(ExportFileError::NoPath)
        ));
        // Writing an export over the plan or its backup is refused and writes nothing.
        let backup = dir.path().join("plan.json.bak");
        std::fs::write(&backup, "[]").unwrap();
        for target in [&sneaky, &plan, &backup] {
            let result = write_export(target, b"# export", Some(&plan));
            assert!(
                matches!(result, Err(ExportFileError::SameAsPlan)),
                "{target:?}"
            );
        }
        assert_eq!(std::fs::read_to_string(&backup).unwrap(), "[]");
        assert!(check_output(&dir.path().join("plan.html"), Some(&plan)).is_ok());
        for backup in ["plan.json.bak", "inny.json.BAK"] {
            let result = check_output(&dir.path().join(backup), Some(&plan));
            assert!(result.is_err(), "{backup} refused");
        }
        assert_eq!(std::fs::read_to_string(&plan).unwrap(), "{}");
    }

    #[test]
    fn writes_into_a_new_folder_and_reports_failures() {
        let dir = tempfile::tempdir().unwrap();
        let out = dir.path().join("eksporty").join("plan.md");
        write_export(&out, b"# Plan\n", None).unwrap();
        assert_eq!(std::fs::read_to_string(&out).unwrap(), "# Plan\n");
        let err = write_export(dir.path(), b"x", None).unwrap_err();
        assert!(matches!(err, ExportFileError::Write(_)));
        assert!(!err.reason(Lang::Pl).is_empty());
        assert_ne!(
            ExportFileError::SameAsPlan.reason(Lang::Pl),
            ExportFileError::SameAsPlan.reason(Lang::En)
        );
    }
}
