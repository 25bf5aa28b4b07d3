//! Social Franchise Planner: plan the replication of a Polish social-cooperative model
//! (spółdzielnia socjalna) as a social franchise.

pub mod app;
pub mod cli;
pub mod cli_export;
pub mod command;
pub mod document;
pub mod export;
pub mod i18n;
pub mod io;
pub mod model;
pub mod services;
pub mod ui;

pub use app::PlannerApp;

/// The id under which the window and its preferences are registered.
pub const APP_ID: &str = "social-franchise-planner";

/// Opens the window and runs until it is closed.
pub fn run_window(
    exit_after_first_frame: bool,
    plan: Option<std::path::PathBuf>,
) -> eframe::Result {
    let title = i18n::tr(i18n::Lang::Pl).app_title;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title(title)
            .with_app_id(APP_ID)
            .with_inner_size([1024.0, 720.0])
            .with_min_inner_size([640.0, 420.0]),
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
