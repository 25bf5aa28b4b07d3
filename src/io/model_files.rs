//! Model files from outside the app: importing a franchisor's own model into the app's data
//! folder, and loading those models next to the built-in ones at start.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use super::plan_file::{PlanFileError, read_bounded};
use super::save::write_atomically;
use crate::i18n::errors::{FileKind, FileProblem, ReadProblem};
use crate::model::catalogue::{Catalogue, MODEL_FORMAT, MODEL_FORMAT_VERSION, ModelEntry};
use crate::model::text::Lang;
use crate::model::validate::model_problems;

/// The largest model file the app reads. The built-in ones are a few dozen kilobytes.
pub const MAX_MODEL_BYTES: u64 = 4 * 1024 * 1024;

/// Why a model file could not be imported or loaded.
#[derive(Debug, thiserror::Error)]
pub enum ModelFileError {
    /// The operating system refused (missing file, no permission, ...).
    #[error("cannot access the file ({0})")]
    Io(std::io::Error),
    /// The path is a folder or a special file.
    #[error("not a regular file")]
    NotAFile,
    /// The file is larger than [`MAX_MODEL_BYTES`].
    #[error("the file is too large for a model")]
    TooLarge,
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotText,
    /// The text is not JSON (or is cut short).
    #[error("not valid JSON: {0}")]
    NotJson(String),
    /// JSON, but its `format` is not a model's.
    #[error("not a model file (\"format\" must be {MODEL_FORMAT:?})")]
    WrongFormat,
    /// A model written for a newer version of the app.
    #[error("\"format_version\" {0} is newer than this app reads")]
    NewerVersion(u64),
    /// Missing or wrongly typed fields.
    #[error("the model is damaged: {0}")]
    Invalid(String),
    /// The model parses but breaks the catalogue's rules.
    #[error("the model breaks the catalogue's rules: {}", .0.join("; "))]
    Problems(Vec<String>),
    /// A model with the same id is already in the catalogue.
    #[error("a model with the id {0:?} is already in the catalogue")]
    DuplicateId(String),
    /// The model is fine, but could not be copied into the models folder.
    #[error("cannot copy the model into the models folder ({0})")]
    Copy(std::io::Error),
}

impl ModelFileError {
    /// What went wrong, for [`crate::i18n::errors`] to word.
    pub fn problem(&self) -> FileProblem<'_> {
        let read = |problem| FileProblem::Read(FileKind::Model, problem);
        match self {
            Self::Io(io) => read(ReadProblem::Io(io)),
            Self::NotAFile => read(ReadProblem::NotAFile),
            Self::TooLarge => read(ReadProblem::TooLarge),
            Self::NotText => read(ReadProblem::NotText),
            Self::NotJson(detail) => read(ReadProblem::NotJson(detail)),
            Self::WrongFormat => read(ReadProblem::WrongFormat),
            Self::NewerVersion(version) => read(ReadProblem::NewerVersion(*version)),
            Self::Invalid(detail) => read(ReadProblem::Invalid(detail)),
            Self::Problems(problems) => FileProblem::ModelRules(problems),
            Self::DuplicateId(id) => FileProblem::DuplicateModel(id),
            Self::Copy(io) => FileProblem::ModelCopy(io),
        }
    }

    /// A user-facing reason in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        crate::i18n::errors::reason(lang, self.problem())
    }
}

impl From<PlanFileError> for ModelFileError {
    fn from(err: PlanFileError) -> Self {
        match err {
            PlanFileError::Io(io) => Self::Io(io),
            PlanFileError::NotAFile => Self::NotAFile,
            PlanFileError::TooLarge => Self::TooLarge,
            PlanFileError::NotText => Self::NotText,
            PlanFileError::NotJson(detail) => Self::NotJson(detail),
            PlanFileError::WrongFormat => Self::WrongFormat,
            PlanFileError::NewerVersion(version) => Self::NewerVersion(version),
            PlanFileError::Invalid(detail) => Self::Invalid(detail),
            PlanFileError::ReadOnly | PlanFileError::ChangedOnDisk => {
                Self::Copy(std::io::Error::other(err.to_string()))
            }
        }
    }
}

/// The default folder of imported models: `models` in the app's data folder.
pub fn default_imported_models_dir() -> PathBuf {
    super::dirs::app_data_dir().join("models")
}

