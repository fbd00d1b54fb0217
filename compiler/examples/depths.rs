//! Debug aid: prints the verifier's stack depth before every instruction of
//! one code object (by qualname), then the module disassembly:
//! `cargo run -p spindle-compiler --example depths -- FILE.py QUALNAME`.
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let src = std::fs::read_to_string(&path).unwrap();
    let m = spindle_compiler::compile(&src, &path).unwrap_or_else(|e| panic!("{}", e));
    let want = std::env::args().nth(2);
    fn walk(c: &spindle_compiler::code::Code, want: &Option<String>) {
        if want.as_deref().is_none_or(|w| w == &*c.qualname) {
            let (d, _, errs) = spindle_compiler::verify::stack_depths(c);
            println!("== {} {:?}", c.qualname, errs);
            for (i, op) in c.ops.iter().enumerate() {
                println!("{:4} {:?} {:?}", i, d[i], op);
            }
        }
        for k in &c.consts {
            if let spindle_compiler::code::Const::Code(i) = k {
                walk(i, want)
            }
        }
    }
    walk(&m.code, &want);
    print!("{}", spindle_compiler::disasm::disassemble(&m));
}
