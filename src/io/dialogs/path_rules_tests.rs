//! The Windows and Unix path rules, checked on every platform.

use std::path::{Path, PathBuf};

use super::PathKind::{Absolute, DriveRelative, Relative};
use super::PathRules::{Unix, Windows};
use super::{clean_typed_path, file_name_part, has_extension, path_kind};

#[test]
fn windows_paths_are_classified_by_drive_share_and_separator() {
    for absolute in [
        r"C:\Users\Ala\Documents\plan.json",
        "c:/Users/Ala/plan.json",
        r"D:\Plany Łódź\Żłobek.json",
        r"\\serwer\plany\plan.json",
        "//serwer/plany/plan.json",
        r"\\?\C:\bardzo\długa\ścieżka\plan.json",
        r"\\?\UNC\serwer\plany\plan.json",
    ] {
        assert_eq!(path_kind(absolute, Windows), Absolute, "{absolute}");
    }
    for drive_relative in ["C:plan.json", r"\plany\plan.json", "/plany/plan.json"] {
        assert_eq!(
            path_kind(drive_relative, Windows),
            DriveRelative,
            "{drive_relative}"
        );
    }
    for relative in [
        "plan.json",
        r"plany\plan.json",
        r".\plan.json",
        r"..\plan.json",
        "1:x",
    ] {
        assert_eq!(path_kind(relative, Windows), Relative, "{relative}");
    }
}

#[test]
fn unix_paths_treat_backslashes_and_drive_letters_as_names() {
    assert_eq!(path_kind("/home/ala/plan.json", Unix), Absolute);
    assert_eq!(path_kind(r"C:\plany\plan.json", Unix), Relative);
    assert_eq!(path_kind(r"\\serwer\plany\plan.json", Unix), Relative);
    assert_eq!(file_name_part(r"C:\plany\plan", Unix), r"C:\plany\plan");
}

#[test]
fn file_names_follow_each_systems_separators() {
    assert_eq!(
        file_name_part(r"C:\Plany\Żłobek w Łodzi.json", Windows),
        "Żłobek w Łodzi.json"
    );
    assert_eq!(
        file_name_part("C:/Plany/mixed\\plan.json", Windows),
        "plan.json"
    );
    assert_eq!(
        file_name_part(r"\\serwer\plany\plan.json", Windows),
        "plan.json"
    );
    assert_eq!(file_name_part("C:plan.json", Windows), "plan.json");
    assert_eq!(file_name_part(r"C:\Plany\", Windows), "");
    // Windows drops trailing dots and spaces from names.
    assert_eq!(file_name_part(r"C:\Plany\plan. . ", Windows), "plan");
    assert_eq!(file_name_part("/home/ala/plan. ", Unix), "plan. ");
}

#[test]
fn extensions_are_found_in_the_file_name_only() {
    assert!(has_extension(r"C:\Plany\plan.json", Windows));
    assert!(!has_extension(r"C:\Plany.v2\plan", Windows));
    assert!(!has_extension(r"\\serwer\plany.2026\plan", Windows));
    assert!(!has_extension(r"C:\Plany\plan.", Windows));
    assert!(!has_extension(r"C:\Plany\.json", Windows));
    assert!(has_extension(r"C:\Plany.v2\plan", Unix)); // one name with a dot, on Linux
    assert!(!has_extension("/home/ala/plany.v2/plan", Unix));
}

#[test]
fn typed_text_loses_spaces_and_copy_as_path_quotes() {
    assert_eq!(
        clean_typed_path(r#"  "C:\Users\Ala\Documents\plan.json"  "#),
        Some(r"C:\Users\Ala\Documents\plan.json")
    );
    assert_eq!(
        clean_typed_path("'/home/ala/Mój plan.json'"),
        Some("/home/ala/Mój plan.json")
    );
    assert_eq!(clean_typed_path(r#""plan.json"#), Some(r#""plan.json"#)); // unmatched: kept
    assert_eq!(clean_typed_path(r#" "" "#), None);
    assert_eq!(clean_typed_path("   "), None);
}

#[test]
fn typed_paths_resolve_against_the_plans_folder_on_this_system() {
    let base = Path::new("plans-folder");
    let open = |text: &str| super::typed_open_path(text, base);
    let save = |text: &str| super::typed_save_path(text, base);
    assert_eq!(
        open(" \"Mój plan.json\" "),
        Some(base.join("Mój plan.json"))
    );
    assert_eq!(save("Mój plan"), Some(base.join("Mój plan.json")));
    assert_eq!(save("Mój plan.json"), Some(base.join("Mój plan.json")));
    assert_eq!(open(""), None);
    let absolute = if cfg!(windows) {
        r"C:\Plany\Żłobek"
    } else {
        "/plany/Żłobek"
    };
    assert_eq!(
        save(absolute),
        Some(PathBuf::from(format!("{absolute}.json")))
    );
    if cfg!(windows) {
        let share = r"\\serwer\plany\plan.json";
        assert_eq!(open(share), Some(PathBuf::from(share)));
        assert_eq!(
            save(r"C:\Plany\plan."),
            Some(PathBuf::from(r"C:\Plany\plan.json"))
        );
        assert_eq!(save(r"C:\Plany\"), None);
    } else {
        // On Linux and macOS a backslash is part of a name: this is one file in the base.
        let share = r"\\serwer\plany\plan.json";
        let opened = open(share).unwrap();
        assert_eq!(
            (opened.parent(), opened.file_name()),
            (Some(base), Some(share.as_ref()))
        );
        assert_eq!(save("/plany/"), None);
    }
}

#[test]
fn long_paths_are_kept_whole() {
    let long = format!(
        r"C:\{}\plan.json",
        ["katalog-o-długiej-nazwie"; 20].join(r"\")
    );
    assert!(long.chars().count() > 260);
    assert_eq!(path_kind(&long, Windows), Absolute);
    assert_eq!(file_name_part(&long, Windows), "plan.json");
    assert_eq!(clean_typed_path(&long), Some(long.as_str()));
}
