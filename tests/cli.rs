//! The command line, run as a real process: exit codes, output and messages.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

mod export_support;

use std::path::Path;
use std::process::{Command, Output};

/// Runs the binary with a fresh, empty home of its own (never the developer's: no imported
/// models or settings of theirs can change the output).
fn run(args: &[&str]) -> Output {
    let home = tempfile::tempdir().expect("temp home");
    run_in_home(home.path(), args)
}

/// Runs the binary with `home` as its home and XDG folders.
fn run_in_home(home: &Path, args: &[&str]) -> Output {
    export_support::binary(home)
        .args(args)
        .output()
        .expect("the binary runs")
}

fn code(output: &Output) -> i32 {
    output
        .status
        .code()
        .expect("exited normally, not by a signal")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn path_arg(path: &Path) -> &str {
    path.to_str().expect("temp paths are UTF-8")
}

#[test]
fn models_json_lists_the_catalogue() {
    let output = run(&["models", "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let models: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    assert!(models.len() >= 2);
    for model in &models {
        for field in ["id", "name_pl", "name_en", "family", "provenance"] {
            assert!(model[field].is_string(), "{field} missing in {model}");
        }
        assert!(matches!(
            model["family"].as_str(),
            Some("integration" | "service")
        ));
    }
    assert!(models.iter().any(|m| m["id"] == "kindergarten"));
}

#[test]
fn models_json_reports_the_pilot_only_where_the_catalogue_has_one() {
    let output = run(&["models", "--json"]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let models: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    let catalogue = social_franchise_planner::model::catalogue::Catalogue::built_in();
    assert_eq!(models.len(), catalogue.models.len());
    for entry in &catalogue.models {
        let listed = models
            .iter()
            .find(|m| m["id"] == entry.id.as_str())
            .unwrap_or_else(|| panic!("{} is listed", entry.id));
        match &entry.pilot {
            // No pilot: an explicit null, never an empty object or a made-up name.
            None => assert!(listed["pilot"].is_null(), "{}: {listed}", entry.id),
            Some(pilot) => {
                assert_eq!(listed["pilot"]["name"], pilot.name.as_str(), "{listed}");
                assert_eq!(listed["pilot"]["place"].as_str(), pilot.place.as_deref());
                assert_eq!(listed["pilot"]["year"].as_u64(), pilot.year.map(u64::from));
            }
        }
    }
}

#[test]
fn models_json_counts_core_and_adaptable_elements() {
    let output = run(&["models", "--json"]);
    let models: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    for model in &models {
        let core = model["core_elements"].as_u64().unwrap();
        let adaptable = model["adaptable_elements"].as_u64().unwrap();
        if model["provenance"] != "outside_series" {
            assert!(core >= 3 && core + adaptable >= 6, "{model}");
        }
    }
}

#[test]
fn models_lists_a_model_imported_in_the_window() {
    use social_franchise_planner::io::model_files::import_model_file;
    use social_franchise_planner::model::catalogue::Catalogue;
    let home = tempfile::tempdir().unwrap();
    // Import as the window does, into the data folder the binary uses under this home.
    let mut model = Catalogue::built_in().get("kindergarten").unwrap().clone();
    model.id = "own_kindergarten".to_owned();
    model.name.pl = "Przedszkole – model własny".to_owned();
    model.name.en = "Kindergarten – own model".to_owned();
    model.pilot = None;
    let source = home.path().join("own.json");
    std::fs::write(&source, serde_json::to_vec_pretty(&model).unwrap()).unwrap();
    let models_dir = home
        .path()
        .join("data")
        .join("social-franchise-planner")
        .join("models");
    import_model_file(&source, &models_dir, &Catalogue::built_in()).unwrap();

    let table = run_in_home(home.path(), &["models", "--lang", "en"]);
    assert_eq!(code(&table), 0, "{}", stderr(&table));
    let line = stdout(&table)
        .lines()
        .find(|l| l.starts_with("own_kindergarten "))
        .map(str::to_owned)
        .unwrap_or_else(|| panic!("listed: {}", stdout(&table)));
    assert!(
        line.ends_with("Kindergarten – own model (imported)"),
        "{line}"
    );
    let json = run_in_home(home.path(), &["models", "--json"]);
    let models: Vec<serde_json::Value> = serde_json::from_slice(&json.stdout).unwrap();
    assert!(models.iter().any(|m| m["id"] == "own_kindergarten"));
    // Another home does not see it.
    let elsewhere = run(&["models", "--json"]);
    let models: Vec<serde_json::Value> = serde_json::from_slice(&elsewhere.stdout).unwrap();
    assert!(!models.iter().any(|m| m["id"] == "own_kindergarten"));
}

#[test]
fn models_table_in_both_languages() {
    let pl = run(&["models"]);
    assert_eq!(code(&pl), 0);
    assert!(stdout(&pl).contains("przedszkole"), "{}", stdout(&pl));
    let en = run(&["models", "--lang", "en"]);
    assert_eq!(code(&en), 0);
    assert!(stdout(&en).to_lowercase().contains("kindergarten"));
}

#[test]
fn new_then_validate_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    let output = run(&[
        "new",
        "--model",
        "kindergarten",
        "--name",
        "Przedszkole w Kole",
        "-o",
        path_arg(&file),
    ]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let output = run(&["validate", path_arg(&file)]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    let line = stdout(&output);
    assert_eq!(line.lines().count(), 1);
    assert!(
        line.starts_with("OK") && line.contains("Przedszkole w Kole"),
        "{line}"
    );

    // An existing file is not replaced without --force.
    let again = run(&[
        "new",
        "--model",
        "kindergarten",
        "--name",
        "X",
        "-o",
        path_arg(&file),
    ]);
    assert_eq!(code(&again), 1);
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("Przedszkole w Kole")
    );
}

#[test]
fn new_with_unknown_model_exits_1() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.json");
    let output = run(&[
        "new",
        "--model",
        "no_such_model",
        "--name",
        "X",
        "-o",
        path_arg(&file),
    ]);
    assert_eq!(code(&output), 1);
    assert!(stderr(&output).contains("unknown model"));
    assert!(!file.exists());
}

fn broken_corpus() -> Vec<std::path::PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/broken");
    let mut files: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    files.sort();
    assert!(files.len() >= 15, "the corpus is in the repository");
    files
}

#[test]
fn validate_rejects_the_broken_corpus_with_one_line_each_and_changes_nothing() {
    for file in broken_corpus() {
        let before = std::fs::read(&file).unwrap();
        let output = run(&["validate", path_arg(&file)]);
        let name = file.display();
        assert_eq!(code(&output), 1, "{name}: {}", stderr(&output));
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "{name}: {message}");
        assert!(message.starts_with("BŁĄD: "), "{name}: {message}");
        assert!(
            message.trim_end().ends_with(path_arg(&file)),
            "path last: {message}"
        );
        assert_eq!(
            std::fs::read(&file).unwrap(),
            before,
            "{name} must not change"
        );
        assert!(stdout(&output).is_empty());
    }
}

#[test]
fn validate_rejects_folders_special_files_and_huge_files() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.json");
    let file = std::fs::File::create(&huge).unwrap();
    file.set_len(64 * 1024 * 1024).unwrap();
    let fifo = dir.path().join("fifo.json");
    let made_fifo = Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .is_ok_and(|s| s.success());
    let missing = dir.path().join("missing.json");
    let mut cases = vec![dir.path().to_path_buf(), huge, missing, "/dev/zero".into()];
    if made_fifo {
        cases.push(fifo);
    }
    for case in &cases {
        let output = run(&["validate", "--lang", "en", path_arg(case)]);
        assert_eq!(code(&output), 1, "{}", case.display());
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(message.starts_with("INVALID: "), "{message}");
    }
}

