//! Desktop integration files: the icon decodes and the `.desktop` entry is complete.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "test code")]

#[test]
fn the_icon_is_a_square_png() {
    let icon = eframe::icon_data::from_png_bytes(social_franchise_planner::APP_ICON_PNG).unwrap();
    assert_eq!(icon.width, icon.height);
    assert!(icon.width >= 128);
}

#[test]
fn the_desktop_entry_names_the_binary_and_icon_in_both_languages() {
    let entry = include_str!("../packaging/social-franchise-planner.desktop");
    for line in [
        "Type=Application",
        "Exec=social-franchise-planner %f",
        "Icon=social-franchise-planner",
        "Name=Social Franchise Planner",
        "Name[pl]=Planer franczyzy społecznej",
        "Terminal=false",
    ] {
        assert!(entry.lines().any(|l| l == line), "missing {line}");
    }
}
