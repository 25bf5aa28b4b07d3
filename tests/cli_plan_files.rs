//! The command line and plan files: one loader for every command (the CLI and the window see
//! the same plan), warnings that are warnings, links followed, read-only plans and backups
//! respected, and one clean line per message.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::Path;
use std::process::{Command, Output};

use social_franchise_planner::document::Document;
use social_franchise_planner::export::{CsvTable, ExportOptions, Format, Separator, export};
use social_franchise_planner::i18n::Lang;
use social_franchise_planner::io::plan_file::{backup_path, load_plan};
use social_franchise_planner::model::catalogue::Catalogue;
use social_franchise_planner::model::plan::SCHEMA_VERSION;

fn run_in(home: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"))
        .args(args)
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env_remove("RUST_LOG")
        .output()
        .expect("the binary runs")
}

fn code(output: &Output) -> i32 {
    output.status.code().expect("exited normally")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn arg(path: &Path) -> &str {
    path.to_str().unwrap()
}

fn fixture(version: u32) -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(format!("tests/fixtures/plan_v{version}.json"))
}

#[test]
fn the_cli_export_and_the_window_export_list_the_same_tasks_for_every_fixture() {
    let dir = tempfile::tempdir().unwrap();
    let catalogue = Catalogue::built_in();
    for version in 1..=SCHEMA_VERSION {
        let out = dir.path().join(format!("v{version}.csv"));
        let output = run_in(
            dir.path(),
            &[
                "export",
                arg(&fixture(version)),
                "--format",
                "csv",
                "-o",
                arg(&out),
            ],
        );
        assert_eq!(code(&output), 0, "{}", text(&output.stderr));
        // The window opens the plan as a document and exports what it holds.
        let doc = Document::open(&fixture(version), &catalogue).unwrap();
        let options = ExportOptions {
            lang: Lang::Pl,
            include_guidance: true,
            include_not_started: true,
            headings_only: false,
            separator: Separator::Semicolon,
            appendix: false,
            csv_table: CsvTable::Checklist,
        };
        let today = chrono::Local::now().date_naive();
        let window = export(doc.plan(), &catalogue, &options, Format::Csv, today).unwrap();
        let cli = std::fs::read(&out).unwrap();
        assert_eq!(text(&cli), text(&window), "version {version}");
        let raw: serde_json::Value =
            serde_json::from_slice(&std::fs::read(fixture(version)).unwrap()).unwrap();
        let raw_items = raw["checklist"].as_array().map_or(0, Vec::len);
        let common = social_franchise_planner::model::checklist::common_items().len();
        assert!(
            doc.plan().checklist.len() >= raw_items.max(common / 2),
            "version {version}: the common items are merged in"
        );
        let rows = text(&cli).lines().count();
        assert!(
            rows > doc.plan().checklist.len(),
            "version {version}: {rows} rows"
        );
    }
}

#[test]
fn validate_reports_an_unknown_model_as_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture(SCHEMA_VERSION)).unwrap()).unwrap();
    value["model_id"] = serde_json::Value::from("no_such_model");
    let path = dir.path().join("unknown.json");
    std::fs::write(&path, serde_json::to_vec(&value).unwrap()).unwrap();
    let output = run_in(dir.path(), &["validate", "--lang", "en", arg(&path)]);
    assert_eq!(code(&output), 0, "{}", text(&output.stderr));
    let out = text(&output.stdout);
    assert!(
        out.starts_with("WARNING:") && out.contains("no_such_model"),
        "{out}"
    );
    assert_eq!(out.lines().count(), 1);
}

#[test]
fn control_characters_from_a_plan_or_a_path_are_escaped() {
    let dir = tempfile::tempdir().unwrap();
    let mut value: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixture(SCHEMA_VERSION)).unwrap()).unwrap();
    value["name"] = serde_json::Value::from("Plan\u{1b}[31m\nfałszywa linia\r");
    let path = dir.path().join("zły\u{7}plik.json");
    std::fs::write(&path, serde_json::to_vec(&value).unwrap()).unwrap();
    let output = run_in(dir.path(), &["validate", arg(&path)]);
    assert_eq!(code(&output), 0);
    let out = text(&output.stdout);
    assert_eq!(out.lines().count(), 1, "{out:?}");
    assert!(!out.trim_end().chars().any(char::is_control), "{out:?}");
    assert!(out.contains("\\u{1b}[31m\\nfałszywa linia\\r"), "{out:?}");
}

