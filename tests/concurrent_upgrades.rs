//! Two upgrades of one plan at the same moment (two colleagues, or a window and a script):
//! the plan's lock makes one wait for the other, so the original always ends up in `.bak`
//! and the plan is the upgraded one.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::sync::{Arc, Barrier};

use social_franchise_planner::cli::upgrade_one;
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::io::plan_file::{backup_path, load_plan};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::SCHEMA_VERSION;

const ROUNDS: usize = 300;

#[test]
fn two_concurrent_upgrades_always_keep_the_original_in_the_backup() {
    let original = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/plan_v1.json"
    ))
    .unwrap();
    let catalogue = Arc::new(Catalogue::built_in());
    let dir = tempfile::tempdir().unwrap();
    for round in 0..ROUNDS {
        let path = dir.path().join(format!("plan{}.json", round % 7));
        std::fs::write(&path, &original).unwrap();
        std::fs::remove_file(backup_path(&path)).ok();
        let barrier = Arc::new(Barrier::new(2));
        let workers: Vec<_> = (0..2)
            .map(|_| {
                let (path, barrier) = (path.clone(), Arc::clone(&barrier));
                let catalogue = Arc::clone(&catalogue);
                std::thread::spawn(move || {
                    barrier.wait();
                    upgrade_one(&catalogue, &path, Lang::En, false)
                })
            })
            .collect();
        for worker in workers {
            let line = worker.join().unwrap();
            assert!(line.is_ok(), "round {round}: {line:?}");
        }
        assert_eq!(
            std::fs::read(backup_path(&path)).unwrap(),
            original,
            "round {round}: the original is in the backup"
        );
        assert_eq!(load_plan(&path).unwrap().schema_version, SCHEMA_VERSION);
    }
}