#[test]
fn validate_accepts_the_fixture_of_every_schema_version() {
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let current = social_franchise_planner::model::plan::SCHEMA_VERSION;
    for version in 1..=current {
        let fixture = fixtures.join(format!("plan_v{version}.json"));
        assert!(
            fixture.is_file(),
            "a fixture of schema version {version} is kept"
        );
        let output = run(&["validate", "--lang", "en", path_arg(&fixture)]);
        assert_eq!(code(&output), 0, "{}", stderr(&output));
        assert!(
            stdout(&output).starts_with("OK: plan"),
            "{}",
            stdout(&output)
        );
    }
}

#[test]
fn upgrade_migrates_an_old_plan_in_place_and_keeps_a_backup() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/plan_v1.json");
    let plan_path = dir.path().join("plan.json");
    std::fs::copy(&fixture, &plan_path).unwrap();
    let output = run(&["upgrade", "--lang", "en", path_arg(&plan_path)]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("UPGRADED"),
        "{}",
        stdout(&output)
    );
    let backup = dir.path().join("plan.json.bak");
    assert_eq!(
        std::fs::read(&backup).unwrap(),
        std::fs::read(&fixture).unwrap()
    );

    let old = social_franchise_planner::io::plan_file::load_plan(&fixture).unwrap();
    let new = social_franchise_planner::io::plan_file::load_plan(&plan_path).unwrap();
    let text = std::fs::read_to_string(&plan_path).unwrap();
    let current = social_franchise_planner::model::plan::SCHEMA_VERSION;
    assert!(text.contains(&format!("\"schema_version\": {current}")));
    // The common items were merged in; what the user had entered is kept.
    assert!(new.checklist.len() > old.checklist.len());
    for item in &old.checklist {
        let kept = new.checklist.iter().find(|e| e.id == item.id).unwrap();
        assert_eq!((kept.status, &kept.note), (item.status, &item.note));
    }
    // A second run has nothing to do.
    let again = run(&["upgrade", "--lang", "en", path_arg(&plan_path)]);
    assert!(stdout(&again).starts_with("CURRENT"), "{}", stdout(&again));
}

