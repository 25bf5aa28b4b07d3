//! Tests of the document: unsaved state, saving with a backup, changes by someone else,
//! recovery, and what a frame reports.

use chrono::TimeZone as _;

use super::Document;

fn t(day: u32) -> chrono::DateTime<chrono::Utc> {
    chrono::Utc
        .with_ymd_and_hms(2026, 11, day, 8, 0, 0)
        .unwrap()
}

#[test]
fn edits_make_the_document_dirty_and_saving_cleans_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("sub").join("plan.json");
    let mut doc = Document::new(t(1));
    assert!(!doc.is_dirty());
    doc.plan_mut().name = "Żłobek".to_owned();
    assert!(doc.is_dirty());
    doc.save_to(&path, t(2)).unwrap();
    assert!(!doc.is_dirty());
    assert_eq!(doc.plan().modified, t(2));
    assert_eq!(doc.path(), Some(path.as_path()));
    let reopened = Document::open(&path, &crate::model::catalogue::Catalogue::built_in()).unwrap();
    assert_eq!(*reopened.plan(), *doc.plan());
    assert_eq!(doc.reload_from_disk().unwrap().unwrap(), *doc.plan());
}

#[test]
fn failed_save_keeps_unsaved_state() {
    let dir = tempfile::tempdir().unwrap();
    let mut doc = Document::new(t(1));
    doc.plan_mut().name = "Plan".to_owned();
    assert!(doc.save_to(dir.path(), t(1)).is_err());
    assert!(doc.is_dirty());
    assert_eq!(doc.path(), None);
}

#[test]
fn saving_again_keeps_a_backup_of_the_previous_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    let mut doc = Document::new(t(1));
    doc.plan_mut().name = "Pierwsza wersja".to_owned();
    doc.save_to(&path, t(1)).unwrap();
    doc.plan_mut().name = "Druga wersja".to_owned();
    doc.save_to(&path, t(2)).unwrap();
    let backup = crate::io::plan_file::backup_path(&path);
    assert!(
        std::fs::read_to_string(backup)
            .unwrap()
            .contains("Pierwsza wersja")
    );
    assert!(
        std::fs::read_to_string(&path)
            .unwrap()
            .contains("Druga wersja")
    );
}

#[test]
fn changes_by_someone_else_are_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    let mut doc = Document::new(t(1));
    doc.plan_mut().name = "Plan".to_owned();
    doc.save_to(&path, t(1)).unwrap();
    assert!(!doc.changed_on_disk());
    let mut other = Document::open(&path, &crate::model::catalogue::Catalogue::built_in()).unwrap();
    other.plan_mut().name = "Zmieniony przez kolegę".to_owned();
    other.save_to(&path, t(2)).unwrap();
    assert!(doc.changed_on_disk());
    std::fs::remove_file(&path).unwrap();
    assert!(!doc.changed_on_disk());
}

#[test]
fn a_frame_reports_a_change_once_and_the_unsaved_mark_follows() {
    let mut doc = Document::new(t(1));
    assert_eq!(
        doc.after_frame(),
        super::Changes {
            changed: false,
            unsaved: false
        }
    );
    doc.plan_mut().name = "Żłobek".to_owned();
    assert!(!doc.unsaved_mark(), "only at the end of the frame");
    let changes = doc.after_frame();
    assert!(changes.changed && changes.unsaved && doc.unsaved_mark());
    assert!(!doc.after_frame().changed, "no edit in this frame");
    doc.plan_mut().name.clear();
    let changes = doc.after_frame();
    assert!(
        changes.changed && !changes.unsaved,
        "back to the saved state"
    );
    let dir = tempfile::tempdir().unwrap();
    doc.plan_mut().name = "Zapisany".to_owned();
    doc.save_to(&dir.path().join("plan.json"), t(2)).unwrap();
    assert!(!doc.unsaved_mark());
    assert!(!doc.after_frame().unsaved);
}

#[test]
fn recovered_plan_counts_as_unsaved() {
    let mut plan = crate::model::plan::Plan::new("Odzyskany", t(1));
    plan.profile.place = "Kalisz".to_owned();
    let doc = Document::recovered(
        plan.clone(),
        None,
        &crate::model::catalogue::Catalogue::built_in(),
    );
    assert!(doc.is_dirty());
    assert!(doc.unsaved_mark());
    assert!(
        !doc.clone().after_frame().changed,
        "restoring is not an edit"
    );
    assert_eq!(*doc.plan(), plan);
    assert_eq!(doc.path(), None);
}
