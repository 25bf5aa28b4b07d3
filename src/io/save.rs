//! Writing plan files without losing anything: symbolic links are followed and their target is
//! replaced atomically in its own folder; the plan is locked (advisory lock) while it is read,
//! backed up and replaced; the previous version is kept as `.bak` by a hard link (a copy only
//! where links are impossible); the new file keeps the old one's permissions (and owner, where
//! allowed); a read-only plan is replaced only when forced; stale temporaries of ours are
//! cleaned up.

use std::fs::File;
use std::io::{Read as _, Seek as _, Write as _};
use std::path::{Path, PathBuf};

use super::plan_file::{
    MAX_PLAN_BYTES, PlanFileError, backup_path, content_fingerprint, open_regular, plan_to_json,
};
use crate::model::plan::Plan;

/// How a save treats the file it replaces.
#[derive(Clone, Copy, Debug, Default)]
pub struct SaveOptions {
    /// The fingerprint of the file's bytes when it was read; the save is refused
    /// ([`PlanFileError::ChangedOnDisk`]) when the file now holds something else.
    pub expected: Option<u64>,
    /// Replace a read-only file too.
    pub force: bool,
}

/// Saves `plan` to `path` atomically, keeping the previous version as `.bak`. Refuses a
/// read-only file. Returns the fingerprint of what was written.
pub fn save_plan_with_backup(path: &Path, plan: &Plan) -> Result<u64, PlanFileError> {
    save_plan_with_options(path, plan, &SaveOptions::default())
}

/// Like [`save_plan_with_backup`], with `options`.
pub fn save_plan_with_options(
    path: &Path,
    plan: &Plan,
    options: &SaveOptions,
) -> Result<u64, PlanFileError> {
    let json = plan_to_json(plan)?;
    save_json_with_backup(path, json.as_bytes(), options)?;
    Ok(content_fingerprint(json.as_bytes()))
}

/// The second half of [`save_plan_with_options`]: `json` is the plan already serialised
/// (by [`plan_to_json`]). Public for the kill-during-save test, which must spend its time in
/// the write itself.
pub fn save_json_with_backup(
    path: &Path,
    json: &[u8],
    options: &SaveOptions,
) -> Result<(), PlanFileError> {
    let target = resolve_links(path)?;
    let mut locked = Locked::open(&target)?;
    if let (Some(file), Some(expected)) = (locked.as_mut(), options.expected)
        && content_fingerprint(&file.read()?) != expected
    {
        return Err(PlanFileError::ChangedOnDisk);
    }
    replace(&target, locked.as_mut(), json, options.force)
}

/// Read-modify-write of an existing plan file under its lock: `change` gets the bytes read and
/// returns a value and, when the file is to be replaced, the new plan. The backup holds exactly
/// the bytes `change` was given; nobody else can replace the file in between.
pub fn rewrite_plan_file<T>(
    path: &Path,
    force: bool,
    change: impl FnOnce(&[u8]) -> Result<(T, Option<Plan>), PlanFileError>,
) -> Result<T, PlanFileError> {
    let target = resolve_links(path)?;
    let mut locked = Locked::open(&target)?
        .ok_or_else(|| PlanFileError::Io(std::io::Error::from(std::io::ErrorKind::NotFound)))?;
    let bytes = locked.read()?;
    let (value, new_plan) = change(&bytes)?;
    if let Some(plan) = new_plan {
        let json = plan_to_json(&plan)?;
        replace(&target, Some(&mut locked), json.as_bytes(), force)?;
    }
    Ok(value)
}

/// Writes `bytes` to `path` through a synced temporary file and a rename, following symbolic
/// links and keeping the replaced file's permissions. No backup, no lock (for exports,
/// autosaves and model files).
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), PlanFileError> {
    let target = resolve_links(path)?;
    if target.is_dir() {
        return Err(PlanFileError::NotAFile);
    }
    let old = std::fs::metadata(&target).ok().filter(|m| m.is_file());
    write_new(&target, bytes, old.as_ref())
}

/// The file a path finally names: symbolic links followed (relative ones from their own
/// folder), also when the last one is dangling. Too many links is an error.
pub fn resolve_links(path: &Path) -> Result<PathBuf, PlanFileError> {
    let mut current = path.to_path_buf();
    for _ in 0..40 {
        let is_link = std::fs::symlink_metadata(&current).is_ok_and(|m| m.file_type().is_symlink());
        if !is_link {
            return Ok(current);
        }
        let link = std::fs::read_link(&current)?;
        current = match current.parent() {
            Some(parent) if link.is_relative() => parent.join(link),
            _ => link,
        };
    }
    Err(PlanFileError::Io(std::io::Error::other(
        "too many levels of symbolic links",
    )))
}

/// The plan file, open and locked, with what it was when locked.
struct Locked {
    /// `None` once let go (see [`Locked::release_before_rename`]).
    file: Option<File>,
    meta: std::fs::Metadata,
}

impl Locked {
    /// Opens and locks `target`; `None` when it does not exist. Retries when the file was
    /// replaced while waiting for the lock, so the lock is always held on the current file.
    fn open(target: &Path) -> Result<Option<Self>, PlanFileError> {
        for _ in 0..1000 {
            let file = match open_regular(target) {
                Ok(file) => file,
                Err(PlanFileError::Io(err)) if err.kind() == std::io::ErrorKind::NotFound => {
                    return Ok(None);
                }
                Err(err) => return Err(err),
            };
            file.lock()?;
            let meta = file.metadata()?;
            if still_at(target, &meta) {
                return Ok(Some(Self {
                    file: Some(file),
                    meta,
                }));
            }
        }
        Err(PlanFileError::ChangedOnDisk)
    }

