//! The smallest eframe window with the app's features, size and renderer: one label and
//! nothing else. `scripts/window-metrics.sh` measures its memory and `scripts/bench-startup.sh`
//! its start-up next to the app's, to show how much of each is the toolkit, the GL driver and
//! the fonts rather than the app. Run: `cargo run --release --example bare_window`
//! (add `--exit-after-first-frame` to close after the first frame, like the app).

fn main() -> eframe::Result {
    let exit_after_first_frame = std::env::args().any(|arg| arg == "--exit-after-first-frame");
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare eframe window")
            .with_inner_size([1100.0, 760.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare eframe window", options, move |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Pusty szablon okna – tylko eframe i egui.");
        });
        if exit_after_first_frame {
            ui.send_viewport_cmd(egui::ViewportCommand::Close);
        }
    })
}
