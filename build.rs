//! Embeds every `assets/models/*.json` file into the binary, in file-name order, and, when
//! the target is Windows, the app icon and version information into the executable.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    // Read at run time: `env!` would bake in the folder the build script was first compiled
    // in, and a copied target folder would then embed another checkout's models.
    let manifest_dir = std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default();
    let dir = Path::new(&manifest_dir).join("assets").join("models");
    println!("cargo:rerun-if-changed={}", dir.display());
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|ext| ext == "json"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut out = String::from("[\n");
    for path in &files {
        println!("cargo:rerun-if-changed={}", path.display());
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        writeln!(
            out,
            "    ({name:?}, include_str!({:?})),",
            path.display().to_string()
        )
        .ok();
    }
    out.push(']');
    let out_dir = std::env::var("OUT_DIR").unwrap_or_else(|_| ".".to_owned());
    if let Err(err) = std::fs::write(Path::new(&out_dir).join("built_in_models.rs"), out) {
        println!("cargo:warning=cannot write the model list: {err}");
        std::process::exit(1);
    }
    if std::env::var("CARGO_CFG_TARGET_OS").as_deref() == Ok("windows") {
        embed_windows_resources(Path::new(&manifest_dir), Path::new(&out_dir));
    }
}

/// Compiles the icon (made from the app's PNG icon) and the version information (from
/// Cargo.toml) into the Windows executable with the MinGW or MSVC resource compiler.
fn embed_windows_resources(manifest_dir: &Path, out_dir: &Path) {
    let png_path = manifest_dir
        .join("assets")
        .join("icons")
        .join("social-franchise-planner.png");
    println!("cargo:rerun-if-changed={}", png_path.display());
    let ico_path = out_dir.join("social-franchise-planner.ico");
    let written = std::fs::read(&png_path)
        .map_err(|err| format!("cannot read {}: {err}", png_path.display()))
        .and_then(|png| ico_from_png(&png))
        .and_then(|ico| {
            std::fs::write(&ico_path, ico)
                .map_err(|err| format!("cannot write {}: {err}", ico_path.display()))
        });
    if let Err(err) = written {
        println!("cargo:warning=cannot make the Windows icon: {err}");
        std::process::exit(1);
    }
    let mut res = winresource::WindowsResource::new();
    res.set_icon(&ico_path.to_string_lossy())
        .set("ProductName", "Social Franchise Planner")
        .set("FileDescription", "Social Franchise Planner")
        .set("OriginalFilename", "social-franchise-planner.exe")
        .set("InternalName", "social-franchise-planner");
    if let Err(err) = res.compile() {
        println!("cargo:warning=cannot embed the Windows icon and version information: {err}");
        std::process::exit(1);
    }
}

/// An `.ico` file holding one PNG image (the format Windows has read since Vista), so the
/// icon needs no image library and never drifts from `assets/icons`.
fn ico_from_png(png: &[u8]) -> Result<Vec<u8>, String> {
    const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";
    if png.len() < 24 || !png.starts_with(SIGNATURE) || &png[12..16] != b"IHDR" {
        return Err("the icon is not a PNG file".to_owned());
    }
    let side = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
    let (width, height) = (side(16), side(20));
    if width == 0 || height == 0 || width > 256 || height > 256 {
        return Err(format!(
            "the icon is {width}×{height}; Windows needs at most 256×256"
        ));
    }
    let len = u32::try_from(png.len()).map_err(|err| format!("the icon is too large: {err}"))?;
    // 256 is written as 0 in the one-byte size fields.
    let byte = |n: u32| u8::try_from(n % 256).unwrap_or(0);
    let mut ico = Vec::with_capacity(png.len() + 22);
    ico.extend_from_slice(&[0, 0, 1, 0, 1, 0]); // reserved, type 1 = icon, one image
    ico.extend_from_slice(&[byte(width), byte(height), 0, 0]); // no palette
    ico.extend_from_slice(&1u16.to_le_bytes()); // colour planes
    ico.extend_from_slice(&32u16.to_le_bytes()); // bits per pixel
    ico.extend_from_slice(&len.to_le_bytes());
    ico.extend_from_slice(&22u32.to_le_bytes()); // the image follows the 22-byte header
    ico.extend_from_slice(png);
    Ok(ico)
}
