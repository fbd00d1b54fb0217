//! The `spindle` command: run a script, `-c CODE`, `-` (stdin), or a REPL.

use std::io::{BufRead, Read, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use spindle::{ErrorKind, Interpreter};

/// mimalloc: the interpreter allocates many small objects from many worker
/// threads, and frees them on other threads than it allocated them on;
/// glibc's malloc spends a third of spawn-heavy runs in its arenas.
#[global_allocator]
static GLOBAL: Mimalloc = Mimalloc;

/// mimalloc behind Rust's allocator interface. Requests aligned to at most
/// `MIN_ALIGN` take the plain entry points: mimalloc aligns every block to
/// 16 bytes (or to its size, for smaller blocks), and Rust sizes are
/// multiples of their alignment. Its aligned entry points fall into a slower
/// generic path whenever a page's free list needs refilling.
struct Mimalloc;

const MIN_ALIGN: usize = 16;

// SAFETY: every method forwards to mimalloc, which returns blocks of at
// least the requested size and alignment (see above for the plain entry
// points) or null, and frees/reallocates only blocks it returned.
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    #[inline]
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if layout.align() <= MIN_ALIGN && layout.align() <= layout.size() {
            mi::mi_malloc(layout.size()) as *mut u8
        } else {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        if layout.align() <= MIN_ALIGN && layout.align() <= layout.size() {
            mi::mi_zalloc(layout.size()) as *mut u8
        } else {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        }
    }

    #[inline]
    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        libmimalloc_sys::mi_free(ptr as *mut std::ffi::c_void);
    }

    #[inline]
    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        if layout.align() <= MIN_ALIGN && layout.align() <= new_size {
            mi::mi_realloc(ptr as *mut std::ffi::c_void, new_size) as *mut u8
        } else {
            mi::mi_realloc_aligned(ptr as *mut std::ffi::c_void, new_size, layout.align())
                as *mut u8
        }
    }
}

const USAGE: &str = "usage: spindle [options] [FILE | -c CODE | -] [ARGS...]
options:
  --timeout SECONDS   stop the evaluation after SECONDS
  --workers N         worker threads (default: one per core)
  --path DIR          add DIR to the library search path
  --stats             print scheduler figures on exit
  --disassemble FILE  print FILE's bytecode and exit
  -h, --help          show this help";

/// Native stack for the main goroutine's thread.
const MAIN_STACK: usize = 256 << 20;

struct Options {
    paths: Vec<PathBuf>,
    timeout: Option<f64>,
    workers: Option<usize>,
    stats: bool,
    disassemble: Option<String>,
    code: Option<String>,
    script: Option<String>,
    args: Vec<String>,
}

fn usage_error(msg: &str) -> ExitCode {
    eprintln!("spindle: {}\n{}", msg, USAGE);
    ExitCode::from(2)
}

fn parse_args() -> Result<Options, ExitCode> {
    let mut o = Options {
        paths: Vec::new(),
        timeout: None,
        workers: None,
        stats: false,
        disassemble: None,
        code: None,
        script: None,
        args: Vec::new(),
    };
    let mut it = std::env::args().skip(1);
    while let Some(a) = it.next() {
        match a.as_str() {
            "-h" | "--help" => {
                println!("{}", USAGE);
                return Err(ExitCode::SUCCESS);
            }
            "--timeout" => {
                let v = it
                    .next()
                    .ok_or_else(|| usage_error("--timeout needs SECONDS"))?;
                o.timeout = Some(
                    v.parse()
                        .map_err(|_| usage_error("--timeout needs a number"))?,
                );
            }
            "--workers" => {
                let v = it.next().ok_or_else(|| usage_error("--workers needs N"))?;
                o.workers = Some(
                    v.parse()
                        .map_err(|_| usage_error("--workers needs a number"))?,
                );
            }
            "--path" => o.paths.push(PathBuf::from(
                it.next().ok_or_else(|| usage_error("--path needs DIR"))?,
            )),
            "--stats" => o.stats = true,
            "--disassemble" => {
                o.disassemble = Some(
                    it.next()
                        .ok_or_else(|| usage_error("--disassemble needs FILE"))?,
                )
            }
            "-c" => {
                o.code = Some(it.next().ok_or_else(|| usage_error("-c needs CODE"))?);
                o.args = it.collect();
                break;
            }
            s if s.starts_with("--") => return Err(usage_error(&format!("unknown option {}", s))),
            _ => {
                o.script = Some(a);
                o.args = it.collect();
                break;
            }
        }
    }
    Ok(o)
}

fn main() -> ExitCode {
    let o = match parse_args() {
        Ok(o) => o,
        Err(code) => return code,
    };
    // Run on a thread with a large stack: native re-entry (sort keys,
    // dunders) nests interpreter loops.
    let h = std::thread::Builder::new()
        .stack_size(MAIN_STACK)
        .name("spindle-main".into())
        .spawn(move || run(o));
    match h.map(|h| h.join()) {
        Ok(Ok(code)) => code,
        // A panic outside an evaluation (evaluations catch their own, see
        // `Interpreter::run_main`): still a clean exit, never an abort.
        _ => {
            eprintln!("SystemError: internal error (this is a bug in spindle)");
            ExitCode::from(1)
        }
    }
}