#[test]
fn upgrade_leaves_current_plans_alone_and_refuses_broken_ones() {
    let dir = tempfile::tempdir().unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join(format!(
        "tests/fixtures/plan_v{}.json",
        social_franchise_planner::model::plan::SCHEMA_VERSION
    ));
    let plan = dir.path().join("plan.json");
    std::fs::copy(&fixture, &plan).unwrap();
    let output = run(&["upgrade", "--lang", "en", path_arg(&plan)]);
    assert_eq!(code(&output), 0, "{}", stderr(&output));
    assert!(
        stdout(&output).starts_with("CURRENT"),
        "{}",
        stdout(&output)
    );
    assert_eq!(
        std::fs::read(&plan).unwrap(),
        std::fs::read(&fixture).unwrap()
    );

    let future = dir.path().join("future.json");
    let bytes = br#"{"format": "social-franchise-plan", "schema_version": 2000}"#;
    std::fs::write(&future, bytes).unwrap();
    let output = run(&["upgrade", path_arg(&future)]);
    assert_eq!(code(&output), 1);
    assert_eq!(std::fs::read(&future).unwrap(), bytes);
    assert!(!dir.path().join("future.json.bak").exists());
}

#[test]
fn usage_errors_exit_2_and_help_and_version_exit_0() {
    assert_eq!(code(&run(&["no-such-command"])), 2);
    assert_eq!(code(&run(&["validate"])), 2);
    assert_eq!(code(&run(&["models", "--lang", "de"])), 2);
    assert_eq!(code(&run(&["new", "--model", "kindergarten"])), 2);
    let help = run(&["--help"]);
    assert_eq!(code(&help), 0);
    assert!(stdout(&help).contains("validate"));
    let version = run(&["--version"]);
    assert_eq!(code(&version), 0);
    assert!(stdout(&version).contains(env!("CARGO_PKG_VERSION")));
}
