//! Reading and writing plan files: bounded reads, format and version checks, atomic writes.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use crate::i18n::errors::{FileKind, FileProblem, ReadProblem};
use crate::model::plan::{PLAN_FORMAT, Plan, SCHEMA_VERSION};
use crate::model::text::Lang;

/// The largest plan file the app reads. Real plans are far smaller.
pub const MAX_PLAN_BYTES: u64 = 32 * 1024 * 1024;

/// The extension of plan files.
pub const PLAN_EXTENSION: &str = "json";

/// Why a plan file could not be read or written.
#[derive(Debug, thiserror::Error)]
pub enum PlanFileError {
    /// The operating system refused (missing file, no permission, disk full, ...).
    #[error("cannot access the file ({0})")]
    Io(#[from] std::io::Error),
    /// The path is a folder or a special file.
    #[error("not a regular file")]
    NotAFile,
    /// The file is larger than [`MAX_PLAN_BYTES`].
    #[error("the file is too large for a plan")]
    TooLarge,
    /// The bytes are not UTF-8 text.
    #[error("the file is not UTF-8 text")]
    NotText,
    /// The text is not JSON (or is cut short).
    #[error("not valid JSON: {0}")]
    NotJson(String),
    /// JSON, but not a plan of this app.
    #[error("not a plan file of this app")]
    WrongFormat,
    /// A plan written by a newer version of the app.
    #[error("written by a newer version of the app (schema {0})")]
    NewerVersion(u64),
    /// A plan with missing or wrongly typed fields.
    #[error("the plan is damaged: {0}")]
    Invalid(String),
    /// The file is read-only; it is replaced only when the user insists.
    #[error("the file is read-only")]
    ReadOnly,
    /// Someone else changed the file since it was read.
    #[error("the file was changed by someone else since it was read")]
    ChangedOnDisk,
}

impl PlanFileError {
    /// What went wrong, for [`crate::i18n::errors`] to word.
    pub fn problem(&self) -> FileProblem<'_> {
        let read = |problem| FileProblem::Read(FileKind::Plan, problem);
        match self {
            Self::Io(io) => read(ReadProblem::Io(io)),
            Self::NotAFile => read(ReadProblem::NotAFile),
            Self::TooLarge => read(ReadProblem::TooLarge),
            Self::NotText => read(ReadProblem::NotText),
            Self::NotJson(detail) => read(ReadProblem::NotJson(detail)),
            Self::WrongFormat => read(ReadProblem::WrongFormat),
            Self::NewerVersion(version) => read(ReadProblem::NewerVersion(*version)),
            Self::Invalid(detail) => read(ReadProblem::Invalid(detail)),
            Self::ReadOnly => FileProblem::ReadOnly,
            Self::ChangedOnDisk => FileProblem::ChangedOnDisk,
        }
    }

    /// A user-facing reason in `lang`.
    pub fn reason(&self, lang: Lang) -> String {
        crate::i18n::errors::reason(lang, self.problem())
    }
}

/// Reads and checks the plan at `path`.
pub fn load_plan(path: &Path) -> Result<Plan, PlanFileError> {
    let bytes = read_bounded(path, MAX_PLAN_BYTES)?;
    parse_plan(&bytes)
}

/// Reads at most `limit` bytes of a regular file; larger files are refused without reading
/// them whole, and special files (folders, pipes, devices) are never read.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, PlanFileError> {
    let file = open_regular(path)?;
    if file.metadata()?.len() > limit {
        return Err(PlanFileError::TooLarge);
    }
    let mut bytes = Vec::new();
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Err(PlanFileError::TooLarge);
    }
    Ok(bytes)
}

/// Opens `path` for reading and checks that what was opened (not what the path named a moment
/// before) is a regular file. On Unix the open does not wait: a pipe swapped in cannot hang it
/// (non-blocking mode has no effect on regular files).
pub fn open_regular(path: &Path) -> Result<std::fs::File, PlanFileError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    if !file.metadata()?.is_file() {
        return Err(PlanFileError::NotAFile);
    }
    Ok(file)
}

/// Parses the bytes of a plan file, checking its format marker and schema version, and
/// upgrading older versions.
pub fn parse_plan(bytes: &[u8]) -> Result<Plan, PlanFileError> {
    parse_plan_versioned(bytes).map(|(plan, _)| plan)
}

/// Like [`parse_plan`], also returning the schema version the file was written with.
pub fn parse_plan_versioned(bytes: &[u8]) -> Result<(Plan, u32), PlanFileError> {
    let text = std::str::from_utf8(bytes).map_err(|_not_utf8| PlanFileError::NotText)?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if let Some(plan) = parse_current(text) {
        return Ok((plan, SCHEMA_VERSION));
    }
    parse_through_value(text)
}

