//! Lexer + parser on arbitrary bytes (decoded as UTF-8, lossily).
//! Any input must give Ok or a SyntaxError: a panic, abort, stack overflow
//! or hang is a bug.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data);
    let _ = spindle_compiler::parse(&src, "<fuzz>");
});
