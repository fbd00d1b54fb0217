//! Parse + scope analysis + emit + verify. Every module that compiles must
//! pass `spindle_compiler::verify::verify`: a verifier complaint is an
//! emitter bug, and so is any panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    if let Ok(m) = spindle_compiler::compile(&src, "<fuzz>") {
        let problems = spindle_compiler::verify::verify(&m.code, m.globals.len());
        if !problems.is_empty() {
            panic!("verifier rejected compiled code:\n{}\n--- source ---\n{}", problems.join("\n"), src);
        }
        // The disassembler must cope with anything the emitter makes.
        let _ = spindle_compiler::disasm::disassemble(&m);
    }
});
