//! Helpers shared by the compiler's integration tests.
#![allow(dead_code)]

use spindle_compiler::code::{Code, Const};
use spindle_compiler::{compile, verify, CompiledModule};

/// Compiles `src`, panicking with the error if it does not compile.
pub fn compile_ok(src: &str) -> CompiledModule {
    match compile(src, "<test>") {
        Ok(m) => m,
        Err(e) => panic!("compile failed:\n{}", e),
    }
}

/// Compiles and runs the verifier over every code object.
pub fn compile_verified(src: &str) -> CompiledModule {
    let m = compile_ok(src);
    let problems = verify::verify(&m.code, m.globals.len());
    assert!(
        problems.is_empty(),
        "verifier found problems:\n{}\n\n{}",
        problems.join("\n"),
        spindle_compiler::disasm::disassemble(&m)
    );
    m
}

/// All code objects of a module, depth first.
pub fn all_codes(code: &Code) -> Vec<&Code> {
    let mut out = vec![code];
    for c in &code.consts {
        if let Const::Code(inner) = c {
            out.extend(all_codes(inner));
        }
    }
    out
}

/// The code object with this qualname.
pub fn find<'a>(m: &'a CompiledModule, qualname: &str) -> &'a Code {
    all_codes(&m.code)
        .into_iter()
        .find(|c| &*c.qualname == qualname)
        .unwrap_or_else(|| panic!("no code object {}", qualname))
}