    /// The file's bytes (bounded).
    fn read(&mut self) -> Result<Vec<u8>, PlanFileError> {
        let file = self.file.as_mut().ok_or_else(|| {
            PlanFileError::Io(std::io::Error::other("the plan file is no longer open"))
        })?;
        file.rewind()?;
        let mut bytes = Vec::new();
        (&*file).take(MAX_PLAN_BYTES + 1).read_to_end(&mut bytes)?;
        if bytes.len() as u64 > MAX_PLAN_BYTES {
            return Err(PlanFileError::TooLarge);
        }
        Ok(bytes)
    }

    /// Windows refuses to rename a file over one that is still open (Wine shows it as
    /// "permission denied"), so there the handle and its lock are let go once the backup is
    /// made, just before the new file takes the plan's place. Elsewhere the lock is held until
    /// the new file is in place.
    fn release_before_rename(&mut self) {
        if cfg!(windows) {
            self.file = None;
        }
    }
}

/// Backs up and replaces `target` (locked as `locked`, when it exists) with `bytes`.
fn replace(
    target: &Path,
    locked: Option<&mut Locked>,
    bytes: &[u8],
    force: bool,
) -> Result<(), PlanFileError> {
    let old = match locked {
        Some(locked) => {
            if locked.meta.permissions().readonly() && !force {
                return Err(PlanFileError::ReadOnly);
            }
            keep_backup(target, locked)?;
            locked.release_before_rename();
            Some(locked.meta.clone())
        }
        None => None,
    };
    make_writable_for_rename(target, old.as_ref(), force)?;
    write_new(target, bytes, old.as_ref())?;
    remove_stale_temporaries(target);
    Ok(())
}

/// Keeps the locked file as `.bak`: a hard link to it (so the backup is exactly the bytes that
/// were read, at no cost), or, where links are impossible, a copy of its bytes.
fn keep_backup(target: &Path, locked: &mut Locked) -> Result<(), PlanFileError> {
    let backup = backup_path(target);
    let temp = temp_path_for(&backup);
    if std::fs::hard_link(target, &temp).is_ok() {
        if let Err(err) = std::fs::rename(&temp, &backup) {
            std::fs::remove_file(&temp).ok();
            return Err(err.into());
        }
        return Ok(());
    }
    let bytes = locked.read()?;
    let old_backup = std::fs::symlink_metadata(&backup)
        .ok()
        .filter(|m| m.is_file());
    write_new(&backup, &bytes, old_backup.as_ref().or(Some(&locked.meta)))
}

/// Writes `bytes` to a synced temporary file next to `target` (with the permissions, and
/// owner where allowed, of `old`), then renames it over `target`.
fn write_new(
    target: &Path,
    bytes: &[u8],
    old: Option<&std::fs::Metadata>,
) -> Result<(), PlanFileError> {
    let temp = temp_path_for(target);
    let result = write_and_sync(&temp, bytes, old).and_then(|()| std::fs::rename(&temp, target));
    if let Err(err) = result {
        std::fs::remove_file(&temp).ok();
        return Err(PlanFileError::Io(err));
    }
    sync_parent(target);
    Ok(())
}

fn write_and_sync(
    temp: &Path,
    bytes: &[u8],
    old: Option<&std::fs::Metadata>,
) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    if old.is_some() {
        use std::os::unix::fs::OpenOptionsExt as _;
        // Nobody else may read the temporary before it gets the old file's permissions.
        options.mode(0o600);
    }
    let mut file = options.open(temp)?;
    if let Some(old) = old {
        copy_permissions(&file, old)?;
    }
    file.write_all(bytes)?;
    file.flush()?;
    file.sync_all()
}

/// The temporary file for `target`: `.NAME.PID-NANOS.tmp` in the same folder.
pub(super) fn temp_path_for(target: &Path) -> PathBuf {
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "plan".to_owned());
    let nanos = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.subsec_nanos())
        .unwrap_or_default();
    let temp_name = format!(".{name}.{}-{nanos}.tmp", std::process::id());
    target.with_file_name(temp_name)
}

/// True when `file_name` is a temporary of ours for `target` or for its backup.
fn is_our_temporary(file_name: &str, target_name: &str) -> bool {
    let Some(rest) = file_name
        .strip_prefix('.')
        .and_then(|n| n.strip_prefix(target_name))
        .and_then(|n| n.strip_prefix('.'))
        .and_then(|n| n.strip_suffix(".tmp"))
    else {
        return false;
    };
    let rest = rest.strip_prefix("bak.").unwrap_or(rest);
    rest.split_once('-').is_some_and(|(pid, nanos)| {
        let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
        digits(pid) && digits(nanos)
    })
}

/// Deletes temporaries of ours for `target` left by a killed save (called under the lock,
/// after a successful save, so no save of this plan is in progress).
fn remove_stale_temporaries(target: &Path) {
    let (Some(dir), Some(name)) = (target.parent(), target.file_name()) else {
        return;
    };
    let dir = if dir.as_os_str().is_empty() {
        Path::new(".")
    } else {
        dir
    };
    let name = name.to_string_lossy();
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        if is_our_temporary(&file_name.to_string_lossy(), &name) {
            std::fs::remove_file(entry.path()).ok();
        }
    }
}

#[path = "save_platform.rs"]
mod platform;
use platform::{copy_permissions, make_writable_for_rename, still_at, sync_parent};

/// Writes `plan` to `path` atomically (no backup, no lock: for fresh files). A read-only file
/// is refused like everywhere else.
pub fn save_plan(path: &Path, plan: &Plan) -> Result<(), PlanFileError> {
    let json = plan_to_json(plan)?;
    write_atomically(path, json.as_bytes())
}

#[cfg(test)]
#[path = "save_tests.rs"]
mod tests;
