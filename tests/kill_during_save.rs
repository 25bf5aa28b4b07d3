//! A save killed at any moment leaves the old or the new plan, and a whole backup; the next
//! save leaves no temporary file of ours. The test proves that its kills land inside the
//! save: a child process saves in a loop through the window's save path
//! (`save_plan_with_backup`, serialised once beforehand so its time goes to the backup, the
//! write, the sync and the rename), the parent kills it at spread-out moments and counts the
//! kills that landed between keeping the backup and renaming the new file into place (a
//! temporary file of ours is left, or the plan and its backup are still one file). Most kills
//! must land there, or the test fails: it would not show anything otherwise.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use social_franchise_planner::io::plan_file::{backup_path, load_plan, plan_to_json};
use social_franchise_planner::io::save::save_plan;
use social_franchise_planner::io::save::{SaveOptions, save_json_with_backup};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::Plan;
use social_franchise_planner::model::taxonomy::Phase;

/// Set in the child: the plan file it saves in a loop.
const CHILD_ENV: &str = "SFP_KILL_TEST_PLAN";
const NAMES: [&str; 2] = ["Stary", "Nowy"];
const ROUNDS: u32 = 60;

/// A plan big enough (about 3 MB) that writing and syncing it takes a while.
fn big_plan(name: &str) -> Plan {
    let catalogue = Catalogue::built_in();
    let mut plan = Plan::new(name, chrono::Utc::now());
    plan.choose_model(&catalogue.models[0]);
    for i in 0..3_000 {
        let text = format!("Zadanie własne {i}: uzgodnić z gminą i opisać w notatce – żółć");
        plan.add_custom_item(Phase::Preparation, &text);
    }
    plan
}

fn our_temporaries(dir: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            name.starts_with(".plan.json.") && name.ends_with(".tmp")
        })
        .collect()
}

/// Not a test on its own: the child's save loop, run only when the parent sets [`CHILD_ENV`].
#[test]
fn child_saves_in_a_loop() {
    let Some(path) = std::env::var_os(CHILD_ENV).map(PathBuf::from) else {
        return;
    };
    let jsons: Vec<Vec<u8>> = NAMES
        .iter()
        .map(|n| std::fs::read(path.with_file_name(format!("{n}.src"))).unwrap())
        .collect();
    let ready = path.with_extension("ready");
    for round in 0_usize.. {
        let json = &jsons[round % 2];
        save_json_with_backup(&path, json, &SaveOptions::default()).unwrap();
        if round == 0 {
            std::fs::write(&ready, "").unwrap();
        }
    }
}

fn spawn_child(path: &Path) -> std::process::Child {
    Command::new(std::env::current_exe().unwrap())
        .args(["--exact", "child_saves_in_a_loop", "--test-threads", "1"])
        .env(CHILD_ENV, path)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap()
}

/// How long one save of the big plan takes here (the window the kills are spread across).
fn one_save(path: &Path) -> Duration {
    let json = plan_to_json(&big_plan(NAMES[0])).unwrap();
    let start = Instant::now();
    for _ in 0..3 {
        save_json_with_backup(path, json.as_bytes(), &SaveOptions::default()).unwrap();
    }
    start.elapsed() / 3
}

/// True when the kill landed between keeping the backup (a hard link to the plan) and
/// replacing the plan: both names still lead to the same file.
#[cfg(unix)]
fn backed_up_not_replaced(path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt as _;
    let ino = |p: &Path| std::fs::metadata(p).map(|m| m.ino()).ok();
    ino(path).is_some() && ino(path) == ino(&backup_path(path))
}

#[cfg(not(unix))]
fn backed_up_not_replaced(_path: &Path) -> bool {
    false
}

fn check_whole(path: &Path, what: &str, round: u32) {
    let plan =
        load_plan(path).unwrap_or_else(|err| panic!("round {round}: the {what} is damaged: {err}"));
    assert!(
        NAMES.contains(&plan.name.as_str()),
        "round {round}: {what} {}",
        plan.name
    );
}

#[test]
fn a_save_killed_at_any_moment_leaves_the_old_or_the_new_plan_and_a_whole_backup() {
    if std::env::var_os(CHILD_ENV).is_some() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("plan.json");
    save_plan(&path, &big_plan(NAMES[0])).unwrap();
    for name in NAMES {
        let json = plan_to_json(&big_plan(name)).unwrap();
        std::fs::write(dir.path().join(format!("{name}.src")), json).unwrap();
    }
    let period = one_save(&path);
    let next = std::fs::read(dir.path().join(format!("{}.src", NAMES[1]))).unwrap();
    let mut inside = 0;
    for round in 0..ROUNDS {
        let ready = path.with_extension("ready");
        std::fs::remove_file(&ready).ok();
        let mut child = spawn_child(&path);
        let started = Instant::now();
        while !ready.exists() {
            assert!(
                started.elapsed() < Duration::from_secs(60),
                "the child never saved"
            );
            std::thread::sleep(Duration::from_millis(1));
        }
        // Spread the kills over two save periods, at a different point each round.
        let offset = period * 2 * round / ROUNDS;
        std::thread::sleep(offset);
        child.kill().unwrap();
        child.wait().unwrap();
        if !our_temporaries(dir.path()).is_empty() || backed_up_not_replaced(&path) {
            inside += 1;
        }
        check_whole(&path, "plan", round);
        check_whole(&backup_path(&path), "backup", round);
        // The next save cleans up what the killed one left.
        save_json_with_backup(&path, &next, &SaveOptions::default()).unwrap();
        assert_eq!(
            our_temporaries(dir.path()),
            Vec::<PathBuf>::new(),
            "round {round}"
        );
    }
    eprintln!("{inside} of {ROUNDS} kills landed inside a write (one save: {period:?})");
    assert!(
        inside * 2 > ROUNDS,
        "only {inside} of {ROUNDS} kills landed inside a write; the test proves nothing"
    );
}
