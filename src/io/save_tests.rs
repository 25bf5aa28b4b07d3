use chrono::TimeZone as _;

use super::{
    SaveOptions, is_our_temporary, resolve_links, rewrite_plan_file, save_plan,
    save_plan_with_backup, save_plan_with_options, temp_path_for,
};
use crate::io::plan_file::{PlanFileError, backup_path, load_plan, read_bounded};
use crate::model::plan::Plan;

fn plan(name: &str) -> Plan {
    let now = chrono::Utc.with_ymd_and_hms(2026, 12, 1, 9, 0, 0).unwrap();
    Plan::new(name, now)
}

fn names_in(dir: &std::path::Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn the_backup_holds_the_previous_version_and_no_temporary_is_left() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    save_plan(&path, &plan("Pierwszy")).unwrap();
    save_plan_with_backup(&path, &plan("Drugi")).unwrap();
    save_plan_with_backup(&path, &plan("Trzeci")).unwrap();
    assert_eq!(load_plan(&backup_path(&path)).unwrap().name, "Drugi");
    assert_eq!(load_plan(&path).unwrap().name, "Trzeci");
    assert_eq!(names_in(dir.path()), ["plan.json", "plan.json.bak"]);
}

#[test]
fn stale_temporaries_of_ours_are_removed_by_the_next_save_and_others_kept() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    save_plan(&path, &plan("A")).unwrap();
    let stale = temp_path_for(&path);
    std::fs::write(&stale, "half a plan").unwrap();
    let stale_backup = temp_path_for(&backup_path(&path));
    std::fs::write(&stale_backup, "half a backup").unwrap();
    let foreign = dir.path().join(".plan.json.notes.tmp");
    std::fs::write(&foreign, "someone else's").unwrap();
    save_plan_with_backup(&path, &plan("B")).unwrap();
    assert!(!stale.exists() && !stale_backup.exists());
    assert!(foreign.exists(), "files not of our naming are left alone");
}

#[test]
fn our_temporary_names_are_recognised_exactly() {
    assert!(is_our_temporary(".plan.json.12-345.tmp", "plan.json"));
    assert!(is_our_temporary(".plan.json.bak.12-345.tmp", "plan.json"));
    assert!(!is_our_temporary(".plan.json.x-345.tmp", "plan.json"));
    assert!(!is_our_temporary(".other.json.12-345.tmp", "plan.json"));
    assert!(!is_our_temporary("plan.json.12-345.tmp", "plan.json"));
    assert!(!is_our_temporary(
        ".plan.json.old.json.12-3.tmp",
        "plan.json"
    ));
}

#[test]
fn a_changed_file_is_not_replaced_when_the_caller_read_another_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    save_plan(&path, &plan("A")).unwrap();
    let read = crate::io::plan_file::content_fingerprint(&std::fs::read(&path).unwrap());
    save_plan(&path, &plan("Kolega")).unwrap();
    let options = SaveOptions {
        expected: Some(read),
        force: false,
    };
    let result = save_plan_with_options(&path, &plan("Ja"), &options);
    assert!(matches!(result, Err(PlanFileError::ChangedOnDisk)));
    assert_eq!(load_plan(&path).unwrap().name, "Kolega");
}

#[test]
fn a_rewrite_backs_up_exactly_the_bytes_it_was_given() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    std::fs::write(&path, "original bytes").unwrap();
    let seen = rewrite_plan_file(&path, false, |bytes| {
        Ok((bytes.to_vec(), Some(plan("Nowy"))))
    })
    .unwrap();
    assert_eq!(seen, b"original bytes");
    assert_eq!(
        std::fs::read(backup_path(&path)).unwrap(),
        b"original bytes"
    );
    assert_eq!(load_plan(&path).unwrap().name, "Nowy");
}

#[cfg(unix)]
mod unix {
    use std::os::unix::fs::PermissionsExt as _;

    use super::{PlanFileError, backup_path, load_plan, plan, read_bounded, resolve_links};
    use super::{SaveOptions, save_plan, save_plan_with_backup, save_plan_with_options};

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn the_plan_and_its_backup_keep_the_mode_of_the_original() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        save_plan(&path, &plan("A")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
        save_plan_with_backup(&path, &plan("B")).unwrap();
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&backup_path(&path)), 0o600);
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
        save_plan_with_backup(&path, &plan("C")).unwrap();
        assert_eq!(mode(&path), 0o640);
        assert_eq!(mode(&backup_path(&path)), 0o640);
    }

    #[test]
    fn a_read_only_plan_is_replaced_only_when_forced() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("plan.json");
        save_plan(&path, &plan("A")).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o444)).unwrap();
        let refused = save_plan_with_backup(&path, &plan("B"));
        assert!(matches!(refused, Err(PlanFileError::ReadOnly)));
        assert_eq!(load_plan(&path).unwrap().name, "A");
        let forced = SaveOptions {
            expected: None,
            force: true,
        };
        save_plan_with_options(&path, &plan("B"), &forced).unwrap();
        assert_eq!(load_plan(&path).unwrap().name, "B");
        assert_eq!(mode(&path), 0o444, "still read-only afterwards");
    }

    #[test]
    fn a_link_is_followed_and_its_target_replaced_in_its_own_folder() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        std::fs::create_dir(&shared).unwrap();
        let target = shared.join("plan.json");
        save_plan(&target, &plan("A")).unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink("shared/plan.json", &link).unwrap();
        save_plan_with_backup(&link, &plan("B")).unwrap();
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(load_plan(&target).unwrap().name, "B");
        assert_eq!(load_plan(&backup_path(&target)).unwrap().name, "A");
        assert!(
            !backup_path(&link).exists(),
            "the backup sits next to the target"
        );
        let dangling = dir.path().join("dangling.json");
        std::os::unix::fs::symlink("shared/new.json", &dangling).unwrap();
        assert_eq!(resolve_links(&dangling).unwrap(), shared.join("new.json"));
        let looped = dir.path().join("loop.json");
        std::os::unix::fs::symlink("loop.json", &looped).unwrap();
        assert!(resolve_links(&looped).is_err());
    }

    #[test]
    fn a_pipe_is_refused_without_waiting_for_a_writer() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("plan.json");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return; // No mkfifo here: nothing to test.
        }
        assert!(matches!(
            read_bounded(&fifo, 1024),
            Err(PlanFileError::NotAFile)
        ));
    }
}
