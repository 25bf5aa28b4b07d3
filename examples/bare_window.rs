//! The smallest eframe window with the app's features, size and renderer: one label and
//! nothing else. `scripts/window-metrics.sh` measures its memory next to the app's, to show
//! how much of the app's footprint is the toolkit, the GL driver and the fonts.
//! Run: `cargo run --release --example bare_window`.

fn main() -> eframe::Result {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("bare eframe window")
            .with_inner_size([1100.0, 760.0]),
        ..Default::default()
    };
    eframe::run_ui_native("bare eframe window", options, |ui, _frame| {
        egui::CentralPanel::default().show(ui, |ui| {
            ui.label("Pusty szablon okna – tylko eframe i egui.");
        });
    })
}