/// The fast path for a well-formed plan of the current version: straight into a [`Plan`],
/// without the value tree that migrations need (about four times faster on large plans).
/// `None` sends the text to [`parse_through_value`], which gives the same plan (only a
/// JSON object of the current version is accepted here, and the current version needs no
/// migration) or the precise error.
fn parse_current(text: &str) -> Option<Plan> {
    if !text.trim_start().starts_with('{') {
        return None;
    }
    let plan: Plan = serde_json::from_str(text).ok()?;
    (plan.format == PLAN_FORMAT && plan.schema_version == SCHEMA_VERSION).then_some(plan)
}

/// Parses through a JSON value tree: checks the format and version, then migrates.
fn parse_through_value(text: &str) -> Result<(Plan, u32), PlanFileError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|err| PlanFileError::NotJson(err.to_string()))?;
    let format = value.get("format").and_then(serde_json::Value::as_str);
    if format != Some(PLAN_FORMAT) {
        return Err(PlanFileError::WrongFormat);
    }
    let version = match value.get("schema_version") {
        None => {
            return Err(PlanFileError::Invalid(
                "\"schema_version\" is missing".to_owned(),
            ));
        }
        Some(found) => found.as_u64().ok_or_else(|| {
            PlanFileError::Invalid(format!(
                "\"schema_version\" must be a whole number such as {SCHEMA_VERSION}, not {found}"
            ))
        })?,
    };
    if version > u64::from(SCHEMA_VERSION) {
        return Err(PlanFileError::NewerVersion(version));
    }
    let version = u32::try_from(version).unwrap_or(u32::MAX);
    if version == 0 {
        return Err(PlanFileError::Invalid(
            "\"schema_version\" 0 is unknown".to_owned(),
        ));
    }
    let mut value = value;
    super::migrate::to_current(&mut value, version).map_err(PlanFileError::Invalid)?;
    let plan =
        serde_json::from_value(value).map_err(|err| PlanFileError::Invalid(err.to_string()))?;
    Ok((plan, version))
}

/// A cheap fingerprint of a file's bytes, to notice when someone else changed it.
pub fn fingerprint(bytes: &[u8]) -> u64 {
    // FNV-1a: stable across builds and platforms, good enough to tell versions apart.
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(0x0100_0000_01b3)
    })
}

/// A fast fingerprint of a file's contents (eight bytes at a time), to notice when someone
/// else changed the file since we read or wrote it. Only compared within one run; names that
/// are stored (autosave slots) use [`fingerprint`].
pub fn content_fingerprint(bytes: &[u8]) -> u64 {
    let mut chunks = bytes.chunks_exact(8);
    let mix = |hash: u64, word: u64| (hash ^ word).wrapping_mul(0x0100_0000_01b3).rotate_left(29);
    let mut hash = (&mut chunks).fold(0xcbf2_9ce4_8422_2325_u64 ^ bytes.len() as u64, |h, c| {
        let mut word = [0_u8; 8];
        word.copy_from_slice(c);
        mix(h, u64::from_le_bytes(word))
    });
    for byte in chunks.remainder() {
        hash = mix(hash, u64::from(*byte));
    }
    hash
}

/// The backup file kept next to `path` when a plan is saved over an older version.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path
        .file_name()
        .map(std::ffi::OsStr::to_os_string)
        .unwrap_or_default();
    name.push(".bak");
    path.with_file_name(name)
}

/// The plan as pretty-printed JSON with a final newline.
pub fn plan_to_json(plan: &Plan) -> Result<String, PlanFileError> {
    let mut json = serde_json::to_string_pretty(plan)
        .map_err(|err| PlanFileError::Invalid(err.to_string()))?;
    json.push('\n');
    Ok(json)
}

#[cfg(test)]
mod tests {
    use chrono::TimeZone as _;

    use super::{PlanFileError, SCHEMA_VERSION, load_plan, parse_plan};
    use crate::io::save::{save_plan, save_plan_with_backup};
    use crate::model::catalogue::Catalogue;
    use crate::model::plan::{Plan, ReplicatorKind, Status};

    fn sample_plan() -> Plan {
        let now = chrono::Utc
            .with_ymd_and_hms(2026, 11, 27, 9, 30, 0)
            .unwrap();
        let mut plan = Plan::new("Przedszkole w Łodzi", now);
        plan.profile.kind = Some(ReplicatorKind::Municipality);
        plan.profile.organisation = "Gmina Łódź – żółć".to_owned();
        plan.profile.place = "Łódź".to_owned();
        let catalogue = Catalogue::built_in();
        plan.choose_model(&catalogue.models[0]);
        plan.checklist[0].status = Status::Done;
        plan.checklist[0].note = "Uchwała rady gminy".to_owned();
        plan
    }