#[test]
fn a_failed_export_is_one_line_without_logs() {
    let dir = tempfile::tempdir().unwrap();
    let blocker = dir.path().join("plik");
    std::fs::write(&blocker, "").unwrap();
    let out = blocker.join("plan.md");
    let output = run_in(
        dir.path(),
        &[
            "export",
            arg(&fixture(SCHEMA_VERSION)),
            "--format",
            "md",
            "-o",
            arg(&out),
        ],
    );
    assert_eq!(code(&output), 1);
    let err = text(&output.stderr);
    assert_eq!(err.lines().count(), 1, "{err:?}");
    assert!(err.contains(arg(&out)), "{err:?}");
}

#[test]
fn export_never_replaces_the_plans_backup() {
    let dir = tempfile::tempdir().unwrap();
    let plan = dir.path().join("plan.json");
    std::fs::copy(fixture(SCHEMA_VERSION), &plan).unwrap();
    let backup = backup_path(&plan);
    std::fs::write(&backup, "the previous version").unwrap();
    let output = run_in(
        dir.path(),
        &["export", arg(&plan), "--format", "md", "-o", arg(&backup)],
    );
    assert_eq!(code(&output), 1);
    assert_eq!(
        std::fs::read_to_string(&backup).unwrap(),
        "the previous version"
    );
}

#[cfg(unix)]
mod unix {
    use std::os::unix::fs::PermissionsExt as _;

    use super::{SCHEMA_VERSION, arg, backup_path, code, fixture, load_plan, run_in, text};

    fn mode(path: &std::path::Path) -> u32 {
        std::fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    #[test]
    fn upgrade_refuses_a_read_only_plan_unless_forced_and_keeps_its_mode() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.json");
        std::fs::copy(fixture(1), &plan).unwrap();
        std::fs::set_permissions(&plan, std::fs::Permissions::from_mode(0o440)).unwrap();
        let refused = run_in(dir.path(), &["upgrade", "--lang", "en", arg(&plan)]);
        assert_eq!(code(&refused), 1);
        let err = text(&refused.stderr);
        assert!(
            err.contains("read-only") && err.lines().count() == 1,
            "{err}"
        );
        assert_eq!(
            std::fs::read(&plan).unwrap(),
            std::fs::read(fixture(1)).unwrap()
        );
        let forced = run_in(dir.path(), &["upgrade", "--force", arg(&plan)]);
        assert_eq!(code(&forced), 0, "{}", text(&forced.stderr));
        assert_eq!(load_plan(&plan).unwrap().schema_version, SCHEMA_VERSION);
        assert_eq!(mode(&plan), 0o440);
        assert_eq!(mode(&backup_path(&plan)), 0o440);
    }

    #[test]
    fn upgrade_through_a_link_upgrades_the_target_and_keeps_the_link() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("dysk");
        std::fs::create_dir(&shared).unwrap();
        let target = shared.join("plan.json");
        std::fs::copy(fixture(1), &target).unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let output = run_in(dir.path(), &["upgrade", arg(&link)]);
        assert_eq!(code(&output), 0, "{}", text(&output.stderr));
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(load_plan(&target).unwrap().schema_version, SCHEMA_VERSION);
        assert_eq!(
            std::fs::read(backup_path(&target)).unwrap(),
            std::fs::read(fixture(1)).unwrap()
        );
    }

    #[test]
    fn new_does_not_write_through_a_dangling_link_without_force() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("cel.json");
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        let args = [
            "new",
            "--model",
            "kindergarten",
            "--name",
            "Nowy",
            "-o",
            arg(&link),
        ];
        let refused = run_in(dir.path(), &args);
        assert_eq!(code(&refused), 1);
        assert!(!target.exists());
        let mut forced = args.to_vec();
        forced.push("--force");
        let output = run_in(dir.path(), &forced);
        assert_eq!(code(&output), 0, "{}", text(&output.stderr));
        assert_eq!(load_plan(&target).unwrap().name, "Nowy");
        assert!(
            std::fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }

    #[test]
    fn validate_does_not_hang_on_a_pipe() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("plan.json");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"))
            .args(["validate", arg(&fifo)])
            .env("HOME", dir.path())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let started = std::time::Instant::now();
        let status = loop {
            if let Some(status) = child.try_wait().unwrap() {
                break status;
            }
            if started.elapsed() > std::time::Duration::from_secs(20) {
                child.kill().ok();
                child.wait().ok();
                panic!("validate hangs on a pipe");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        };
        assert_eq!(status.code(), Some(1));
    }
}