fn run(o: Options) -> ExitCode {
    if let Some(file) = &o.disassemble {
        let src = match std::fs::read_to_string(file) {
            Ok(s) => s,
            Err(e) => return usage_error(&format!("cannot read {}: {}", file, e)),
        };
        return match spindle_compiler::compile(&src, file) {
            Ok(m) => {
                print!("{}", spindle_compiler::disasm::disassemble(&m));
                ExitCode::SUCCESS
            }
            Err(e) => {
                eprintln!("{}", e);
                ExitCode::from(1)
            }
        };
    }
    let (source, filename, dir) = match (&o.code, &o.script) {
        (Some(c), _) => (c.clone(), "<string>".to_string(), PathBuf::from(".")),
        (None, Some(s)) if s == "-" => {
            let mut src = String::new();
            if std::io::stdin().read_to_string(&mut src).is_err() {
                return usage_error("cannot read stdin");
            }
            (src, "<stdin>".to_string(), PathBuf::from("."))
        }
        (None, Some(s)) => match std::fs::read_to_string(s) {
            Ok(src) => {
                let dir = Path::new(s)
                    .parent()
                    .map(|p| {
                        if p.as_os_str().is_empty() {
                            PathBuf::from(".")
                        } else {
                            p.to_path_buf()
                        }
                    })
                    .unwrap_or_else(|| PathBuf::from("."));
                (src, s.clone(), dir)
            }
            Err(e) => {
                eprintln!("spindle: can't open file '{}': {}", s, e);
                return ExitCode::from(2);
            }
        },
        (None, None) => return repl(&o),
    };
    let mut argv = vec![if o.code.is_some() {
        "-c".to_string()
    } else {
        filename.clone()
    }];
    argv.extend(o.args.iter().cloned());
    let mut b = Interpreter::builder().argv(argv).path(dir);
    for p in &o.paths {
        b = b.path(p.clone());
    }
    if let Some(n) = o.workers {
        if n == 0 {
            return usage_error("--workers must be at least 1");
        }
        b = b.workers(n);
    }
    let interp = b.build();
    let r = match o.timeout {
        Some(t) if t >= 0.0 && t.is_finite() => {
            interp.run_main_with_timeout(&source, &filename, std::time::Duration::from_secs_f64(t))
        }
        Some(_) => return usage_error("--timeout must be a non-negative number of seconds"),
        None => interp.run_main(&source, &filename),
    };
    if o.stats {
        if let Some(s) = interp.stats() {
            eprintln!(
                "spindle stats: goroutines spawned {}, peak live {}, steals {}, parks {}",
                s.spawned, s.peak_live, s.steals, s.parks
            );
        }
    }
    match r {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => exit_for(&interp, e),
    }
}

fn exit_for(interp: &Interpreter, e: spindle::Error) -> ExitCode {
    match e.kind {
        ErrorKind::Exit(n) => ExitCode::from((n & 0xff) as u8),
        _ => {
            interp.output().write_err(&e.traceback);
            interp.output().flush();
            ExitCode::from(1)
        }
    }
}

fn repl(o: &Options) -> ExitCode {
    let mut b = Interpreter::builder().argv(vec![String::new()]).path(".");
    for p in &o.paths {
        b = b.path(p.clone());
    }
    let interp = b.build();
    let stdin = std::io::stdin();
    let mut buf = String::new();
    loop {
        print!("{}", if buf.is_empty() { ">>> " } else { "... " });
        let _ = std::io::stdout().flush();
        let mut line = String::new();
        match stdin.lock().read_line(&mut line) {
            Ok(0) | Err(_) => {
                println!();
                return ExitCode::SUCCESS;
            }
            Ok(_) => {}
        }
        let continuing = !buf.is_empty();
        buf.push_str(&line);
        // Keep reading while the entry is incomplete (open bracket, block
        // header, open string), and inside a block until a blank line.
        let blank = line.trim().is_empty();
        let in_block = buf
            .lines()
            .next()
            .is_some_and(|l| l.trim_end().ends_with(':'));
        if spindle_compiler::parser::is_incomplete_input(&buf) || (continuing && in_block && !blank)
        {
            continue;
        }
        let src = std::mem::take(&mut buf);
        if src.trim().is_empty() {
            continue;
        }
        match interp.repl_line(&src) {
            Ok(()) => {}
            Err(e) => match e.kind {
                ErrorKind::Exit(n) => return ExitCode::from((n & 0xff) as u8),
                _ => {
                    interp.output().write_err(&e.traceback);
                    interp.output().flush();
                }
            },
        }
    }
}
