//! Compiles every file given on the command line and runs the verifier:
//! `cargo run -p spindle-compiler --example stress -- /usr/lib/python3*/*.py`.
//! Reports parse/compile errors (expected for unsupported syntax) and any
//! verifier problem or panic (emitter bugs).
fn main() {
    let mut ok = 0;
    let mut errs = 0;
    let mut bad = 0;
    for path in std::env::args().skip(1) {
        let Ok(src) = std::fs::read_to_string(&path) else {
            continue;
        };
        let r = std::panic::catch_unwind(|| spindle_compiler::compile(&src, &path));
        match r {
            Err(_) => {
                bad += 1;
                println!("PANIC {}", path);
            }
            Ok(Err(e)) => {
                errs += 1;
                println!("error {}:{}: {}", path, e.line, e.msg);
            }
            Ok(Ok(m)) => {
                let p = spindle_compiler::verify::verify(&m.code, m.globals.len());
                if p.is_empty() {
                    ok += 1;
                } else {
                    bad += 1;
                    println!("VERIFY {}: {}", path, p[..p.len().min(3)].join("; "));
                }
            }
        }
    }
    println!("ok {} errors {} bad {}", ok, errs, bad);
}
