//! Compile and run arbitrary source. The interpreter gets a small recursion
//! limit, a captured output sink (nothing reaches the terminal) and a
//! wall-clock budget: a watchdog thread cancels the evaluation after
//! `BUDGET`, which stops loops at their next backward jump or call (the
//! cancellation check sits at the VM's preemption points). Native work that
//! never reaches a preemption point (`10**10**9`, a huge `sorted`) is not
//! stopped by that; libFuzzer's own `-timeout` reports it.
//!
//! Any outcome (Ok, a script exception, a syntax error, cancellation) is
//! fine; a Rust panic — even one `Interpreter::run_main` would catch — or a
//! crash is a bug: libfuzzer-sys's panic hook aborts on every panic.
#![no_main]
use std::sync::mpsc;
use std::sync::Arc;
use std::time::Duration;

use libfuzzer_sys::fuzz_target;
use spindle::{CaptureOutput, Interpreter, Output};

/// `CaptureOutput` with a cap, so a print loop cannot eat the memory of
/// the fuzzing process within its time budget.
#[derive(Default)]
struct Capped(CaptureOutput);

const OUTPUT_CAP: usize = 1 << 20;

impl Output for Capped {
    fn write_out(&self, s: &str) {
        if self.0.out.lock().len() < OUTPUT_CAP {
            self.0.write_out(s);
        }
    }
    fn write_err(&self, s: &str) {
        if self.0.err.lock().len() < OUTPUT_CAP {
            self.0.write_err(s);
        }
    }
}

const BUDGET: Duration = Duration::from_millis(300);
/// Native stack of the evaluation thread (the CLI uses 256 MiB; sanitizer
/// builds use bigger frames than release builds).
const STACK: usize = 64 << 20;

fn run(src: String) {
    // One result built from an argument (a width, a repeat count) may not
    // exceed 256 MiB: past it the script gets MemoryError, so a legitimate
    // multi-gigabyte request is not reported as a timeout.
    spindle_vm::exc::set_alloc_limit(256 << 20);
    let out = Arc::new(Capped::default());
    let interp = Interpreter::builder()
        .recursion_limit(200)
        .output(out.clone())
        .build();
    let cancel = interp.canceller();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let watchdog = std::thread::spawn(move || {
        if done_rx.recv_timeout(BUDGET).is_err() {
            cancel.cancel();
        }
    });
    let _ = interp.run_main(&src, "<fuzz>");
    let _ = done_tx.send(());
    let _ = watchdog.join();
    drop(out);
}

fuzz_target!(|data: &[u8]| {
    let src = String::from_utf8_lossy(data).into_owned();
    // Inputs that read stdin or talk to the host are fine (stdin is empty),
    // but keep the evaluation on a thread with a known, large stack.
    let h = std::thread::Builder::new()
        .stack_size(STACK)
        .spawn(move || run(src))
        .expect("spawn");
    h.join().expect("evaluation thread panicked");
});
