//! Social Franchise Planner: plan the replication of a Polish social-cooperative model
//! (spółdzielnia socjalna) as a social franchise.

pub mod app;
pub mod checklist_filter;
pub mod cli;
pub mod command;
pub mod dialogs;
pub mod document;
pub mod export;
pub mod i18n;
pub mod io;
pub mod model;
pub mod prefs;
pub mod services;
pub mod ui;

pub use app::PlannerApp;

/// The id under which the window and its preferences are registered.
pub const APP_ID: &str = "social-franchise-planner";

/// The application icon (also installed with the `.desktop` file in `packaging/`).
pub const APP_ICON_PNG: &[u8] = include_bytes!("../assets/icons/social-franchise-planner.png");

/// Opens the window and runs until it is closed.
pub fn run_window(
    exit_after_first_frame: bool,
    plan: Option<std::path::PathBuf>,
) -> eframe::Result {
    let title = i18n::tr(i18n::Lang::Pl).app_title;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title(title)
        .with_app_id(APP_ID)
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([640.0, 420.0]);
    match eframe::icon_data::from_png_bytes(APP_ICON_PNG) {
        Ok(icon) => viewport = viewport.with_icon(std::sync::Arc::new(icon)),
        Err(err) => log::warn!("The app icon could not be decoded: {err}"),
    }
    let options = eframe::NativeOptions {
        viewport,
        ..Default::default()
    };
    eframe::run_native(
        APP_ID,
        options,
        Box::new(move |cc| {
            let mut app = PlannerApp::new(cc, services::Services::native())
                .exit_after_first_frame(exit_after_first_frame);
            if let Some(path) = &plan {
                app.request_open(path);
            }
            Ok(Box::new(app))
        }),
    )
}
