//! Golden bytecode tests: every `tests/golden/NAME.py` is compiled and
//! disassembled, and the listing must equal `tests/golden/NAME.dis`.
//!
//! The `.dis` files are generated, never edited by hand. After a deliberate
//! change to the emitter or the disassembler, regenerate them all with
//!
//! ```text
//! SPINDLE_BLESS=1 cargo test -p spindle-compiler --test golden
//! ```
//!
//! and review the diff before committing it.

mod common;

use std::path::Path;

#[test]
fn golden_disassembly() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/golden");
    let bless = std::env::var_os("SPINDLE_BLESS").is_some();
    let mut entries: Vec<_> = std::fs::read_dir(&dir)
        .expect("tests/golden")
        .map(|e| e.expect("dir entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "py"))
        .collect();
    entries.sort();
    assert!(!entries.is_empty(), "no golden tests found");
    let mut failures = Vec::new();
    for py in entries {
        let src = std::fs::read_to_string(&py).expect("read golden source");
        let name = py.file_name().unwrap().to_string_lossy().to_string();
        let m =
            spindle_compiler::compile(&src, &name).unwrap_or_else(|e| panic!("{}:\n{}", name, e));
        let problems = spindle_compiler::verify::verify(&m.code, m.globals.len());
        assert!(
            problems.is_empty(),
            "{}: verifier:\n{}",
            name,
            problems.join("\n")
        );
        let got = spindle_compiler::disasm::disassemble(&m);
        let dis = py.with_extension("dis");
        if bless {
            std::fs::write(&dis, &got).expect("write .dis");
            continue;
        }
        let want = std::fs::read_to_string(&dis).unwrap_or_default();
        if want != got {
            failures.push(format!(
                "{} differs from {} (rerun with SPINDLE_BLESS=1 to regenerate)\n--- got ---\n{}",
                name,
                dis.display(),
                got
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
