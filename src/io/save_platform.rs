//! What differs between systems when a plan is replaced: file identity, permissions and
//! owner, read-only files, and syncing the folder.

use std::fs::File;
use std::path::Path;

use super::PlanFileError;

/// True when `target` still names the file whose metadata is `meta`.
#[cfg(unix)]
pub(super) fn still_at(target: &Path, meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    std::fs::metadata(target).is_ok_and(|now| now.dev() == meta.dev() && now.ino() == meta.ino())
}

/// True when `target` still names the file whose metadata is `meta` (size and time of the
/// last change, where the file's identity is not at hand).
#[cfg(not(unix))]
pub(super) fn still_at(target: &Path, meta: &std::fs::Metadata) -> bool {
    std::fs::metadata(target)
        .is_ok_and(|now| now.len() == meta.len() && now.modified().ok() == meta.modified().ok())
}

/// Windows cannot rename over a read-only file; when the user forced the save, the flag is
/// cleared first (the new file gets the old permissions back).
#[cfg(windows)]
pub(super) fn make_writable_for_rename(
    target: &Path,
    old: Option<&std::fs::Metadata>,
    force: bool,
) -> Result<(), PlanFileError> {
    if let Some(old) = old
        && force
        && old.permissions().readonly()
    {
        let mut writable = old.permissions();
        writable.set_readonly(false);
        std::fs::set_permissions(target, writable)?;
    }
    Ok(())
}

#[cfg(not(windows))]
#[allow(clippy::unnecessary_wraps, reason = "the Windows version can fail")]
pub(super) fn make_writable_for_rename(
    _target: &Path,
    _old: Option<&std::fs::Metadata>,
    _force: bool,
) -> Result<(), PlanFileError> {
    Ok(())
}

#[cfg(unix)]
pub(super) fn copy_permissions(file: &File, old: &std::fs::Metadata) -> std::io::Result<()> {
    use std::os::unix::fs::{MetadataExt as _, PermissionsExt as _};
    // The owner can be kept only by a privileged process; the group where we belong to it.
    if std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid())).is_err() {
        std::os::unix::fs::fchown(file, None, Some(old.gid())).ok();
    }
    file.set_permissions(std::fs::Permissions::from_mode(old.mode() & 0o7777))
}

#[cfg(not(unix))]
#[allow(clippy::unnecessary_wraps, reason = "the Unix version can fail")]
pub(super) fn copy_permissions(_file: &File, _old: &std::fs::Metadata) -> std::io::Result<()> {
    // The read-only flag is the only permission here; the new file is written, so it is
    // left writable (a forced save of a read-only plan clears the flag on purpose).
    Ok(())
}

#[cfg(unix)]
pub(super) fn sync_parent(path: &Path) {
    let Some(parent) = path.parent() else {
        return;
    };
    let parent = if parent.as_os_str().is_empty() {
        Path::new(".")
    } else {
        parent
    };
    if let Ok(dir) = File::open(parent) {
        // Best effort: some file systems cannot sync a folder.
        dir.sync_all().ok();
    }
}

/// Folders cannot be opened and synced here; the rename is durable once it returns.
#[cfg(not(unix))]
pub(super) fn sync_parent(_path: &Path) {}