    #[test]
    fn save_and_load_round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        let plan = sample_plan();
        save_plan(&path, &plan).unwrap();
        assert_eq!(load_plan(&path).unwrap(), plan);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains("\"format\": \"social-franchise-plan\""));
        let version = format!("\"schema_version\": {}", crate::model::plan::SCHEMA_VERSION);
        assert!(text.contains(&version));
        assert!(text.contains("Łódź"), "UTF-8 kept as text, not escaped");
        let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[test]
    fn bad_inputs_get_specific_errors() {
        assert!(matches!(
            parse_plan(b"\xff\xfe"),
            Err(PlanFileError::NotText)
        ));
        assert!(matches!(
            parse_plan(b"hello"),
            Err(PlanFileError::NotJson(_))
        ));
        assert!(matches!(
            parse_plan(b"{\"format\": \"social-fr"),
            Err(PlanFileError::NotJson(_))
        ));
        assert!(matches!(
            parse_plan(b"[1, 2]"),
            Err(PlanFileError::WrongFormat)
        ));
        let other = br#"{"format": "something-else", "schema_version": 1}"#;
        assert!(matches!(parse_plan(other), Err(PlanFileError::WrongFormat)));
        let newer = br#"{"format": "social-franchise-plan", "schema_version": 99}"#;
        assert!(matches!(
            parse_plan(newer),
            Err(PlanFileError::NewerVersion(99))
        ));
        let float = br#"{"format": "social-franchise-plan", "schema_version": 2.0}"#;
        assert!(matches!(
            parse_plan(float),
            Err(PlanFileError::Invalid(m)) if m.contains("whole number") && m.contains("2.0")
        ));
        let missing = br#"{"format": "social-franchise-plan"}"#;
        assert!(matches!(
            parse_plan(missing),
            Err(PlanFileError::Invalid(m)) if m.contains("missing")
        ));
        let typed = br#"{"format": "social-franchise-plan", "schema_version": 1, "name": 5}"#;
        assert!(matches!(parse_plan(typed), Err(PlanFileError::Invalid(_))));
    }

    #[test]
    fn the_fast_path_agrees_with_the_value_tree_or_steps_aside() {
        let json = super::plan_to_json(&sample_plan()).unwrap();
        let extra = json.replacen('{', r#"{"x_unknown": [1, {"a": null}],"#, 1);
        for text in [json.as_str(), extra.as_str()] {
            let fast = super::parse_current(text).unwrap();
            assert_eq!(fast, super::parse_through_value(text).unwrap().0);
        }
        let v1 = include_str!("../../tests/fixtures/plan_v1.json");
        let slow = super::parse_through_value(v1).unwrap().0;
        // An older version never takes the fast path (it needs its migration).
        assert_eq!(super::parse_current(v1), None);
        assert_eq!(slow.schema_version, SCHEMA_VERSION);
        // Duplicate keys, other versions and the array form of a struct go the long way.
        let duplicate = json.replacen('{', r#"{"name": "A","#, 1);
        let current = format!("\"schema_version\": {SCHEMA_VERSION}");
        let older = json.replacen(&current, "\"schema_version\": 1", 1);
        let array = serde_json::to_string(&serde_json::json!([
            "social-franchise-plan",
            1,
            "x",
            "2026-01-01T00:00:00Z",
            "2026-01-01T00:00:00Z"
        ]))
        .unwrap();
        for text in [duplicate, older, array] {
            assert_eq!(super::parse_current(&text), None, "{text:.60}");
        }
        assert!(matches!(
            super::parse_through_value(&json.replacen('{', r#"{"name": "A","#, 1)),
            Ok((plan, version)) if plan.name == "Przedszkole w Łodzi" && version == SCHEMA_VERSION
        ));
    }

    #[test]
    fn byte_order_mark_is_accepted() {
        let json = super::plan_to_json(&sample_plan()).unwrap();
        let mut bytes = "\u{feff}".as_bytes().to_vec();
        bytes.extend_from_slice(json.as_bytes());
        assert_eq!(parse_plan(&bytes).unwrap(), sample_plan());
    }

    #[test]
    fn folders_and_missing_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            load_plan(dir.path()),
            Err(PlanFileError::NotAFile)
        ));
        let missing = dir.path().join("missing.json");
        assert!(matches!(load_plan(&missing), Err(PlanFileError::Io(_))));
        assert!(save_plan(dir.path(), &sample_plan()).is_err());
    }

    #[test]
    fn failed_save_keeps_the_old_file() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        save_plan(&path, &sample_plan()).unwrap();
        let before = std::fs::read(&path).unwrap();
        // A save to the same file that fails: the file is read-only.
        let mut permissions = std::fs::metadata(&path).unwrap().permissions();
        permissions.set_readonly(true);
        std::fs::set_permissions(&path, permissions).unwrap();
        let mut changed = sample_plan();
        changed.name = "Zmieniony".to_owned();
        let result = save_plan_with_backup(&path, &changed);
        assert!(matches!(result, Err(PlanFileError::ReadOnly)));
        assert_eq!(std::fs::read(&path).unwrap(), before);
        let names: Vec<_> = std::fs::read_dir(dir.path()).unwrap().collect();
        assert_eq!(names.len(), 1, "no backup, no temporary file");
    }
}
