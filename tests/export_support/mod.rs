//! Shared by the DOCX and PDF export tests: the golden folder, the golden-text check and the
//! binary run with a home of its own (never the developer's).

#![allow(
    dead_code,
    clippy::unwrap_used,
    reason = "test code shared by several test files"
)]

use std::path::{Path, PathBuf};
use std::process::Command;

/// The folder of golden files and the fixture plan and model.
pub fn golden_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests")
        .join("golden")
}

/// Compares `actual` with the golden file `name`, or rewrites it under `UPDATE_GOLDEN=1`
/// (CI unsets the variable and fails on a changed golden file).
pub fn check_golden(name: &str, actual: &str) {
    let path = golden_dir().join(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some_and(|v| v == "1") {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&path)
        .unwrap_or_else(|err| panic!("{err} (run with UPDATE_GOLDEN=1 to create it)"));
    assert!(
        expected == actual,
        "{name} differs; rerun with UPDATE_GOLDEN=1 if intended"
    );
}

/// The app's binary, run with `home` as its home and XDG folders.
pub fn binary(home: &Path) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_social-franchise-planner"));
    command
        .env("RUST_LOG", "off")
        .env("HOME", home)
        .env("XDG_DATA_HOME", home.join("data"))
        .env("XDG_CONFIG_HOME", home.join("config"))
        .env("XDG_CACHE_HOME", home.join("cache"))
        .env("XDG_STATE_HOME", home.join("state"))
        .env_remove("XDG_DOCUMENTS_DIR");
    command
}

/// Writes a fresh kindergarten plan to `dir/plan.json` with the `new` command.
pub fn new_kindergarten_plan(dir: &Path) -> PathBuf {
    let plan = dir.join("plan.json");
    let made = binary(dir)
        .args([
            "new",
            "--model",
            "kindergarten",
            "--name",
            "Przedszkole w Łęczycy",
            "-o",
        ])
        .arg(&plan)
        .output()
        .unwrap();
    assert!(
        made.status.success(),
        "{}",
        String::from_utf8_lossy(&made.stderr)
    );
    plan
}