/// Parses the bytes of a model file: UTF-8, JSON, the format marker and version, then
/// the fields.
pub fn parse_model_bytes(bytes: &[u8]) -> Result<ModelEntry, ModelFileError> {
    let text = std::str::from_utf8(bytes).map_err(|_not_utf8| ModelFileError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|err| ModelFileError::NotJson(err.to_string()))?;
    if value.get("format").and_then(serde_json::Value::as_str) != Some(MODEL_FORMAT) {
        return Err(ModelFileError::WrongFormat);
    }
    let version = value
        .get("format_version")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| ModelFileError::Invalid("\"format_version\" is missing".to_owned()))?;
    if version > u64::from(MODEL_FORMAT_VERSION) {
        return Err(ModelFileError::NewerVersion(version));
    }
    if version == 0 {
        return Err(ModelFileError::Invalid(
            "\"format_version\" 0 is unknown".to_owned(),
        ));
    }
    serde_json::from_value(value).map_err(|err| ModelFileError::Invalid(err.to_string()))
}

/// Checks a parsed model against the catalogue's rules and the ids already present.
pub fn check_model(model: &ModelEntry, existing: &[ModelEntry]) -> Result<(), ModelFileError> {
    let problems = model_problems(model);
    if !problems.is_empty() {
        return Err(ModelFileError::Problems(problems));
    }
    if existing.iter().any(|m| m.id == model.id) {
        return Err(ModelFileError::DuplicateId(model.id.clone()));
    }
    Ok(())
}

/// Reads, parses and checks the model file at `path`.
pub fn read_model_file(path: &Path, existing: &[ModelEntry]) -> Result<ModelEntry, ModelFileError> {
    let bytes = read_bounded(path, MAX_MODEL_BYTES)?;
    let model = parse_model_bytes(&bytes)?;
    check_model(&model, existing)?;
    Ok(model)
}

/// Where the imported model with this id is kept in `dir`.
pub fn imported_file_path(dir: &Path, id: &str) -> PathBuf {
    dir.join(format!("{id}.json"))
}

/// Imports the model file at `source`: checks it completely, then copies it to
/// `dir/<id>.json`. On any error nothing is written.
pub fn import_model_file(
    source: &Path,
    dir: &Path,
    catalogue: &Catalogue,
) -> Result<ModelEntry, ModelFileError> {
    let bytes = read_bounded(source, MAX_MODEL_BYTES)?;
    let model = parse_model_bytes(&bytes)?;
    check_model(&model, &catalogue.models)?;
    let target = imported_file_path(dir, &model.id);
    if target.exists() {
        return Err(ModelFileError::Copy(std::io::Error::new(
            std::io::ErrorKind::AlreadyExists,
            format!("{} exists", target.display()),
        )));
    }
    std::fs::create_dir_all(dir).map_err(ModelFileError::Copy)?;
    write_atomically(&target, &bytes).map_err(|err| match err {
        PlanFileError::Io(io) => ModelFileError::Copy(io),
        other => ModelFileError::Copy(std::io::Error::other(other.to_string())),
    })?;
    Ok(model)
}

/// The catalogue with the imported models added, and what was left out.
#[derive(Debug, Default)]
pub struct LoadedCatalogue {
    /// Built-in and imported models together.
    pub catalogue: Catalogue,
    /// The ids of the imported models.
    pub imported: BTreeSet<String>,
    /// Files in the models folder that could not be loaded, with the reason.
    pub skipped: Vec<(PathBuf, ModelFileError)>,
}

/// Adds the valid model files in `dir` to `built_in`. A missing folder is not an error;
/// a bad file is skipped and reported, never a panic.
pub fn load_with_imported(built_in: Catalogue, dir: &Path) -> LoadedCatalogue {
    let mut models = built_in.models;
    let mut imported = BTreeSet::new();
    let mut skipped = Vec::new();
    for file in super::dirs::list_plans(dir) {
        match read_model_file(&file.path, &models) {
            Ok(model) => {
                imported.insert(model.id.clone());
                models.push(model);
            }
            Err(err) => {
                log::warn!("Skipping the model file {:?}: {err}", file.path);
                skipped.push((file.path, err));
            }
        }
    }
    LoadedCatalogue {
        catalogue: Catalogue::from_models(models),
        imported,
        skipped,
    }
}

#[cfg(test)]
#[path = "model_files_tests.rs"]
mod tests;
