//! The command line, run as a real process: exit codes, output and messages.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

use std::path::Path;
use std::process::{Command, Output};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"))
        .args(args)
        .env("RUST_LOG", "off")
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
        assert!(model.get("pilot").is_some());
    }
    assert!(models.iter().any(|m| m["id"] == "kindergarten"));
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
        line.contains("ok") && line.contains("Przedszkole w Kole"),
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

#[test]
fn validate_rejects_garbage_with_one_line_each() {
    let dir = tempfile::tempdir().unwrap();
    let cases: [(&str, &[u8]); 6] = [
        ("garbage.json", b"this is not json"),
        (
            "truncated.json",
            b"{\"format\": \"social-franchise-plan\", \"schema",
        ),
        (
            "foreign.json",
            b"{\"format\": \"other\", \"schema_version\": 1}",
        ),
        (
            "future.json",
            b"{\"format\": \"social-franchise-plan\", \"schema_version\": 999}",
        ),
        ("binary.json", b"\x00\xff\xfe\x01"),
        ("empty.json", b""),
    ];
    for (name, bytes) in cases {
        let file = dir.path().join(name);
        std::fs::write(&file, bytes).unwrap();
        let output = run(&["validate", path_arg(&file)]);
        assert_eq!(code(&output), 1, "{name}");
        let message = stderr(&output);
        assert_eq!(message.lines().count(), 1, "{name}: {message}");
        assert!(message.contains("invalid"), "{name}: {message}");
        assert_eq!(
            std::fs::read(&file).unwrap(),
            bytes,
            "{name} must not change"
        );
    }
    let folder = run(&["validate", path_arg(dir.path())]);
    assert_eq!(code(&folder), 1);
    let missing = run(&["validate", path_arg(&dir.path().join("missing.json"))]);
    assert_eq!(code(&missing), 1);
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
